package dev.pointe.training.model;

import java.util.List;

/**
 * One item of a published list.
 *
 * @param sku      the recommended item
 * @param category its category
 * @param score    ranking score, 6 significant digits; comparable only within its list
 * @param reason   reason code (see {@code dev.pointe.training.looks.Reason#code()})
 * @param shared   colour/material/style values shared with the seed; may be empty
 */
public record ModelEntry(String sku, String category, double score, String reason, List<String> shared)
        implements dev.pointe.format.RankedEntry {
}

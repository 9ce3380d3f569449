package dev.pointe.format;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One recommended item inside a list value, with what a product card needs, so that answering a
 * request costs one GET. Encoded as a JSON array (field order below) to keep values small.
 *
 * @param sku      the recommended item
 * @param title    display title
 * @param category its category
 * @param price    list price at training time (the service may overlay live prices); 0 when unknown
 * @param imageUrl image URL or path; empty when none
 * @param score    ranking score; comparable only within one list
 * @param reason   reason code: bt (bought together), bv (bought with a variant of the seed), ms (matching
 *                 style), pc (popular in category), vt (viewed together), ss (similar style)
 * @param shared   colour/material/style values shared with the seed; may be empty
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"sku", "title", "category", "price", "imageUrl", "score", "reason", "shared"})
public record ListEntry(String sku, String title, String category, double price, String imageUrl, double score,
                        String reason, List<String> shared) implements RankedEntry {

    public ListEntry {
        shared = shared == null ? List.of() : List.copyOf(shared);
    }
}

package dev.pointe.training.data;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.events.Baskets;
import dev.pointe.training.io.InputReport;

import java.util.List;
import java.util.Map;

/**
 * A loaded dataset: the catalogue, the interactions grouped into baskets (item ids are the
 * catalogue's), what each reader skipped, and the SHA-256 of every input file (file name → hex).
 *
 * @param latestEventTime epoch seconds of the latest event, or {@link Baskets#NO_TIME} when the data has no times
 */
public record Dataset(String name, Catalog catalog, Baskets baskets, int users, long events, long latestEventTime,
                      List<InputReport> reports, Map<String, String> checksums) {
}

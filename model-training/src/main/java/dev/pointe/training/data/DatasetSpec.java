package dev.pointe.training.data;

import dev.pointe.training.catalog.CatalogMapping;
import dev.pointe.training.events.EventMapping;
import dev.pointe.training.events.EventWeights;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where a dataset's files are and how to read them.
 *
 * @param name           a label for reports and manifests
 * @param catalog        the catalogue file, or null when the data has none (every item uncategorised)
 * @param catalogMapping how to read a CSV catalogue; null means the catalogue is Pointe JSON
 * @param events         one or more interaction files, all read with {@code eventMapping}
 * @param weights        event-type weights for co-occurrence
 * @param maxBadFraction the share of skipped records above which input is refused, in [0, 1]
 */
public record DatasetSpec(String name, Path catalog, CatalogMapping catalogMapping, List<Path> events,
                          EventMapping eventMapping, EventWeights weights, double maxBadFraction) {

    public DatasetSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(eventMapping, "eventMapping");
        Objects.requireNonNull(weights, "weights");
        events = List.copyOf(events);
        if (events.isEmpty()) throw new IllegalArgumentException("at least one events file is needed (--events)");
        if (!(maxBadFraction >= 0 && maxBadFraction <= 1)) throw new IllegalArgumentException("maxBadFraction must be in [0,1]");
    }
}

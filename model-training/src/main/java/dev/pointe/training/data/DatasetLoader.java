package dev.pointe.training.data;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.catalog.CatalogReader;
import dev.pointe.training.events.BasketAssembler;
import dev.pointe.training.events.Baskets;
import dev.pointe.training.events.EventReader;
import dev.pointe.training.io.InputReport;
import dev.pointe.training.io.Inputs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/** Reads a {@link DatasetSpec}: catalogue first (it fixes the item ids), then every events file. */
public final class DatasetLoader {

    public Dataset load(DatasetSpec spec, LongConsumer progress) {
        List<InputReport> reports = new ArrayList<>();
        Map<String, String> checksums = new LinkedHashMap<>();
        Catalog catalog = null;
        if (spec.catalog() != null) {
            CatalogReader reader = new CatalogReader();
            CatalogReader.Result result = spec.catalogMapping() == null
                    ? reader.readJson(spec.catalog())
                    : reader.readCsv(spec.catalog(), spec.catalogMapping());
            result.report().requireUsable(spec.maxBadFraction());
            reports.add(result.report());
            catalog = Catalog.of(result.products());
            checksums.put(spec.catalog().getFileName().toString(), Inputs.sha256(spec.catalog()));
        }
        BasketAssembler assembler = new BasketAssembler(catalog == null ? null : catalog.items(), spec.weights());
        EventReader reader = new EventReader(spec.eventMapping());
        for (Path file : spec.events()) {
            InputReport report = reader.read(file, assembler, progress);
            report.requireUsable(spec.maxBadFraction());
            reports.add(report);
            checksums.put(file.getFileName().toString(), Inputs.sha256(file));
        }
        Baskets baskets = assembler.finish();
        if (catalog == null) catalog = Catalog.uncategorised(baskets.items());
        return new Dataset(spec.name(), catalog, baskets, assembler.users(), assembler.events(),
                assembler.latestTime(), reports, checksums);
    }
}

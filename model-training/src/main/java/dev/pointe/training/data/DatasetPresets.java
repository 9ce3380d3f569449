package dev.pointe.training.data;

import dev.pointe.training.catalog.CatalogMapping;
import dev.pointe.training.events.EventMapping;
import dev.pointe.training.events.EventType;
import dev.pointe.training.events.EventWeights;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Ready-made column mappings for the datasets we evaluate on, so that they load with one flag
 * ({@code --preset NAME --data DIR}) instead of hand conversion.
 */
public final class DatasetPresets {

    /** The preset names, for help texts. */
    public static final List<String> NAMES = List.of("seeds", "hm-fashion", "hm-fashion-types", "brijs-retail", "groceries");

    private DatasetPresets() {
    }

    public static DatasetSpec named(String name, Path dir, double maxBadFraction) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "seeds" -> seeds(dir, maxBadFraction);
            case "hm-fashion" -> hmFashion(dir, "product_group_name", maxBadFraction);
            case "hm-fashion-types" -> hmFashion(dir, "product_type_name", maxBadFraction);
            case "brijs-retail" -> brijsRetail(dir, maxBadFraction);
            case "groceries" -> groceries(dir, maxBadFraction);
            default -> throw new IllegalArgumentException("unknown preset '" + name + "' (expected one of " + NAMES + ")");
        };
    }

    /** Pointe's seed data: catalog.json + events.csv.gz, baskets are sessions. */
    public static DatasetSpec seeds(Path dir, double maxBadFraction) {
        return new DatasetSpec("seeds", dir.resolve("catalog.json"), null, List.of(dir.resolve("events.csv.gz")),
                EventMapping.pointeDefault(), EventWeights.DEFAULT, maxBadFraction);
    }

    /**
     * H&M: articles.csv.gz as catalogue (category = the given column), transactions.csv.gz as purchases,
     * a basket = one customer's purchases on one day.
     */
    public static DatasetSpec hmFashion(Path dir, String categoryColumn, double maxBadFraction) {
        CatalogMapping articles = new CatalogMapping(',', "article_id", "prod_name", categoryColumn, "index_group_name",
                null, null, List.of("colour_group_name"), List.of("graphical_appearance_name"),
                List.of("garment_group_name", "index_name", "section_name", "department_name"), null, null, "product_code");
        EventMapping transactions = new EventMapping(dev.pointe.training.events.EventFormat.CSV, ',', "article_id",
                "customer_id", null, "t_dat", null, EventMapping.BasketBy.USER_DAY, EventType.PURCHASE);
        return new DatasetSpec(categoryColumn.equals("product_group_name") ? "hm-fashion" : "hm-fashion-types",
                dir.resolve("articles.csv.gz"), articles, List.of(dir.resolve("transactions.csv.gz")), transactions,
                EventWeights.UNIFORM, maxBadFraction);
    }

    /** Brijs retail: retail.dat.gz, one basket per line, items separated by spaces, no catalogue. */
    public static DatasetSpec brijsRetail(Path dir, double maxBadFraction) {
        return new DatasetSpec("brijs-retail", null, null, List.of(dir.resolve("retail.dat.gz")),
                EventMapping.basketLines(' '), EventWeights.UNIFORM, maxBadFraction);
    }

    /** Groceries: groceries_baskets.csv one basket per line (comma), item_info.tsv as catalogue (level1). */
    public static DatasetSpec groceries(Path dir, double maxBadFraction) {
        CatalogMapping items = new CatalogMapping('\t', "labels", "labels", "level1", "level2", null, null,
                List.of(), List.of(), List.of("level2"), null, null);
        return new DatasetSpec("groceries", dir.resolve("item_info.tsv"), items, List.of(dir.resolve("groceries_baskets.csv")),
                EventMapping.basketLines(','), EventWeights.UNIFORM, maxBadFraction);
    }
}

package dev.pointe.training.cli;

import dev.pointe.training.catalog.CatalogMapping;
import dev.pointe.training.catalog.CatalogReader;
import dev.pointe.training.data.DatasetPresets;
import dev.pointe.training.data.DatasetSpec;
import dev.pointe.training.events.EventFormat;
import dev.pointe.training.events.EventMapping;
import dev.pointe.training.events.EventType;
import dev.pointe.training.events.EventWeights;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Where the data is and how to read it: a preset, or files with a column mapping. */
final class InputOptions {

    @Option(names = "--preset", paramLabel = "NAME",
            description = "A ready-made mapping: seeds, hm-fashion (category = product_group_name), hm-fashion-types "
                    + "(category = product_type_name), brijs-retail, groceries. Its files are read from --data, or given "
                    + "with --catalog / --events (other files of the same shape). "
                    + "Default: seeds, when neither --preset nor --events is given.")
    String preset;

    @Option(names = "--data", paramLabel = "DIR", description = "The preset's folder (default: seeds).")
    Path data;

    @Option(names = "--catalog", paramLabel = "FILE",
            description = "Product catalogue: Pointe JSON (an array of products) or CSV (see --catalog-format). Optional: "
                    + "without one every item is 'uncategorised'. A product with a sku longer than " + CatalogReader.MAX_SKU_LENGTH
                    + " characters, a category longer than " + CatalogReader.MAX_CATEGORY_LENGTH + ", a title longer than "
                    + CatalogReader.MAX_TITLE_LENGTH + " or an image URL longer than " + CatalogReader.MAX_IMAGE_URL_LENGTH
                    + " is a bad record (see --max-bad-fraction).")
    Path catalog;

    @Option(names = "--catalog-format", paramLabel = "json|csv|tsv", defaultValue = "json",
            description = "Catalogue format (default: ${DEFAULT-VALUE}). The sku, title and category columns of a CSV "
                    + "default to Pointe's field names; the others are read only when mapped (--price-col, --brand-col, "
                    + "--slot-col, --stock-col, --image-col, ...).")
    String catalogFormat;

    @Option(names = "--sku-col", defaultValue = "sku", description = "CSV catalogue: sku column (default: ${DEFAULT-VALUE}).")
    String skuColumn;
    @Option(names = "--category-col", defaultValue = "category",
            description = "CSV catalogue: category column, or '' when the catalogue has none (default: ${DEFAULT-VALUE}). "
                    + "Items with an empty category are 'uncategorised'.")
    String categoryColumn;
    @Option(names = "--title-col", defaultValue = "title", description = "CSV catalogue: title column (default: ${DEFAULT-VALUE}).")
    String titleColumn;
    @Option(names = "--colour-cols", split = ",", description = "CSV catalogue: colour column(s).")
    List<String> colourColumns = new ArrayList<>();
    @Option(names = "--material-cols", split = ",", description = "CSV catalogue: material column(s).")
    List<String> materialColumns = new ArrayList<>();
    @Option(names = "--tag-cols", split = ",", description = "CSV catalogue: style tag column(s).")
    List<String> tagColumns = new ArrayList<>();
    @Option(names = "--price-col", description = "CSV catalogue: price column.")
    String priceColumn;
    @Option(names = "--family-col", description = "CSV catalogue: the column naming the product an item is a variant of "
            + "(the same style in another colour or size); variants share evidence when their own is thin.")
    String familyColumn;
    @Option(names = "--brand-col", description = "CSV catalogue: brand column.")
    String brandColumn;
    @Option(names = "--slot-col", description = "CSV catalogue: outfit slot column (shoes, hosiery, bottoms, tops...).")
    String slotColumn;
    @Option(names = "--stock-col", description = "CSV catalogue: units in stock column: a whole number, 0 = sold out; "
            + "an empty cell or -1 is unknown, anything else is a bad record.")
    String stockColumn;
    @Option(names = "--image-col", description = "CSV catalogue: image URL (or path) column.")
    String imageColumn;

    @Option(names = "--events", paramLabel = "FILE", description = "Interaction file(s), CSV / JSON Lines / one basket per line; .gz is fine. Repeatable.")
    List<Path> events = new ArrayList<>();

    @Option(names = "--events-format", paramLabel = "csv|jsonl|basket-lines", defaultValue = "csv",
            description = "Events format (default: ${DEFAULT-VALUE}).")
    String eventsFormat;

    @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",",
            description = "CSV / basket-line separator; 'space' and 'tab' are understood (default: '${DEFAULT-VALUE}').")
    String delimiter;

    @Option(names = "--item-col", defaultValue = "sku", description = "Events: item column (default: ${DEFAULT-VALUE}).")
    String itemColumn;
    @Option(names = "--user-col", defaultValue = "user_id", description = "Events: shopper column, or '' for none (default: ${DEFAULT-VALUE}).")
    String userColumn;
    @Option(names = "--type-col", defaultValue = "event", description = "Events: event-type column (view/cart/purchase), or '' (default: ${DEFAULT-VALUE}).")
    String typeColumn;
    @Option(names = "--time-col", defaultValue = "timestamp", description = "Events: time column, or '' (default: ${DEFAULT-VALUE}).")
    String timeColumn;
    @Option(names = "--basket-col", defaultValue = "session_id", description = "Events: basket column for --basket-by field (default: ${DEFAULT-VALUE}).")
    String basketColumn;
    @Option(names = "--basket-by", paramLabel = "field|user-day|user", defaultValue = "field",
            description = "How events form baskets: by --basket-col, by shopper and day, or by shopper (default: ${DEFAULT-VALUE}).")
    String basketBy;
    @Option(names = "--default-event", defaultValue = "purchase", description = "Type of events without a type column (default: ${DEFAULT-VALUE}).")
    String defaultEvent;

    @Option(names = "--weights", paramLabel = "V,C,P", defaultValue = "1,2,4",
            description = "Co-occurrence weights of view, cart and purchase events, whole numbers 1..100 (default: ${DEFAULT-VALUE}).")
    String weights;

    @Option(names = "--max-bad-fraction", defaultValue = "0.05",
            description = "Refuse input when more than this share of records is invalid: usually a wrong mapping (default: ${DEFAULT-VALUE}).")
    double maxBadFraction;

    DatasetSpec spec() {
        if (preset != null || events.isEmpty()) {
            if (preset == null && catalog != null) throw new IllegalArgumentException("--catalog needs --events (or a --preset)");
            DatasetSpec spec = DatasetPresets.named(preset == null ? "seeds" : preset, data == null ? Path.of("seeds") : data, maxBadFraction);
            // a preset's column mapping also reads other files of the same shape
            if (catalog != null || !events.isEmpty()) {
                if (catalog != null && spec.catalog() == null) {
                    throw new IllegalArgumentException("preset " + preset + " has no catalogue to replace with --catalog");
                }
                spec = new DatasetSpec(spec.name(), catalog != null ? catalog : spec.catalog(), spec.catalogMapping(),
                        events.isEmpty() ? spec.events() : events, spec.eventMapping(), spec.weights(), maxBadFraction);
            }
            return spec;
        }
        char sep = separator(delimiter);
        CatalogMapping catalogMapping = switch (catalogFormat.toLowerCase(Locale.ROOT)) {
            case "json" -> null;
            case "csv", "tsv" -> new CatalogMapping(catalogFormat.equalsIgnoreCase("tsv") ? '\t' : ',', skuColumn, titleColumn,
                    blankToNull(categoryColumn), blankToNull(slotColumn), blankToNull(brandColumn), blankToNull(priceColumn),
                    colourColumns, materialColumns, tagColumns, blankToNull(stockColumn), blankToNull(imageColumn),
                    blankToNull(familyColumn));
            default -> throw new IllegalArgumentException("--catalog-format must be json, csv or tsv, was " + catalogFormat);
        };
        EventFormat format = switch (eventsFormat.toLowerCase(Locale.ROOT)) {
            case "csv" -> EventFormat.CSV;
            case "jsonl", "json-lines", "ndjson" -> EventFormat.JSONL;
            case "basket-lines", "baskets" -> EventFormat.BASKET_LINES;
            default -> throw new IllegalArgumentException("--events-format must be csv, jsonl or basket-lines, was " + eventsFormat);
        };
        EventMapping mapping = format == EventFormat.BASKET_LINES
                ? EventMapping.basketLines(sep)
                : new EventMapping(format, sep, itemColumn, blankToNull(userColumn), blankToNull(typeColumn),
                blankToNull(timeColumn), blankToNull(basketColumn), basketBy(basketBy), EventType.parse(defaultEvent));
        String[] w = weights.split(",");
        if (w.length != 3) throw new IllegalArgumentException("--weights needs three numbers: view,cart,purchase");
        EventWeights eventWeights = new EventWeights(Integer.parseInt(w[0].trim()), Integer.parseInt(w[1].trim()), Integer.parseInt(w[2].trim()));
        String name = events.get(0).getFileName().toString();
        return new DatasetSpec(name, catalog, catalogMapping, events, mapping, eventWeights, maxBadFraction);
    }

    private static EventMapping.BasketBy basketBy(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "field", "session", "order" -> EventMapping.BasketBy.FIELD;
            case "user-day" -> EventMapping.BasketBy.USER_DAY;
            case "user" -> EventMapping.BasketBy.USER;
            default -> throw new IllegalArgumentException("--basket-by must be field, user-day or user, was " + text);
        };
    }

    private static char separator(String text) {
        return switch (text) {
            case "space", " " -> ' ';
            case "tab", "\\t", "\t" -> '\t';
            default -> {
                if (text.length() != 1) throw new IllegalArgumentException("--delimiter must be one character, 'space' or 'tab'");
                yield text.charAt(0);
            }
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

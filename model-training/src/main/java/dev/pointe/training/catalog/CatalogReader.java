package dev.pointe.training.catalog;

import dev.pointe.training.io.InputException;
import dev.pointe.training.io.InputReport;
import dev.pointe.training.io.Inputs;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a catalogue: a JSON array of products (Pointe's format, field names as in {@link Product}) or a
 * CSV file with a {@link CatalogMapping}. Invalid products are skipped and reported with file:line and
 * field; a duplicate sku keeps the first and reports the second. A product whose sku, title, category
 * or image URL is longer than its limit below is invalid (never truncated): the title and image URL
 * are copied into every list entry that shows the product, so one title of megabytes makes every
 * list it is on megabytes long.
 */
public final class CatalogReader {

    /** Longest title, in characters (Unicode code points): a product card shows one or two lines of it. */
    public static final int MAX_TITLE_LENGTH = 500;
    /** Longest image URL, in characters: about what browsers, CDNs and sitemaps accept. */
    public static final int MAX_IMAGE_URL_LENGTH = 2_048;
    /** Longest sku, in characters: it is part of four Redis keys per item and of every list entry. */
    public static final int MAX_SKU_LENGTH = 200;
    /** Longest category, in characters: it is in every list entry and names a popular list. */
    public static final int MAX_CATEGORY_LENGTH = 200;

    /** The stock of a product whose stock is unknown. */
    private static final int UNKNOWN_STOCK = -1;

    /** Characters of a bad value or a sku shown in a report. */
    private static final int SHOWN_CHARACTERS = 40;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The products read, and what was skipped. */
    public record Result(List<Product> products, InputReport report) {
    }

    public Result readJson(Path file) {
        InputReport report = new InputReport(file.toString());
        List<Product> products = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        JsonNode root;
        try (BufferedReader reader = Inputs.open(file)) {
            root = JSON.readTree(reader);
        } catch (JacksonException e) {
            throw new InputException(file + ":" + e.getLocation().getLineNr(), "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
        if (root == null || !root.isArray()) {
            throw new InputException(file.toString(), "expected a JSON array of products");
        }
        for (int i = 0; i < root.size(); i++) {
            JsonNode node = root.get(i);
            report.countRead();
            String where = file + " product #" + (i + 1);
            try {
                Product p = new Product(limited(required(node, "sku"), "sku", MAX_SKU_LENGTH),
                        limited(text(node, "title"), "title", MAX_TITLE_LENGTH),
                        category(limited(text(node, "category"), "category", MAX_CATEGORY_LENGTH)),
                        text(node, "slot"), text(node, "brand"), number(node, "price", 0), list(node, "colours"),
                        list(node, "materials"), list(node, "styleTags"), stock(node),
                        limited(text(node, "imageUrl"), "imageUrl", MAX_IMAGE_URL_LENGTH), text(node, "family"));
                if (!seen.add(p.sku())) {
                    report.skip("duplicate sku", where + " (" + p.sku() + ")");
                    continue;
                }
                products.add(p);
            } catch (IllegalArgumentException e) {
                report.skip(e.getMessage(), where + skuOf(node, e));
            }
        }
        return new Result(products, report);
    }

    private static String skuOf(JsonNode node, IllegalArgumentException e) {
        String sku = text(node, "sku");
        String detail = e instanceof BadValue bad ? ": " + bad.detail : "";
        return sku.isBlank() ? "" : " (sku " + shown(sku) + detail + ")";
    }

    /**
     * The value, or a {@link BadValue} when it has more than {@code limit} characters (code points: an
     * emoji is one).
     */
    private static String limited(String value, String field, int limit) {
        if (value.length() <= limit) return value;
        int characters = value.codePointCount(0, value.length());
        if (characters <= limit) return value;
        throw new BadValue(String.format(Locale.ROOT, "field '%s' is longer than %,d characters", field, limit),
                String.format(Locale.ROOT, "%,d characters", characters), false);
    }

    /** A sku as a report shows it: one over the sku limit is cut, so that a report stays short. */
    private static String shown(String sku) {
        return sku.length() > MAX_SKU_LENGTH ? sku.substring(0, SHOWN_CHARACTERS) + "…" : sku;
    }

    /** A blank category is normal input (a catalogue without categories): the item is uncategorised. */
    private static String category(String value) {
        return value.isBlank() ? Catalog.UNCATEGORISED : value;
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value.isBlank()) throw new IllegalArgumentException("missing field '" + field + "'");
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? "" : v.asString().trim();
    }

    private static double number(JsonNode node, String field, double absent) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return absent;
        if (!v.isNumber()) throw new IllegalArgumentException("field '" + field + "' is not a number");
        return v.asDouble();
    }

    /** The stock of a JSON product: see {@link #stock(double, String)}. */
    private static int stock(JsonNode node) {
        JsonNode v = node.get("stock");
        if (v == null || v.isNull()) return UNKNOWN_STOCK;
        if (!v.isNumber()) throw new BadValue("field 'stock' is not a number", v.asString(), true);
        return stock(v.asDouble(), v.asString());
    }

    private static List<String> list(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return List.of();
        if (!v.isArray()) throw new IllegalArgumentException("field '" + field + "' is not an array");
        List<String> out = new ArrayList<>();
        for (JsonNode e : v) {
            String t = e.asString().trim().toLowerCase(Locale.ROOT);
            if (!t.isEmpty() && !out.contains(t)) out.add(t);
        }
        return out;
    }

    public Result readCsv(Path file, CatalogMapping mapping) {
        InputReport report = new InputReport(file.toString());
        List<Product> products = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(mapping.delimiter()).setHeader()
                .setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();
        try (BufferedReader reader = Inputs.open(file);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Map<String, Integer> header = parser.getHeaderMap();
            Columns c = new Columns(file, header);
            int sku = c.required(mapping.sku(), "sku");
            int category = c.optional(mapping.category(), "category");
            int title = c.optional(mapping.title(), "title");
            int slot = c.optional(mapping.slot(), "slot");
            int brand = c.optional(mapping.brand(), "brand");
            int price = c.optional(mapping.price(), "price");
            int stock = c.optional(mapping.stock(), "stock");
            int image = c.optional(mapping.image(), "image");
            int family = c.optional(mapping.family(), "family");
            int[] colours = c.all(mapping.colours(), "colours");
            int[] materials = c.all(mapping.materials(), "materials");
            int[] tags = c.all(mapping.tags(), "tags");
            long previousLine = 1; // the header
            for (CSVRecord r : parser) {
                report.countRead();
                long line = Math.max(previousLine + 1, parser.getCurrentLineNumber());
                previousLine = line;
                String where = file + ":" + line;
                if (!r.isConsistent()) {
                    report.skip("wrong number of fields (" + r.size() + " instead of " + header.size() + ")", where);
                    continue;
                }
                try {
                    Product p = new Product(limited(r.get(sku), "sku", MAX_SKU_LENGTH), limited(get(r, title), "title", MAX_TITLE_LENGTH),
                            category(limited(get(r, category), "category", MAX_CATEGORY_LENGTH)), get(r, slot), get(r, brand),
                            parseNumber(get(r, price), "price", 0), values(r, colours), values(r, materials),
                            values(r, tags), parseStock(get(r, stock)),
                            limited(get(r, image), "imageUrl", MAX_IMAGE_URL_LENGTH), get(r, family));
                    if (!seen.add(p.sku())) {
                        report.skip("duplicate sku", where + " (" + p.sku() + ")");
                        continue;
                    }
                    products.add(p);
                } catch (IllegalArgumentException e) {
                    String detail = e instanceof BadValue bad ? ": " + bad.detail : "";
                    report.skip(e.getMessage(), where + (r.get(sku).isBlank() ? "" : " (sku " + shown(r.get(sku)) + detail + ")"));
                }
            }
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
        return new Result(products, report);
    }

    private static String get(CSVRecord r, int column) {
        return column < 0 ? "" : r.get(column);
    }

    private static double parseNumber(String text, String field, double absent) {
        if (text.isBlank()) return absent;
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new BadValue("field '" + field + "' is not a number", text, true);
        }
    }

    /** The stock of a CSV cell: empty is unknown, else see {@link #stock(double, String)}. */
    private static int parseStock(String text) {
        if (text.isBlank()) return UNKNOWN_STOCK;
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new BadValue("field 'stock' is not a number", text, true);
        }
        return stock(value, text);
    }

    /**
     * Units in stock: a whole number, at least 0, or -1 for unknown (as {@link Product#stock()} holds it).
     * "12.0" is 12 (spreadsheets and pandas write whole numbers so); "2.5", a negative count other than
     * -1 and one beyond an int are bad values, never rounded or clamped.
     */
    private static int stock(double value, String text) {
        if (value != Math.rint(value) || value > Integer.MAX_VALUE) {
            throw new BadValue("field 'stock' is not a whole number", text, true);
        }
        if (value < UNKNOWN_STOCK) throw new BadValue("field 'stock' is negative", text, true);
        return (int) value;
    }

    /**
     * A bad cell: the reason is shared by every such record, the detail (the value, or what is wrong
     * with it) goes to the record's place.
     */
    private static final class BadValue extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        final String detail;

        /** @param quoteValue the detail is the value itself: quote it, cut to SHOWN_CHARACTERS characters */
        BadValue(String reason, String detail, boolean quoteValue) {
            super(reason);
            this.detail = !quoteValue ? detail
                    : "'" + (detail.length() > SHOWN_CHARACTERS ? detail.substring(0, SHOWN_CHARACTERS) + "…" : detail) + "'";
        }
    }

    private static List<String> values(CSVRecord r, int[] columns) {
        List<String> out = new ArrayList<>();
        for (int column : columns) {
            for (String v : r.get(column).split("[|;]")) {
                String t = v.trim().toLowerCase(Locale.ROOT);
                if (!t.isEmpty() && !out.contains(t)) out.add(t);
            }
        }
        return out;
    }

    private record Columns(Path file, Map<String, Integer> header) {
        int required(String name, String what) {
            int i = optional(name, what);
            if (i < 0) throw new InputException(file.toString(), "no column given for the " + what);
            return i;
        }

        int optional(String name, String what) {
            if (name == null || name.isBlank()) return -1;
            Integer i = header.get(name);
            if (i == null) {
                throw new InputException(file + ":1", "the " + what + " column '" + name + "' is not in the header " + header.keySet());
            }
            return i;
        }

        int[] all(List<String> names, String what) {
            return names.stream().mapToInt(n -> optional(n, what)).toArray();
        }
    }
}

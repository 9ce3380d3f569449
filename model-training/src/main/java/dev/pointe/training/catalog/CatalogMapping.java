package dev.pointe.training.catalog;

import java.util.List;
import java.util.Objects;

/**
 * Which CSV columns hold a product's fields. Null or empty means the source has no such column.
 * Multi-valued fields (colours, materials, tags) may name several columns, and each cell may hold
 * several values separated by {@code |} or {@code ;}.
 *
 * @param delimiter the column separator (',' or '\t')
 * @param category  the category column; null when the catalogue has no categories (every item is then
 *                  uncategorised, and so is an item whose cell is empty)
 * @param family    the column naming the product an item is a variant of (see {@link Product#family()})
 */
public record CatalogMapping(char delimiter, String sku, String title, String category, String slot, String brand,
                             String price, List<String> colours, List<String> materials, List<String> tags,
                             String stock, String image, String family) {

    /** A mapping without a family column. */
    public CatalogMapping(char delimiter, String sku, String title, String category, String slot, String brand,
                          String price, List<String> colours, List<String> materials, List<String> tags,
                          String stock, String image) {
        this(delimiter, sku, title, category, slot, brand, price, colours, materials, tags, stock, image, null);
    }

    public CatalogMapping {
        Objects.requireNonNull(sku, "sku column");
        colours = colours == null ? List.of() : List.copyOf(colours);
        materials = materials == null ? List.of() : List.copyOf(materials);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** Pointe's own CSV layout: the Product field names as headers, comma-separated. */
    public static CatalogMapping pointeDefault() {
        return new CatalogMapping(',', "sku", "title", "category", "slot", "brand", "price", List.of("colours"),
                List.of("materials"), List.of("styleTags"), "stock", "imageUrl");
    }
}

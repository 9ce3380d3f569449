package dev.pointe.training.catalog;

import java.util.List;
import java.util.Objects;

/**
 * Which CSV columns hold a product's fields. Null or empty means the source has no such column.
 * Multi-valued fields (colours, materials, tags) may name several columns, and each cell may hold
 * several values separated by {@code |} or {@code ;}.
 *
 * @param delimiter the column separator (',' or '\t')
 */
public record CatalogMapping(char delimiter, String sku, String title, String category, String slot, String brand,
                             String price, List<String> colours, List<String> materials, List<String> tags,
                             String stock, String image) {

    public CatalogMapping {
        Objects.requireNonNull(sku, "sku column");
        Objects.requireNonNull(category, "category column");
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

package dev.pointe.format;

import java.util.List;

/**
 * A catalogue item as published with a model: display data and the attributes used for reasons and
 * filters. {@code stock} is the stock at training time, -1 when unknown; live stock comes from the
 * shop's catalogue API.
 */
public record ItemData(String sku, String title, String category, String slot, String brand, double price,
                       List<String> colours, List<String> materials, List<String> styleTags, int stock,
                       String imageUrl) {

    public ItemData {
        colours = colours == null ? List.of() : List.copyOf(colours);
        materials = materials == null ? List.of() : List.copyOf(materials);
        styleTags = styleTags == null ? List.of() : List.copyOf(styleTags);
    }
}

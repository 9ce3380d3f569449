package dev.pointe.service.domain;

import dev.pointe.format.ItemData;

import java.util.List;

/**
 * What answers need to know of the item a list is for: seed-relative filters and rules look at it.
 *
 * @param sku      the seed
 * @param category its category; empty when unknown
 * @param price    its price; 0 when unknown
 * @param brand    its brand; empty when unknown
 * @param colours  its colour families, lower case; empty when unknown
 */
public record SeedItem(String sku, String category, double price, String brand, List<String> colours) {

    public SeedItem {
        colours = colours == null ? List.of() : List.copyOf(colours);
    }

    public static SeedItem of(ItemData item) {
        return new SeedItem(item.sku(), item.category(), item.price(), item.brand(), item.colours());
    }

    /** A seed known by its sku alone (a cart, or an item the model does not hold). */
    public static SeedItem only(String sku, String category) {
        return new SeedItem(sku, category == null ? "" : category, 0, "", List.of());
    }
}

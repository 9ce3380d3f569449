package dev.pointe.training.catalog;

import java.util.List;
import java.util.Objects;

/**
 * One product of the shop's catalogue, as the trainer sees it.
 *
 * @param sku       the shop's stable identifier; never blank
 * @param title     display title; may be empty when the source has none
 * @param category  the merchandising category that complete-the-look diversifies over
 *                  (e.g. {@code ballet-flats}, {@code tights}); never blank
 * @param slot      where the item sits in an outfit: shoes, hosiery, bottoms, tops, dresses,
 *                  outerwear, accessories, activewear; empty when unknown
 * @param brand     brand name; empty when unknown
 * @param price     list price in the shop's currency; 0 when unknown, never negative
 * @param colours   colour names, lower case (blush, cream, black...); empty when unknown
 * @param materials material names, lower case (tulle, satin, mesh...); empty when unknown
 * @param styleTags style tags, lower case (balletcore, barre, coquette...); empty when unknown
 * @param stock     units in stock; 0 means out of stock, -1 means unknown
 * @param imageUrl  image URL or path; empty when none
 * @param family    the product this item is a variant of (the same style in another colour or size, e.g.
 *                  H&amp;M's product_code); items of one family share their evidence when their own is thin.
 *                  Empty when unknown
 */
public record Product(String sku, String title, String category, String slot, String brand, double price,
                      List<String> colours, List<String> materials, List<String> styleTags, int stock,
                      String imageUrl, String family) {

    /** A product without a family. */
    public Product(String sku, String title, String category, String slot, String brand, double price,
                   List<String> colours, List<String> materials, List<String> styleTags, int stock, String imageUrl) {
        this(sku, title, category, slot, brand, price, colours, materials, styleTags, stock, imageUrl, "");
    }

    public Product {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(category, "category");
        if (sku.isBlank()) throw new IllegalArgumentException("sku is blank");
        if (category.isBlank()) throw new IllegalArgumentException("field 'category' is blank");
        if (price < 0 || Double.isNaN(price)) throw new IllegalArgumentException("field 'price' is negative");
        title = title == null ? "" : title;
        slot = slot == null ? "" : slot;
        brand = brand == null ? "" : brand;
        colours = colours == null ? List.of() : List.copyOf(colours);
        materials = materials == null ? List.of() : List.copyOf(materials);
        styleTags = styleTags == null ? List.of() : List.copyOf(styleTags);
        imageUrl = imageUrl == null ? "" : imageUrl;
        family = family == null ? "" : family.trim();
    }

    /** A product known only by sku and category (datasets without a rich catalogue). */
    public static Product bare(String sku, String category) {
        return new Product(sku, "", category, "", "", 0, List.of(), List.of(), List.of(), -1, "");
    }
}

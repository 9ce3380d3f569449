package dev.pointe.training.catalog;

import dev.pointe.training.events.ItemIndex;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The products the model covers, aligned with an {@link ItemIndex}: product {@code i} is item id
 * {@code i}, and every item has an int category id (categories in ascending name order).
 */
public final class Catalog {

    /** Category of items that a catalogue-less dataset (Brijs retail) knows nothing about. */
    public static final String UNCATEGORISED = "uncategorised";

    private final ItemIndex items;
    private final List<Product> products;
    private final List<String> categories;
    private final int[] categoryOf;

    private Catalog(List<Product> products) {
        String[] skus = products.stream().map(Product::sku).toArray(String[]::new);
        this.items = ItemIndex.of(skus);
        Product[] ordered = new Product[skus.length];
        for (Product p : products) ordered[items.id(p.sku())] = p;
        this.products = List.of(ordered);
        TreeSet<String> names = new TreeSet<>();
        for (Product p : products) names.add(p.category());
        this.categories = List.copyOf(names);
        Map<String, Integer> categoryIds = new LinkedHashMap<>();
        for (String c : categories) categoryIds.put(c, categoryIds.size());
        this.categoryOf = new int[ordered.length];
        for (int i = 0; i < ordered.length; i++) categoryOf[i] = categoryIds.get(ordered[i].category());
    }

    /** A catalogue of these products; skus must be unique. */
    public static Catalog of(List<Product> products) {
        return new Catalog(products);
    }

    /** A catalogue for data without one: every sku its own bare product in {@link #UNCATEGORISED}. */
    public static Catalog uncategorised(ItemIndex items) {
        List<Product> products = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) products.add(Product.bare(items.sku(i), UNCATEGORISED));
        return new Catalog(products);
    }

    public ItemIndex items() {
        return items;
    }

    public int size() {
        return products.size();
    }

    public Product product(int item) {
        return products.get(item);
    }

    public List<Product> products() {
        return Collections.unmodifiableList(products);
    }

    /** Category names, ascending; category id = position. */
    public List<String> categories() {
        return categories;
    }

    public int categoryOf(int item) {
        return categoryOf[item];
    }
}

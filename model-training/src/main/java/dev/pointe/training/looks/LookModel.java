package dev.pointe.training.looks;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.events.Baskets;
import dev.pointe.training.similarity.CooccurrenceConfig;
import dev.pointe.training.similarity.CooccurrenceEngine;
import dev.pointe.training.similarity.ItemAssociations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Everything learned from training data that the list builders need: item associations, category
 * affinity, style attributes and per-category best-sellers.
 */
public final class LookModel {

    private final Catalog catalog;
    private final ItemAssociations associations;
    private final CategoryAffinity affinity;
    private final StyleProfile style;
    private final int[][] bestSellersByCategory;

    private LookModel(Catalog catalog, ItemAssociations associations, CategoryAffinity affinity, StyleProfile style,
                      int poolSize) {
        this.catalog = catalog;
        this.associations = associations;
        this.affinity = affinity;
        this.style = style;
        int m = catalog.categories().size();
        List<List<Integer>> byCategory = new ArrayList<>();
        for (int c = 0; c < m; c++) byCategory.add(new ArrayList<>());
        Integer[] order = new Integer[catalog.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        long[] counts = associations.itemCounts();
        Arrays.sort(order, (a, b) -> counts[a] != counts[b] ? Long.compare(counts[b], counts[a]) : Integer.compare(a, b));
        for (int item : order) {
            List<Integer> list = byCategory.get(catalog.categoryOf(item));
            if (list.size() < poolSize) list.add(item);
        }
        bestSellersByCategory = new int[m][];
        for (int c = 0; c < m; c++) bestSellersByCategory[c] = byCategory.get(c).stream().mapToInt(Integer::intValue).toArray();
    }

    /** Learns from training baskets whose item ids are the catalogue's. */
    public static LookModel learn(Baskets training, Catalog catalog, CooccurrenceConfig cooccurrence, LookConfig looks,
                                  IntConsumer progress) {
        int[] categoryOf = new int[catalog.size()];
        for (int i = 0; i < categoryOf.length; i++) categoryOf[i] = catalog.categoryOf(i);
        ItemAssociations associations = new CooccurrenceEngine(cooccurrence).compute(training, categoryOf, progress);
        return new LookModel(catalog, associations, new CategoryAffinity(training, catalog), new StyleProfile(catalog),
                looks.contentPool());
    }

    public Catalog catalog() {
        return catalog;
    }

    public ItemAssociations associations() {
        return associations;
    }

    public CategoryAffinity affinity() {
        return affinity;
    }

    public StyleProfile style() {
        return style;
    }

    /** Up to the content pool size of best-selling items of a category, best first (ties: id ascending). */
    public int[] bestSellers(int category) {
        return bestSellersByCategory[category];
    }

    /** (Weighted) baskets holding the item in the training data. */
    public long popularity(int item) {
        return associations.itemCounts()[item];
    }
}

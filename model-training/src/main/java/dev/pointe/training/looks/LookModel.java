package dev.pointe.training.looks;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.events.Baskets;
import dev.pointe.training.similarity.CooccurrenceConfig;
import dev.pointe.training.similarity.CooccurrenceEngine;
import dev.pointe.training.similarity.ItemAssociations;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Everything learned from training data that the list builders need: item associations, category
 * affinity, style attributes, product families and per-category best-sellers.
 */
public final class LookModel {

    private static final int[] NO_MEMBERS = new int[0];

    private final Catalog catalog;
    private final ItemAssociations associations;
    private final CategoryAffinity affinity;
    private final StyleProfile style;
    private final AttributeAffinity attributeAffinity;
    private final int[][] bestSellersByCategory;
    private final long[] categoryCounts;
    private final int[] familyOf;
    private final int[][] families;

    private LookModel(Catalog catalog, ItemAssociations associations, CategoryAffinity affinity, StyleProfile style,
                      AttributeAffinity attributeAffinity, int poolSize) {
        this.catalog = catalog;
        this.associations = associations;
        this.affinity = affinity;
        this.style = style;
        this.attributeAffinity = attributeAffinity;
        int m = catalog.categories().size();
        long[] counts = associations.itemCounts();
        categoryCounts = new long[m];
        int[] perCategory = new int[m];
        for (int i = 0; i < catalog.size(); i++) {
            categoryCounts[catalog.categoryOf(i)] += counts[i];
            perCategory[catalog.categoryOf(i)]++;
        }
        // best-sellers: every category's items by (weighted) baskets, ties by id; sold items only, then
        // unsold ones by id, so that a category nobody bought from still has a (content) fill
        Integer[] order = new Integer[catalog.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> counts[a] != counts[b] ? Long.compare(counts[b], counts[a]) : Integer.compare(a, b));
        bestSellersByCategory = new int[m][];
        int[] filled = new int[m];
        for (int c = 0; c < m; c++) bestSellersByCategory[c] = new int[Math.min(poolSize, perCategory[c])];
        for (int item : order) {
            int c = catalog.categoryOf(item);
            if (filled[c] < bestSellersByCategory[c].length) bestSellersByCategory[c][filled[c]++] = item;
        }
        // families: items sharing a non-empty family name; a family of one is no family
        Map<String, Integer> sizes = new HashMap<>();
        for (int i = 0; i < catalog.size(); i++) {
            String f = catalog.product(i).family();
            if (!f.isEmpty()) sizes.merge(f, 1, Integer::sum);
        }
        familyOf = new int[catalog.size()];
        Arrays.fill(familyOf, -1);
        Map<String, Integer> ids = new HashMap<>();
        int[][] members = new int[sizes.size()][];
        int[] fill = new int[sizes.size()];
        for (int i = 0; i < catalog.size(); i++) { // ascending ids: members sorted, ids in first-seen order
            String f = catalog.product(i).family();
            if (f.isEmpty() || sizes.get(f) < 2) continue;
            int id = ids.computeIfAbsent(f, k -> ids.size());
            if (members[id] == null) members[id] = new int[sizes.get(f)];
            members[id][fill[id]++] = i;
            familyOf[i] = id;
        }
        families = Arrays.copyOf(members, ids.size());
    }

    /** Learns from training baskets whose item ids are the catalogue's. */
    public static LookModel learn(Baskets training, Catalog catalog, CooccurrenceConfig cooccurrence, LookConfig looks,
                                  IntConsumer progress) {
        int[] categoryOf = new int[catalog.size()];
        for (int i = 0; i < categoryOf.length; i++) categoryOf[i] = catalog.categoryOf(i);
        ItemAssociations associations = new CooccurrenceEngine(cooccurrence).compute(training, categoryOf, progress);
        StyleProfile style = new StyleProfile(catalog);
        return new LookModel(catalog, associations, new CategoryAffinity(training, catalog),
                style, new AttributeAffinity(training, style), looks.contentPool());
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

    /** Which attribute values are bought together. */
    public AttributeAffinity attributeAffinity() {
        return attributeAffinity;
    }

    /** True when the catalogue has two or more categories, so that "other categories" means something. */
    public boolean categorised() {
        return catalog.categories().size() > 1;
    }

    /**
     * Up to the content pool size of a category's items, best-selling first (ties: id ascending), then
     * unsold items in id order.
     */
    public int[] bestSellers(int category) {
        return bestSellersByCategory[category];
    }

    /** (Weighted) baskets holding the item in the training data. */
    public long popularity(int item) {
        return associations.itemCounts()[item];
    }

    /** The sum of the popularity of a category's items. */
    public long categoryPopularity(int category) {
        return categoryCounts[category];
    }

    /** The items of the item's family (its colour and size variants, and itself), ascending; empty when it has none. */
    public int[] familyMembers(int item) {
        int f = familyOf[item];
        return f < 0 ? NO_MEMBERS : families[f];
    }
}

package dev.pointe.training.events;

import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;

import java.util.Arrays;

/**
 * Dense int ids for skus. Ids follow ascending sku order (String natural order), so "sku ascending"
 * tie rules can compare ids.
 */
public final class ItemIndex {

    private final String[] skus;
    private final Object2IntOpenHashMap<String> ids;

    private ItemIndex(String[] sortedSkus) {
        this.skus = sortedSkus;
        this.ids = new Object2IntOpenHashMap<>(sortedSkus.length);
        ids.defaultReturnValue(-1);
        for (int i = 0; i < sortedSkus.length; i++) {
            if (ids.put(sortedSkus[i], i) != -1) {
                throw new IllegalArgumentException("duplicate sku " + sortedSkus[i]);
            }
        }
    }

    /** An index over these skus (any order, no duplicates). */
    public static ItemIndex of(String... skus) {
        String[] sorted = skus.clone();
        Arrays.sort(sorted);
        return new ItemIndex(sorted);
    }

    public int size() {
        return skus.length;
    }

    /** The id of a sku, or -1 when unknown. */
    public int id(String sku) {
        return ids.getInt(sku);
    }

    public String sku(int id) {
        return skus[id];
    }
}

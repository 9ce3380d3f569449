package dev.pointe.training.looks;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.catalog.Product;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Products' style attributes (colours, materials, style tags) as sorted int sets, to measure how well
 * two items go together by content: the Jaccard index of their attribute sets.
 */
public final class StyleProfile {

    private final List<String> names = new ArrayList<>();
    private final int[][] attributes;

    public StyleProfile(Catalog catalog) {
        Map<String, Integer> ids = new TreeMap<>();
        for (Product p : catalog.products()) {
            for (String v : values(p)) ids.putIfAbsent(v, 0);
        }
        int next = 0;
        for (Map.Entry<String, Integer> e : ids.entrySet()) {
            e.setValue(next++);
            names.add(e.getKey());
        }
        attributes = new int[catalog.size()][];
        for (int i = 0; i < catalog.size(); i++) {
            attributes[i] = values(catalog.product(i)).stream().mapToInt(ids::get).distinct().sorted().toArray();
        }
    }

    private static List<String> values(Product p) {
        List<String> out = new ArrayList<>(p.colours());
        out.addAll(p.materials());
        out.addAll(p.styleTags());
        return out;
    }

    /** Number of distinct attribute values in the catalogue; value ids are 0 .. this - 1. */
    public int vocabularySize() {
        return names.size();
    }

    /** The item's attribute value ids, ascending (shared; do not modify). */
    int[] attributes(int item) {
        return attributes[item];
    }

    /** True when the item has any attribute. */
    public boolean described(int item) {
        return attributes[item].length > 0;
    }

    /** |A ∩ B| / |A ∪ B| of the two items' attributes; 0 when either has none. */
    public double jaccard(int a, int b) {
        int[] x = attributes[a];
        int[] y = attributes[b];
        if (x.length == 0 || y.length == 0) return 0;
        int common = intersection(x, y);
        return (double) common / (x.length + y.length - common);
    }

    /** The shared attribute values, in attribute order. */
    public List<String> shared(int a, int b) {
        int[] x = attributes[a];
        int[] y = attributes[b];
        List<String> out = new ArrayList<>();
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] == y[j]) {
                out.add(names.get(x[i]));
                i++;
                j++;
            } else if (x[i] < y[j]) i++;
            else j++;
        }
        return out;
    }

    private static int intersection(int[] x, int[] y) {
        int count = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] == y[j]) {
                count++;
                i++;
                j++;
            } else if (x[i] < y[j]) i++;
            else j++;
        }
        return count;
    }
}

package dev.pointe.training.looks;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.events.Baskets;

import java.util.BitSet;

/**
 * How well two categories go together, learned from baskets: for a seed category A, the share of A's
 * baskets that also hold category B, divided by the best such share over B ≠ A. So 1 = "the category
 * that most often completes A", 0 = never seen together. Within-category affinity is 0 by definition.
 */
public final class CategoryAffinity {

    private final double[][] affinity;

    public CategoryAffinity(Baskets baskets, Catalog catalog) {
        int m = catalog.categories().size();
        long[][] together = new long[m][m];
        long[] alone = new long[m];
        BitSet present = new BitSet(m);
        int[] list = new int[m];
        for (int b = 0; b < baskets.size(); b++) {
            present.clear();
            for (int p = baskets.start(b); p < baskets.end(b); p++) present.set(catalog.categoryOf(baskets.itemAt(p)));
            int count = 0;
            for (int c = present.nextSetBit(0); c >= 0; c = present.nextSetBit(c + 1)) list[count++] = c;
            for (int i = 0; i < count; i++) {
                alone[list[i]]++;
                for (int j = 0; j < count; j++) if (i != j) together[list[i]][list[j]]++;
            }
        }
        affinity = new double[m][m];
        for (int a = 0; a < m; a++) {
            double best = 0;
            for (int b = 0; b < m; b++) {
                if (a != b && alone[a] > 0) best = Math.max(best, (double) together[a][b] / alone[a]);
            }
            for (int b = 0; b < m; b++) {
                affinity[a][b] = a == b || best == 0 ? 0 : together[a][b] / (double) alone[a] / best;
            }
        }
    }

    /** Affinity of category {@code to} for a seed in category {@code from}, in [0, 1]. */
    public double of(int from, int to) {
        return affinity[from][to];
    }

    public int categories() {
        return affinity.length;
    }
}

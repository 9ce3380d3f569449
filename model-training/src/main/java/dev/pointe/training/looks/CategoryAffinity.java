package dev.pointe.training.looks;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.events.Baskets;

import java.util.BitSet;

/**
 * How categories go together, learned from baskets.
 *
 * <p>{@link #conditional}: the probability that a basket holding category A also holds category B
 * (for B = A: another item of A), smoothed towards B's share of all baskets. {@link #of}: the same
 * for B ≠ A, divided by the best B, so 1 = "the category that most often completes A" (the report's
 * heat map).
 */
public final class CategoryAffinity {

    private final double[][] affinity;
    private final long[][] together;
    private final long[] alone;
    private final double[] share;

    public CategoryAffinity(Baskets baskets, Catalog catalog) {
        int m = catalog.categories().size();
        together = new long[m][m];
        alone = new long[m];
        int[] itemsOf = new int[m];
        BitSet present = new BitSet(m);
        int[] list = new int[m];
        for (int b = 0; b < baskets.size(); b++) {
            present.clear();
            int count = 0;
            for (int p = baskets.start(b); p < baskets.end(b); p++) {
                int c = catalog.categoryOf(baskets.itemAt(p));
                if (!present.get(c)) {
                    present.set(c);
                    list[count++] = c;
                    itemsOf[c] = 0;
                }
                itemsOf[c]++;
            }
            for (int i = 0; i < count; i++) {
                int a = list[i];
                alone[a]++;
                if (itemsOf[a] > 1) together[a][a]++;
                for (int j = 0; j < count; j++) if (i != j) together[a][list[j]]++;
            }
        }
        long total = Math.max(1, baskets.size());
        affinity = new double[m][m];
        share = new double[m];
        for (int b = 0; b < m; b++) share[b] = (double) alone[b] / total;
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

    /** Affinity of category {@code to} for a seed in category {@code from}, in [0, 1], 0 on the diagonal. */
    public double of(int from, int to) {
        return affinity[from][to];
    }

    /**
     * P(a basket holding {@code from} also holds {@code to}); for {@code to == from}: also holds another
     * item of it. In [0, 1].
     *
     * @param smoothing pseudo-baskets of {@code to}'s share of all baskets mixed in, ≥ 0
     */
    public double conditional(int from, int to, double smoothing) {
        double prior = share[to];
        return alone[from] + smoothing == 0 ? prior : (together[from][to] + smoothing * prior) / (alone[from] + smoothing);
    }

    public int categories() {
        return affinity.length;
    }
}

package dev.pointe.training.looks;

import dev.pointe.training.events.Baskets;
import it.unimi.dsi.fastutil.longs.Long2LongOpenHashMap;

import java.util.Arrays;

/**
 * Which attribute values go together, learned from baskets: for attribute values u (of one item) and v
 * (of another item in the same basket), the lift of seeing them together over chance,
 * (pairs(u, v) + α) / (expected(u, v) + α). So "black" may go with "denim", a ladies' section with
 * the same section's accessories, and a value pair never bought together scores below 1.
 *
 * <p>An item pair's affinity is the geometric mean of the lifts of all their value pairs; a list
 * lifts a candidate by affinity^w ({@link LookConfig#styleWeight()}). Only the most frequent values
 * (at most {@value #MAX_VALUES}) take part, so memory and time stay bounded by the vocabulary.
 */
public final class AttributeAffinity {

    static final int MAX_VALUES = 1024;
    /** Items of a basket that take part (the first ones by id). */
    private static final int MAX_BASKET = 100;
    /** Pseudo-pairs of the lift's smoothing. */
    private static final double ALPHA = 1.0;

    private final StyleProfile style;
    /** value id → dense index among the kept values, or -1. */
    private final int[] kept;
    private final int size;
    /** log lift, [u * size + v]. */
    private final float[] logLift;

    public AttributeAffinity(Baskets baskets, StyleProfile style) {
        this.style = style;
        int vocabulary = style.vocabularySize();
        long[] frequency = new long[vocabulary];
        for (int b = 0; b < baskets.size(); b++) {
            for (int p = baskets.start(b); p < baskets.end(b); p++) {
                for (int v : style.attributes(baskets.itemAt(p))) frequency[v]++;
            }
        }
        Integer[] order = new Integer[vocabulary];
        for (int i = 0; i < vocabulary; i++) order[i] = i;
        Arrays.sort(order, (a, c) -> frequency[a] != frequency[c] ? Long.compare(frequency[c], frequency[a]) : Integer.compare(a, c));
        kept = new int[vocabulary];
        Arrays.fill(kept, -1);
        int n = 0;
        for (int i = 0; i < vocabulary && n < MAX_VALUES; i++) if (frequency[order[i]] > 0) kept[order[i]] = n++;
        size = n;
        long[] left = new long[size];
        long[] right = new long[size];
        Long2LongOpenHashMap pairs = new Long2LongOpenHashMap();
        long total = 0;
        int[] items = new int[64];
        for (int b = 0; b < baskets.size(); b++) {
            // the pairs of a huge basket say little about style and cost its size squared
            int count = Math.min(baskets.basketSize(b), MAX_BASKET);
            if (count < 2) continue;
            if (items.length < count) items = new int[count];
            for (int i = 0; i < count; i++) items[i] = baskets.itemAt(baskets.start(b) + i);
            for (int i = 0; i < count; i++) {
                for (int j = 0; j < count; j++) {
                    if (i == j) continue;
                    for (int u : style.attributes(items[i])) {
                        int du = kept[u];
                        if (du < 0) continue;
                        for (int v : style.attributes(items[j])) {
                            int dv = kept[v];
                            if (dv < 0) continue;
                            pairs.addTo((long) du * size + dv, 1);
                            left[du]++;
                            right[dv]++;
                            total++;
                        }
                    }
                }
            }
        }
        logLift = new float[size * size];
        for (int u = 0; u < size; u++) {
            for (int v = 0; v < size; v++) {
                double expected = total == 0 ? 0 : (double) left[u] * right[v] / total;
                logLift[u * size + v] = (float) Math.log((pairs.get((long) u * size + v) + ALPHA) / (expected + ALPHA));
            }
        }
    }

    /**
     * The seed's row: for every kept value v, the mean log lift of v with the seed's values; null when the
     * seed has no kept values (then every candidate's affinity is 1). {@code into} is reused when large enough.
     */
    public float[] row(int seed, float[] into) {
        int[] values = style.attributes(seed);
        float[] out = into != null && into.length >= size ? into : new float[size];
        Arrays.fill(out, 0, size, 0f);
        int n = 0;
        for (int u : values) {
            int du = kept[u];
            if (du < 0) continue;
            n++;
            for (int v = 0; v < size; v++) out[v] += logLift[du * size + v];
        }
        if (n == 0) return null;
        for (int v = 0; v < size; v++) out[v] /= n;
        return out;
    }

    /** The candidate's log affinity with the seed whose {@link #row} is given: the mean over its kept values; 0 when none. */
    public double logAffinity(float[] seedRow, int candidate) {
        if (seedRow == null) return 0;
        double sum = 0;
        int n = 0;
        for (int v : style.attributes(candidate)) {
            int dv = kept[v];
            if (dv < 0) continue;
            sum += seedRow[dv];
            n++;
        }
        return n == 0 ? 0 : sum / n;
    }
}

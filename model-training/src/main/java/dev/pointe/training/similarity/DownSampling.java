package dev.pointe.training.similarity;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Mahout's maxPrefs idea, seeded: a basket with more than {@code max} items (or a shopper with more
 * than {@code max} baskets) keeps a uniform random sample of {@code max} of them, so that a few
 * bulk buyers neither dominate the counts nor the running time. The sample depends only on the seed
 * and the key (basket or shopper number), never on thread scheduling.
 */
public final class DownSampling {

    private DownSampling() {
    }

    /**
     * The positions {@code 0..size-1} to keep, ascending: all of them when {@code size <= max}, else a
     * uniform sample of {@code max} drawn with a generator seeded by {@code seed} and {@code key}.
     */
    public static int[] keep(int size, int max, long seed, long key) {
        int[] positions = new int[size];
        for (int i = 0; i < size; i++) positions[i] = i;
        if (size <= max) return positions;
        SplittableRandom random = new SplittableRandom(mix(seed, key));
        for (int i = 0; i < max; i++) { // partial Fisher-Yates
            int j = i + random.nextInt(size - i);
            int t = positions[i];
            positions[i] = positions[j];
            positions[j] = t;
        }
        int[] kept = Arrays.copyOf(positions, max);
        Arrays.sort(kept);
        return kept;
    }

    static long mix(long seed, long key) {
        long z = seed * 0x9E3779B97F4A7C15L + key;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

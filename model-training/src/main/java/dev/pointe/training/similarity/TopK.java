package dev.pointe.training.similarity;

import java.util.Arrays;

/**
 * Keeps the best {@code k} (id, score) pairs offered, with Pointe's fixed tie rule: score descending,
 * then id ascending (ids follow sku order, so: sku ascending). Allocation-free after construction;
 * reusable through {@link #clear()}.
 */
public final class TopK {

    private final int k;
    private final int[] ids;
    private final double[] scores;
    private final long[] extras;
    private int size;

    public TopK(int k) {
        if (k < 1) throw new IllegalArgumentException("k must be at least 1, was " + k);
        this.k = k;
        this.ids = new int[k];
        this.scores = new double[k];
        this.extras = new long[k];
    }

    public void clear() {
        size = 0;
    }

    public int size() {
        return size;
    }

    /** True when (scoreA, idA) ranks after (scoreB, idB). */
    static boolean worse(double scoreA, int idA, double scoreB, int idB) {
        return scoreA < scoreB || (scoreA == scoreB && idA > idB);
    }

    /** Offers a candidate; {@code extra} rides along (e.g. the co-occurrence count). */
    public void offer(int id, double score, long extra) {
        if (size < k) {
            ids[size] = id;
            scores[size] = score;
            extras[size] = extra;
            siftUp(size++);
        } else if (worse(scores[0], ids[0], score, id)) {
            ids[0] = id;
            scores[0] = score;
            extras[0] = extra;
            siftDown(0);
        }
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!worse(scores[i], ids[i], scores[parent], ids[parent])) break;
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) return;
            int worst = left;
            int right = left + 1;
            if (right < size && worse(scores[right], ids[right], scores[left], ids[left])) worst = right;
            if (!worse(scores[worst], ids[worst], scores[i], ids[i])) return;
            swap(i, worst);
            i = worst;
        }
    }

    private void swap(int a, int b) {
        int id = ids[a];
        ids[a] = ids[b];
        ids[b] = id;
        double s = scores[a];
        scores[a] = scores[b];
        scores[b] = s;
        long e = extras[a];
        extras[a] = extras[b];
        extras[b] = e;
    }

    /**
     * Sorts the kept entries best first into the given arrays (each at least {@link #size()} long) and
     * returns the count. The heap is left empty.
     */
    public int drainSorted(int[] outIds, double[] outScores, long[] outExtras) {
        int n = size;
        for (int i = n - 1; i >= 0; i--) {
            outIds[i] = ids[0];
            outScores[i] = scores[0];
            if (outExtras != null) outExtras[i] = extras[0];
            size--;
            if (size > 0) {
                ids[0] = ids[size];
                scores[0] = scores[size];
                extras[0] = extras[size];
                siftDown(0);
            }
        }
        return n;
    }

    /** The kept ids best first (convenience for tests and small lists). */
    public int[] sortedIds() {
        int[] out = new int[size];
        drainSorted(out, new double[out.length], null);
        return out;
    }

    @Override
    public String toString() {
        return "TopK{k=" + k + ", ids=" + Arrays.toString(Arrays.copyOf(ids, size)) + "}";
    }
}

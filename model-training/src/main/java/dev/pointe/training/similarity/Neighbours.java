package dev.pointe.training.similarity;

/**
 * For every item, its best neighbours by a {@link SimilarityMeasure}, best first (score descending,
 * then id ascending), with the basket count of the pair. Flat arrays: the neighbours of item
 * {@code i} sit at positions {@code start(i) .. end(i)-1}.
 */
public final class Neighbours {

    private final int[] offsets;
    private final int[] ids;
    private final double[] scores;
    private final long[] together;

    Neighbours(int[] offsets, int[] ids, double[] scores, long[] together) {
        this.offsets = offsets;
        this.ids = ids;
        this.scores = scores;
        this.together = together;
    }

    public int items() {
        return offsets.length - 1;
    }

    public int start(int item) {
        return offsets[item];
    }

    public int end(int item) {
        return offsets[item + 1];
    }

    public int count(int item) {
        return offsets[item + 1] - offsets[item];
    }

    public int idAt(int position) {
        return ids[position];
    }

    public double scoreAt(int position) {
        return scores[position];
    }

    /** The (weighted) number of baskets holding both items. */
    public long togetherAt(int position) {
        return together[position];
    }

    /** Total number of neighbour entries. */
    public long size() {
        return ids.length;
    }

    /** The score of {@code neighbour} in {@code item}'s list, or NaN when it is not there. */
    public double score(int item, int neighbour) {
        for (int p = offsets[item]; p < offsets[item + 1]; p++) {
            if (ids[p] == neighbour) return scores[p];
        }
        return Double.NaN;
    }

    static Neighbours of(int[][] perItemIds, double[][] perItemScores, long[][] perItemTogether) {
        int n = perItemIds.length;
        int[] offsets = new int[n + 1];
        for (int i = 0; i < n; i++) offsets[i + 1] = offsets[i] + perItemIds[i].length;
        int total = offsets[n];
        int[] ids = new int[total];
        double[] scores = new double[total];
        long[] together = new long[total];
        for (int i = 0; i < n; i++) {
            System.arraycopy(perItemIds[i], 0, ids, offsets[i], perItemIds[i].length);
            System.arraycopy(perItemScores[i], 0, scores, offsets[i], perItemScores[i].length);
            System.arraycopy(perItemTogether[i], 0, together, offsets[i], perItemTogether[i].length);
        }
        return new Neighbours(offsets, ids, scores, together);
    }
}

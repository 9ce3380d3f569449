package dev.pointe.training.evaluation;

import it.unimi.dsi.fastutil.ints.Int2DoubleOpenHashMap;

/** Turns a candidate → score map into the top k ids: score descending, then id ascending. */
final class Ranking {

    private Ranking() {
    }

    static int[] top(Int2DoubleOpenHashMap scores, int k) {
        int[] ids = scores.keySet().toIntArray();
        double[] values = new double[ids.length];
        for (int i = 0; i < ids.length; i++) values[i] = scores.get(ids[i]);
        dev.pointe.training.similarity.TopK heap = new dev.pointe.training.similarity.TopK(Math.max(1, k));
        for (int i = 0; i < ids.length; i++) heap.offer(ids[i], values[i], 0);
        return heap.sortedIds();
    }
}

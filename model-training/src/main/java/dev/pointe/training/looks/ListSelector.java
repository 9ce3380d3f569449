package dev.pointe.training.looks;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.similarity.TopK;

import java.util.Arrays;

/**
 * Picks a list from scored candidates: best first (score descending, then id ascending), with a soft
 * cap per category ({@link LookConfig#diversity()}: the n-th item of a category already in the list
 * competes with score × diversity^n) and an optional hard cap ({@link LookConfig#maxPerCategory()}).
 * Not thread-safe; one per thread.
 */
final class ListSelector {

    private final Catalog catalog;
    private final int limit;
    private final int cap;
    private final double[] decay;
    private final int[] taken;
    private int[] ids = new int[0];
    private double[] scores = new double[0];
    private boolean[] chosen = new boolean[0];
    private double[] picked = new double[0];

    ListSelector(Catalog catalog, LookConfig config) {
        this.catalog = catalog;
        this.limit = config.listSize();
        this.cap = config.capPerCategory();
        this.decay = new double[limit + 1];
        for (int n = 0; n <= limit; n++) decay[n] = Math.pow(config.diversity(), n);
        this.taken = new int[catalog.categories().size()];
    }

    /**
     * Positions (into {@code candidates}) of the picked items, best first; at most the list size. Their
     * scores as they competed (after the soft cap) are in {@link #pickedScore}, so that a list's scores
     * descend in its order.
     */
    int[] select(CoPurchaseEstimator.Candidates candidates) {
        int n = candidates.size();
        // the picks almost always come from the best few times the list size; the rest only when caps bite
        int window = Math.min(n, 4 * limit);
        int[] picked = pick(candidates, window);
        if (picked.length < limit && window < n) picked = pick(candidates, n);
        return picked;
    }

    private int[] pick(CoPurchaseEstimator.Candidates candidates, int window) {
        int n = sorted(candidates, window);
        Arrays.fill(taken, 0);
        if (chosen.length < n) chosen = new boolean[Math.max(n, 2 * chosen.length)];
        Arrays.fill(chosen, 0, n, false);
        int[] out = new int[Math.min(limit, n)];
        if (picked.length < out.length) picked = new double[limit];
        int count = 0;
        while (count < out.length) {
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (chosen[i]) continue;
                int c = catalog.categoryOf(candidates.id(ids[i]));
                if (taken[c] >= cap) continue;
                double effective = scores[i] * decay[taken[c]];
                if (effective > bestScore) {
                    bestScore = effective;
                    best = i;
                }
                if (decay[1] == 1.0 && cap >= limit) break; // no diversity: the first free one wins
            }
            if (best < 0) break;
            chosen[best] = true;
            taken[catalog.categoryOf(candidates.id(ids[best]))]++;
            picked[count] = bestScore;
            out[count++] = ids[best];
        }
        return count == out.length ? out : Arrays.copyOf(out, count);
    }

    /** The score of the i-th pick of the last {@link #select}, as it competed. */
    double pickedScore(int i) {
        return picked[i];
    }

    /** Fills {@code ids} (positions into candidates) and {@code scores} with the best {@code window}, best first. */
    private int sorted(CoPurchaseEstimator.Candidates candidates, int window) {
        if (window == 0) return 0;
        TopK top = new TopK(window);
        for (int i = 0; i < candidates.size(); i++) top.offer(candidates.id(i), candidates.score(i), i);
        if (ids.length < window) {
            ids = new int[window];
            scores = new double[window];
        }
        long[] positions = new long[window];
        int[] itemIds = new int[window];
        int count = top.drainSorted(itemIds, scores, positions);
        for (int i = 0; i < count; i++) ids[i] = (int) positions[i];
        return count;
    }
}

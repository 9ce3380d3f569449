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
    private final int[] head;
    private final int[] categoriesSeen;
    private int[] next = new int[0];
    private int[] ids = new int[0];
    private double[] scores = new double[0];
    private double[] picked = new double[0];

    ListSelector(Catalog catalog, LookConfig config) {
        this.catalog = catalog;
        this.limit = config.listSize();
        this.cap = config.capPerCategory();
        this.decay = new double[limit + 1];
        for (int n = 0; n <= limit; n++) decay[n] = Math.pow(config.diversity(), n);
        this.taken = new int[catalog.categories().size()];
        this.head = new int[catalog.categories().size()];
        Arrays.fill(head, -1);
        this.categoriesSeen = new int[catalog.categories().size()];
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
        // candidates of each category in rank order, as linked lists over the window
        if (next.length < n) next = new int[Math.max(n, 2 * next.length)];
        int present = 0;
        for (int i = n - 1; i >= 0; i--) {
            int c = catalog.categoryOf(candidates.id(ids[i]));
            if (head[c] == -1) categoriesSeen[present++] = c;
            next[i] = head[c];
            head[c] = i;
        }
        int[] out = new int[Math.min(limit, n)];
        if (picked.length < out.length) picked = new double[limit];
        int count = 0;
        while (count < out.length) {
            int bestCategory = -1;
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < present; k++) {
                int c = categoriesSeen[k];
                int i = head[c];
                if (i < 0 || taken[c] >= cap) continue;
                double effective = scores[i] * decay[taken[c]];
                // ties go to the better-ranked candidate
                if (effective > bestScore || (effective == bestScore && i < best)) {
                    bestScore = effective;
                    best = i;
                    bestCategory = c;
                }
            }
            if (best < 0) break;
            head[bestCategory] = next[best];
            taken[bestCategory]++;
            picked[count] = bestScore;
            out[count++] = ids[best];
        }
        for (int k = 0; k < present; k++) {
            head[categoriesSeen[k]] = -1;
            taken[categoriesSeen[k]] = 0;
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

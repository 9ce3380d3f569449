package dev.pointe.training.evaluation;

import dev.pointe.training.looks.Strength;
import dev.pointe.training.similarity.ItemAssociations;
import dev.pointe.training.similarity.Neighbours;
import it.unimi.dsi.fastutil.ints.Int2DoubleOpenHashMap;

/**
 * Next-item scoring over all categories: for a candidate j, Σ over seeds of {@link Strength} plus a
 * popularity prior λ·P(j). The signed LLR rightly calls a staple that sits in a quarter of all baskets
 * "independent" of most items, so without the prior it never appears, although it is often the next
 * item; λ = 2 was best on Brijs retail and Groceries (docs/evaluation.md).
 */
final class BasketCompletion {

    /** λ: weight of the popularity prior P(j) = baskets with j / baskets. */
    static final double POPULARITY_PRIOR = 2.0;
    /** Best-sellers considered for the prior. */
    static final int PRIOR_CANDIDATES = 200;

    private BasketCompletion() {
    }

    /** @param popular training items, most popular first */
    static int[] rank(ItemAssociations associations, int[] popular, int[] seeds, int k) {
        Neighbours all = associations.all();
        long[] counts = associations.itemCounts();
        Int2DoubleOpenHashMap scores = new Int2DoubleOpenHashMap();
        for (int s : seeds) {
            for (int p = all.start(s); p < all.end(s); p++) {
                int j = all.idAt(p);
                if (!PopularityBaseline.contains(seeds, j)) scores.addTo(j, Strength.of(all.scoreAt(p), all.togetherAt(p), counts[s]));
            }
        }
        double total = Math.max(1, associations.total());
        for (int i = 0; i < Math.min(PRIOR_CANDIDATES, popular.length); i++) {
            int j = popular[i];
            if (!PopularityBaseline.contains(seeds, j)) scores.addTo(j, POPULARITY_PRIOR * counts[j] / total);
        }
        return Ranking.top(scores, k);
    }
}

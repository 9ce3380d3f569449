package dev.pointe.training.evaluation;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.events.Baskets;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Best-sellers of the training data, optionally only from categories other than the seeds' ("popularity
 * in other categories"). Ties: item id ascending.
 */
public final class PopularityBaseline implements RecommenderFactory {

    private final boolean otherCategoriesOnly;

    private PopularityBaseline(boolean otherCategoriesOnly) {
        this.otherCategoriesOnly = otherCategoriesOnly;
    }

    public static PopularityBaseline global() {
        return new PopularityBaseline(false);
    }

    public static PopularityBaseline otherCategories() {
        return new PopularityBaseline(true);
    }

    @Override
    public String name() {
        return otherCategoriesOnly ? "popularity-other-categories" : "popularity";
    }

    @Override
    public Recommender train(TrainingSet training) {
        int[] ranking = ranking(training.baskets());
        Catalog catalog = training.catalog();
        return (seeds, k) -> {
            BitSet seedCategories = new BitSet();
            if (otherCategoriesOnly) for (int s : seeds) seedCategories.set(catalog.categoryOf(s));
            int[] out = new int[k];
            int n = 0;
            for (int i = 0; i < ranking.length && n < k; i++) {
                int item = ranking[i];
                if (contains(seeds, item) || seedCategories.get(catalog.categoryOf(item))) continue;
                out[n++] = item;
            }
            return Arrays.copyOf(out, n);
        };
    }

    /** Items seen in training, most baskets first, ties by id. */
    static int[] ranking(Baskets baskets) {
        long[] counts = new long[baskets.items().size()];
        for (int b = 0; b < baskets.size(); b++) {
            for (int p = baskets.start(b); p < baskets.end(b); p++) counts[baskets.itemAt(p)]++;
        }
        return java.util.stream.IntStream.range(0, counts.length).filter(i -> counts[i] > 0).boxed()
                .sorted((a, b) -> counts[a] != counts[b] ? Long.compare(counts[b], counts[a]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
    }

    static boolean contains(int[] array, int value) {
        for (int v : array) if (v == value) return true;
        return false;
    }
}

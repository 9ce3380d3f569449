package dev.pointe.training.evaluation;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.events.Baskets;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Best-sellers of the training data (ties: item id ascending): of every category, of categories other
 * than the seeds' ("popularity in other categories", the baseline for complete-the-look), or of the
 * seeds' own categories (for similar items).
 */
public final class PopularityBaseline implements RecommenderFactory {

    /** Which categories a baseline may answer from, relative to the seeds'. */
    public enum Scope {
        ANY("popularity"), OTHER_CATEGORIES("popularity-other-categories"), SAME_CATEGORY("popularity-same-category");

        final String method;

        Scope(String method) {
            this.method = method;
        }
    }

    private final Scope scope;

    private PopularityBaseline(Scope scope) {
        this.scope = scope;
    }

    public static PopularityBaseline global() {
        return new PopularityBaseline(Scope.ANY);
    }

    public static PopularityBaseline otherCategories() {
        return new PopularityBaseline(Scope.OTHER_CATEGORIES);
    }

    public static PopularityBaseline sameCategory() {
        return new PopularityBaseline(Scope.SAME_CATEGORY);
    }

    @Override
    public String name() {
        return scope.method;
    }

    @Override
    public Recommender train(TrainingSet training) {
        int[] ranking = ranking(training.baskets());
        Catalog catalog = training.catalog();
        return (seeds, k) -> fill(new int[0], ranking, catalog, scope, seeds, k);
    }

    /**
     * {@code first}, then items of {@code ranking} in order, within the scope, never a seed nor twice,
     * up to {@code k}.
     */
    static int[] fill(int[] first, int[] ranking, Catalog catalog, Scope scope, int[] seeds, int k) {
        if (first.length >= k) return first.length == k ? first : Arrays.copyOf(first, k);
        BitSet seedCategories = new BitSet();
        for (int s : seeds) seedCategories.set(catalog.categoryOf(s));
        int[] out = Arrays.copyOf(first, k);
        int n = first.length;
        for (int i = 0; i < ranking.length && n < k; i++) {
            int item = ranking[i];
            if (contains(seeds, item) || contains(first, item) || !inScope(scope, seedCategories, catalog.categoryOf(item))) continue;
            out[n++] = item;
        }
        return Arrays.copyOf(out, n);
    }

    static boolean inScope(Scope scope, BitSet seedCategories, int category) {
        return switch (scope) {
            case ANY -> true;
            case OTHER_CATEGORIES -> !seedCategories.get(category);
            case SAME_CATEGORY -> seedCategories.get(category);
        };
    }

    /** Items seen in training, most baskets first, ties by id. */
    static int[] ranking(Baskets baskets) {
        long[] counts = counts(baskets);
        return java.util.stream.IntStream.range(0, counts.length).filter(i -> counts[i] > 0).boxed()
                .sorted((a, b) -> counts[a] != counts[b] ? Long.compare(counts[b], counts[a]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
    }

    /** Baskets holding each item. */
    static long[] counts(Baskets baskets) {
        long[] counts = new long[baskets.items().size()];
        for (int b = 0; b < baskets.size(); b++) {
            for (int p = baskets.start(b); p < baskets.end(b); p++) counts[baskets.itemAt(p)]++;
        }
        return counts;
    }

    static boolean contains(int[] array, int value) {
        for (int v : array) if (v == value) return true;
        return false;
    }
}

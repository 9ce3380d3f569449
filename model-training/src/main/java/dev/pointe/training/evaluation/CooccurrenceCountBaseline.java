package dev.pointe.training.evaluation;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.evaluation.PopularityBaseline.Scope;
import dev.pointe.training.similarity.CooccurrenceConfig;
import dev.pointe.training.similarity.ItemAssociations;
import dev.pointe.training.similarity.Measures;
import dev.pointe.training.similarity.Neighbours;
import it.unimi.dsi.fastutil.ints.Int2LongOpenHashMap;

import java.util.BitSet;

/**
 * The plain co-occurrence count, in its strongest simple form: candidates ranked by the number of
 * training baskets they share with the seeds (summed over seeds), ties by popularity then id, every
 * pair counted (even one seen once), no down-sampling; then best-sellers of the same scope fill the
 * list. Optionally only other categories (the baseline for complete-the-look) or only the seeds' own.
 */
public final class CooccurrenceCountBaseline implements RecommenderFactory {

    /** Neighbours kept per item: far more than any list asks for, so that sums over seeds are exact enough. */
    private static final int NEIGHBOURS = 200;

    private final Scope scope;
    private final int threads;

    public CooccurrenceCountBaseline(Scope scope, int threads) {
        this.scope = scope;
        this.threads = threads;
    }

    @Override
    public String name() {
        return switch (scope) {
            case ANY -> "cooccurrence-count";
            case OTHER_CATEGORIES -> "cooccurrence-count-other-categories";
            case SAME_CATEGORY -> "cooccurrence-count-same-category";
        };
    }

    @Override
    public Recommender train(TrainingSet training) {
        Catalog catalog = training.catalog();
        int[] categoryOf = new int[catalog.size()];
        for (int i = 0; i < categoryOf.length; i++) categoryOf[i] = catalog.categoryOf(i);
        CooccurrenceConfig config = new CooccurrenceConfig(Measures.CONFIDENCE, NEIGHBOURS, 1, Integer.MAX_VALUE,
                Integer.MAX_VALUE, 0, threads);
        ItemAssociations associations = new dev.pointe.training.similarity.CooccurrenceEngine(config)
                .compute(training.baskets(), categoryOf, n -> { });
        Neighbours neighbours = switch (scope) {
            case ANY -> associations.all();
            case OTHER_CATEGORIES -> associations.otherCategory();
            case SAME_CATEGORY -> associations.sameCategory();
        };
        long[] popularity = associations.itemCounts();
        int[] ranking = PopularityBaseline.ranking(training.baskets());
        return (seeds, k) -> {
            BitSet seedCategories = new BitSet();
            for (int s : seeds) seedCategories.set(catalog.categoryOf(s));
            Int2LongOpenHashMap counts = new Int2LongOpenHashMap();
            for (int s : seeds) {
                for (int p = neighbours.start(s); p < neighbours.end(s); p++) {
                    int j = neighbours.idAt(p);
                    if (!PopularityBaseline.contains(seeds, j) && PopularityBaseline.inScope(scope, seedCategories, catalog.categoryOf(j))) {
                        counts.addTo(j, neighbours.togetherAt(p));
                    }
                }
            }
            int[] ids = counts.keySet().toIntArray();
            Integer[] order = new Integer[ids.length];
            for (int i = 0; i < ids.length; i++) order[i] = ids[i];
            java.util.Arrays.sort(order, (a, b) -> {
                int c = Long.compare(counts.get((int) b), counts.get((int) a));
                if (c != 0) return c;
                c = Long.compare(popularity[b], popularity[a]);
                return c != 0 ? c : Integer.compare(a, b);
            });
            int[] top = new int[Math.min(k, order.length)];
            for (int i = 0; i < top.length; i++) top[i] = order[i];
            return PopularityBaseline.fill(top, ranking, catalog, scope, seeds, k);
        };
    }
}

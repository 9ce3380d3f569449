package dev.pointe.training.evaluation;

import dev.pointe.training.catalog.Catalog;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/** Trains every method on a split's training part and scores it on the split's cases. */
public final class Evaluator {

    private final List<Integer> ks;

    /** @param ks the cut-offs to report, ascending, each at least 1 */
    public Evaluator(List<Integer> ks) {
        if (ks.isEmpty() || ks.stream().anyMatch(k -> k < 1)) throw new IllegalArgumentException("cut-offs must be at least 1: " + ks);
        this.ks = ks.stream().sorted().distinct().toList();
    }

    public EvaluationResult evaluate(String dataset, long seed, Split split, Catalog catalog,
                                     List<RecommenderFactory> methods, IntConsumer progress) {
        TrainingSet training = new TrainingSet(split.training(), catalog, split.protocol());
        List<MethodResult> results = new ArrayList<>();
        int maxK = ks.get(ks.size() - 1);
        for (RecommenderFactory factory : methods) {
            long t0 = System.nanoTime();
            Recommender recommender = factory.train(training);
            double trainSeconds = (System.nanoTime() - t0) / 1e9;
            double[] hr = new double[ks.size()];
            double[] ndcg = new double[ks.size()];
            double[] precision = new double[ks.size()];
            double[] recall = new double[ks.size()];
            double[] diversity = new double[ks.size()];
            BitSet[] shown = new BitSet[ks.size()];
            for (int i = 0; i < shown.length; i++) shown[i] = new BitSet(catalog.size());
            for (EvaluationCase c : split.cases()) {
                int[] ranked = recommender.recommend(c.seeds(), maxK);
                for (int i = 0; i < ks.size(); i++) {
                    int k = ks.get(i);
                    hr[i] += RankingMetrics.hitRate(ranked, c.targets(), k);
                    ndcg[i] += RankingMetrics.ndcg(ranked, c.targets(), k);
                    precision[i] += RankingMetrics.precision(ranked, c.targets(), k);
                    recall[i] += RankingMetrics.recall(ranked, c.targets(), k);
                    BitSet categories = new BitSet();
                    for (int r = 0; r < Math.min(k, ranked.length); r++) {
                        shown[i].set(ranked[r]);
                        categories.set(catalog.categoryOf(ranked[r]));
                    }
                    diversity[i] += categories.cardinality();
                }
                progress.accept(1);
            }
            int n = Math.max(1, split.cases().size());
            results.add(new MethodResult(factory.name(), perK(hr, n), perK(ndcg, n), perK(precision, n), perK(recall, n),
                    coverage(shown, catalog.size()), perK(diversity, n), trainSeconds));
        }
        return new EvaluationResult(dataset, split.kind(), split.protocol(), seed, split.cases().size(),
                split.training().size(), ks, results);
    }

    private Map<Integer, Double> perK(double[] sums, int n) {
        Map<Integer, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < ks.size(); i++) out.put(ks.get(i), sums[i] / n);
        return out;
    }

    private Map<Integer, Double> coverage(BitSet[] shown, int catalogSize) {
        Map<Integer, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < ks.size(); i++) out.put(ks.get(i), (double) shown[i].cardinality() / Math.max(1, catalogSize));
        return out;
    }
}

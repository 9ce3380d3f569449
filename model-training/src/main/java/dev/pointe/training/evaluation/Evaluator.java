package dev.pointe.training.evaluation;

import dev.pointe.training.catalog.Catalog;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * Trains every method on a split's training part and scores it on the split's cases, with 95%
 * bootstrap intervals (percentile method, {@value #RESAMPLES} resamples of the cases, seeded; the same
 * resamples for every method, so that ratios are paired).
 */
public final class Evaluator {

    static final int RESAMPLES = 1000;

    private final List<Integer> ks;

    /** @param ks the cut-offs to report, ascending, each at least 1 */
    public Evaluator(List<Integer> ks) {
        if (ks.isEmpty() || ks.stream().anyMatch(k -> k < 1)) throw new IllegalArgumentException("cut-offs must be at least 1: " + ks);
        this.ks = ks.stream().sorted().distinct().toList();
    }

    /** The main cut-off: 10 when asked for, else the largest. */
    public int mainK() {
        return ks.contains(10) ? 10 : ks.get(ks.size() - 1);
    }

    public EvaluationResult evaluate(String dataset, long seed, Split split, Catalog catalog,
                                     List<RecommenderFactory> methods, IntConsumer progress) {
        TrainingSet training = new TrainingSet(split.training(), catalog, split.protocol());
        List<EvaluationCase> cases = split.cases();
        int n = cases.size();
        int maxK = ks.get(ks.size() - 1);
        List<MethodResult> results = new ArrayList<>();
        // per method, per K, per case: hit (0/1) and NDCG, for the intervals
        List<double[][]> hits = new ArrayList<>();
        List<double[][]> gains = new ArrayList<>();
        for (RecommenderFactory factory : methods) {
            long t0 = System.nanoTime();
            Recommender recommender = factory.train(training);
            double trainSeconds = (System.nanoTime() - t0) / 1e9;
            double[][] hr = new double[ks.size()][n];
            double[][] ndcg = new double[ks.size()][n];
            double[] precision = new double[ks.size()];
            double[] recall = new double[ks.size()];
            double[] diversity = new double[ks.size()];
            BitSet[] shown = new BitSet[ks.size()];
            for (int i = 0; i < shown.length; i++) shown[i] = new BitSet(catalog.size());
            for (int c = 0; c < n; c++) {
                EvaluationCase q = cases.get(c);
                int[] ranked = recommender.recommend(q.seeds(), maxK);
                for (int i = 0; i < ks.size(); i++) {
                    int k = ks.get(i);
                    hr[i][c] = RankingMetrics.hitRate(ranked, q.targets(), k);
                    ndcg[i][c] = RankingMetrics.ndcg(ranked, q.targets(), k);
                    precision[i] += RankingMetrics.precision(ranked, q.targets(), k);
                    recall[i] += RankingMetrics.recall(ranked, q.targets(), k);
                    BitSet categories = new BitSet();
                    for (int r = 0; r < Math.min(k, ranked.length); r++) {
                        shown[i].set(ranked[r]);
                        categories.set(catalog.categoryOf(ranked[r]));
                    }
                    diversity[i] += categories.cardinality();
                }
                progress.accept(1);
            }
            hits.add(hr);
            gains.add(ndcg);
            int d = Math.max(1, n);
            results.add(new MethodResult(factory.name(), means(hr), intervals(hr, seed), means(ndcg), intervals(ndcg, seed),
                    perK(precision, d), perK(recall, d), coverage(shown, catalog.size()), perK(diversity, d), trainSeconds));
        }
        return new EvaluationResult(dataset, split.kind(), split.protocol(), seed, n, split.training().size(), ks, results,
                comparisons(methods, hits, gains, seed));
    }

    /** Pointe against every other method at the main K, by paired bootstrap. */
    private List<Comparison> comparisons(List<RecommenderFactory> methods, List<double[][]> hits, List<double[][]> gains, long seed) {
        int pointe = -1;
        for (int m = 0; m < methods.size(); m++) if (methods.get(m).name().equals(PublishedLists.NAME)) pointe = m;
        if (pointe < 0) return List.of();
        int i = ks.indexOf(mainK());
        List<Comparison> out = new ArrayList<>();
        for (int m = 0; m < methods.size(); m++) {
            if (m == pointe) continue;
            double[] hr = ratio(hits.get(pointe)[i], hits.get(m)[i], seed);
            double[] nd = ratio(gains.get(pointe)[i], gains.get(m)[i], seed);
            out.add(new Comparison(PublishedLists.NAME, methods.get(m).name(), mainK(), hr[0], new Interval(hr[1], hr[2]),
                    nd[0], new Interval(nd[1], nd[2])));
        }
        return out;
    }

    /** [ratio of means, low, high] of a / b over paired resamples; infinite where b's mean is 0. */
    static double[] ratio(double[] a, double[] b, long seed) {
        int n = a.length;
        double sumA = 0;
        double sumB = 0;
        for (int c = 0; c < n; c++) {
            sumA += a[c];
            sumB += b[c];
        }
        double[] ratios = new double[RESAMPLES];
        SplittableRandom random = new SplittableRandom(seed ^ 0xB007L);
        for (int r = 0; r < RESAMPLES; r++) {
            double sa = 0;
            double sb = 0;
            for (int c = 0; c < n; c++) {
                int pick = random.nextInt(n);
                sa += a[pick];
                sb += b[pick];
            }
            ratios[r] = sb == 0 ? Double.POSITIVE_INFINITY : sa / sb;
        }
        java.util.Arrays.sort(ratios);
        return new double[]{sumB == 0 ? Double.POSITIVE_INFINITY : sumA / sumB, ratios[(int) (0.025 * RESAMPLES)],
                ratios[(int) Math.ceil(0.975 * RESAMPLES) - 1]};
    }

    /** The 2.5% and 97.5% percentiles of the mean over resamples of the cases. */
    static Interval interval(double[] values, long seed) {
        int n = values.length;
        if (n == 0) return new Interval(0, 0);
        double[] means = new double[RESAMPLES];
        SplittableRandom random = new SplittableRandom(seed ^ 0xB007L);
        for (int r = 0; r < RESAMPLES; r++) {
            double sum = 0;
            for (int c = 0; c < n; c++) sum += values[random.nextInt(n)];
            means[r] = sum / n;
        }
        java.util.Arrays.sort(means);
        return new Interval(means[(int) (0.025 * RESAMPLES)], means[(int) Math.ceil(0.975 * RESAMPLES) - 1]);
    }

    private Map<Integer, Double> means(double[][] perCase) {
        Map<Integer, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < ks.size(); i++) {
            double sum = 0;
            for (double v : perCase[i]) sum += v;
            out.put(ks.get(i), perCase[i].length == 0 ? 0 : sum / perCase[i].length);
        }
        return out;
    }

    private Map<Integer, Interval> intervals(double[][] perCase, long seed) {
        Map<Integer, Interval> out = new LinkedHashMap<>();
        for (int i = 0; i < ks.size(); i++) out.put(ks.get(i), interval(perCase[i], seed));
        return out;
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

package dev.pointe.bench;

import dev.pointe.training.data.Dataset;
import dev.pointe.training.data.DatasetLoader;
import dev.pointe.training.data.DatasetPresets;
import dev.pointe.training.events.Baskets;
import dev.pointe.training.similarity.CooccurrenceConfig;
import dev.pointe.training.similarity.CooccurrenceEngine;
import dev.pointe.training.similarity.ItemAssociations;
import dev.pointe.training.similarity.Measures;
import dev.pointe.training.similarity.Neighbours;
import org.apache.mahout.cf.taste.common.TasteException;
import org.apache.mahout.cf.taste.impl.model.GenericBooleanPrefDataModel;
import org.apache.mahout.cf.taste.impl.recommender.GenericItemBasedRecommender;
import org.apache.mahout.cf.taste.impl.similarity.LogLikelihoodSimilarity;
import org.apache.mahout.cf.taste.impl.similarity.precompute.MultithreadedBatchItemSimilarities;
import org.apache.mahout.cf.taste.similarity.precompute.SimilarItem;
import org.apache.mahout.cf.taste.similarity.precompute.SimilarItems;
import org.apache.mahout.cf.taste.similarity.precompute.SimilarItemsWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The top-K log-likelihood neighbours of every item of the Brijs retail baskets, computed by Pointe's
 * {@link CooccurrenceEngine} (raw LLR, no down-sampling, minimum support 1) and by Apache Mahout Taste
 * 0.13's {@link MultithreadedBatchItemSimilarities} over {@link LogLikelihoodSimilarity} (user = basket):
 * wall-clock time of each (median of several runs, data loading and Taste's model building excluded,
 * one untimed JIT warm-up run of Pointe), and a check that both give the same lists up to ties.
 *
 * <p>How lists are compared. Taste's similarity is {@code s = 1 - 1/(1 + G²)}, a monotone function of
 * Pointe's raw G², so both rank the same way; but Taste keeps and reports {@code s} as a {@code float}
 * and ranks by it, so pairs whose G² differ only beyond float precision are ties for Taste (broken by
 * hash order) while Pointe orders them by the exact value (then by id). Hence, per item:
 * <ul>
 *   <li>values: for every pair in both lists, Pointe's G² equals Taste's double similarity converted back
 *       ({@code s / (1 - s)}) within 1e-9 relative (absolute below 1);</li>
 *   <li>ranks: the two lists hold the same multiset of Taste float similarities (Pointe's entries are
 *       looked up in Taste), and the same ids for every similarity value, except in the lowest group of a
 *       full list, where an equal number of tied pairs may be chosen differently; there, every pair that
 *       only Taste kept must have a G² no larger than Pointe's last entry;</li>
 *   <li>zeros: pairs with G² = 0 (up to round-off, below 1e-9) are left out on both sides: Pointe drops
 *       them (it keeps positive scores only) while Taste may fill a short list with similarity 0.
 *       Taste's NaN (pairs never together) cannot occur among its candidates, which all co-occur; any is
 *       left out too and counted.</li>
 * </ul>
 * Exits with status 1 when any list differs beyond ties.
 */
public final class NeighbourBenchmark {

    static final String USAGE = "usage: NeighbourBenchmark --data DIR [--top 20] [--runs 3] [--threads 2] [--examples 5]\n"
            + "  DIR holds the Brijs retail baskets (retail.dat.gz)";
    private static final double ZERO = 1e-9;
    private static final double TOLERANCE = 1e-9;

    private NeighbourBenchmark() {
    }

    public static void main(String[] argv) {
        int status;
        try {
            Args args = new Args(argv, Set.of("data", "top", "runs", "threads", "examples"), USAGE);
            status = run(Path.of(args.required("data", USAGE)), args.getInt("top", 20), args.getInt("runs", 3),
                    args.getInt("threads", 2), args.getInt("examples", 5));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            status = 2;
        }
        System.exit(status);
    }

    static int run(Path data, int topK, int runs, int threads, int examples) {
        if (runs < 1 || threads < 1 || topK < 1) throw new IllegalArgumentException("--top, --runs and --threads must be at least 1");
        Dataset dataset = new DatasetLoader().load(DatasetPresets.brijsRetail(data, 0.1), n -> { });
        Baskets baskets = dataset.baskets();
        int n = baskets.items().size();
        System.out.printf(Locale.ROOT, "Brijs retail: %,d baskets, %,d items, %,d item occurrences; top %d raw-LLR neighbours,"
                + " minimum support 1, %d threads, median of %d runs%n", baskets.size(), n, baskets.occurrences(), topK, threads, runs);

        CooccurrenceConfig config = new CooccurrenceConfig(Measures.RAW_LLR, topK, 1, Integer.MAX_VALUE, Integer.MAX_VALUE, 42, threads);
        ItemAssociations pointe = new CooccurrenceEngine(config).compute(baskets, null, x -> { }); // JIT warm-up, untimed
        double[] pointeSeconds = new double[runs];
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            pointe = new CooccurrenceEngine(config).compute(baskets, null, x -> { });
            pointeSeconds[r] = (System.nanoTime() - t0) / 1e9;
        }
        System.out.printf(Locale.ROOT, "Pointe runs (s): %s%n", seconds(pointeSeconds));

        long t0 = System.nanoTime();
        GenericBooleanPrefDataModel model = TasteData.booleanModel(baskets);
        System.out.printf(Locale.ROOT, "Taste model built in %.2f s (not timed): %,d users, %,d items%n",
                (System.nanoTime() - t0) / 1e9, model.getNumUsers(), model.getNumItems());
        double[] mahoutSeconds = new double[runs];
        Collector mahout = null;
        for (int r = 0; r < runs; r++) {
            mahout = new Collector(n);
            t0 = System.nanoTime();
            try {
                GenericItemBasedRecommender recommender = new GenericItemBasedRecommender(model, new LogLikelihoodSimilarity(model));
                new MultithreadedBatchItemSimilarities(recommender, topK).computeItemSimilarities(threads, 1, mahout);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            mahoutSeconds[r] = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "Mahout run %d: %.2f s%n", r + 1, mahoutSeconds[r]);
        }
        System.out.printf(Locale.ROOT, "Mahout runs (s): %s%n", seconds(mahoutSeconds));

        ItemAssociations wider = new CooccurrenceEngine(config.withTopK(topK + 1)).compute(baskets, null, x -> { }); // untimed
        Check check = new Check(model, pointe, wider, mahout, topK, examples);
        for (int item = 0; item < n; item++) check.item(item, baskets);

        double pointeMedian = median(pointeSeconds);
        double mahoutMedian = median(mahoutSeconds);
        System.out.println();
        System.out.printf(Locale.ROOT, "items compared:            %,d%n", n);
        System.out.printf(Locale.ROOT, "lists identical:           %,d (same ids in the same order)%n", check.identical);
        System.out.printf(Locale.ROOT, "lists equal up to ties:    %,d (including the identical ones; %,d differ only among tied pairs)%n",
                check.equalUpToTies, check.equalUpToTies - check.identical);
        System.out.printf(Locale.ROOT, "mismatches:                %,d%n", check.mismatches);
        for (String example : check.examples) System.out.println("  " + example);
        System.out.printf(Locale.ROOT, "pairs compared by value:   %,d; max |Δ G²| / max(G², 1) = %.3g (tolerance %.0e);"
                + " Taste float ≠ float of its double similarity: %,d%n", check.valuePairs, check.maxRelative, TOLERANCE, check.floatDisagreements);
        System.out.printf(Locale.ROOT, "zero-score entries ignored: %,d Taste entries with similarity 0 (G² = 0, which Pointe drops),"
                + " %,d Pointe entries with G² <= %.0e, %,d Taste NaN entries%n", check.zeroMahout, check.zeroPointe, ZERO, check.nanMahout);
        System.out.printf(Locale.ROOT, "lists with a tie group cut at position %d: %,d (pairs chosen differently in %,d of them)%n",
                topK, check.boundaryTies, check.boundaryDiffers);
        System.out.printf(Locale.ROOT, "Pointe median seconds:     %.3f%n", pointeMedian);
        System.out.printf(Locale.ROOT, "Mahout median seconds:     %.3f%n", mahoutMedian);
        System.out.printf(Locale.ROOT, "speed ratio Mahout/Pointe: %.1fx%n", mahoutMedian / pointeMedian);

        antiCorrelated(pointe);
        return check.mismatches == 0 ? 0 : 1;
    }

    /** How many raw-LLR neighbours are pairs seen together less often than chance predicts. */
    private static void antiCorrelated(ItemAssociations a) {
        Neighbours all = a.all();
        long entries = all.size();
        long anti = 0;
        for (int i = 0; i < all.items(); i++) {
            for (int p = all.start(i); p < all.end(i); p++) {
                double expected = (double) a.itemCounts()[i] * a.itemCounts()[all.idAt(p)] / a.total();
                if (all.togetherAt(p) < expected) anti++;
            }
        }
        System.out.printf(Locale.ROOT, "raw-LLR neighbour entries with fewer shared baskets than chance (anti-correlated): %,d of %,d (%.2f%%)%n",
                anti, entries, 100.0 * anti / Math.max(1, entries));
    }

    private static String seconds(double[] s) {
        StringBuilder out = new StringBuilder();
        for (double v : s) out.append(out.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", v));
        return out.append(String.format(Locale.ROOT, " (median %.3f)", median(s))).toString();
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** Keeps Taste's lists in memory, by item id (Pointe's ids are dense). */
    private static final class Collector implements SimilarItemsWriter {
        final long[][] ids;
        final double[][] similarities;

        Collector(int items) {
            ids = new long[items][];
            similarities = new double[items][];
        }

        @Override
        public void open() {
        }

        @Override
        public synchronized void add(SimilarItems similar) {
            int item = (int) similar.getItemID();
            long[] i = new long[similar.numSimilarItems()];
            double[] s = new double[i.length];
            int k = 0;
            for (SimilarItem e : similar.getSimilarItems()) {
                i[k] = e.getItemID();
                s[k++] = e.getSimilarity();
            }
            ids[item] = i;
            similarities[item] = s;
        }

        @Override
        public void close() {
        }

        synchronized long[] ids(int item) {
            return ids[item] == null ? new long[0] : ids[item];
        }

        synchronized double[] similarities(int item) {
            return similarities[item] == null ? new double[0] : similarities[item];
        }
    }

    /** Compares the lists of one item after another and keeps the counts. */
    private static final class Check {
        final GenericBooleanPrefDataModel model;
        final LogLikelihoodSimilarity similarity;
        final ItemAssociations pointe;
        final ItemAssociations pointeWider;
        final Collector mahout;
        final int topK;
        final int maxExamples;
        final List<String> examples = new ArrayList<>();
        int identical;
        int equalUpToTies;
        int mismatches;
        int boundaryTies;
        int boundaryDiffers;
        long zeroMahout;
        long zeroPointe;
        long nanMahout;
        long valuePairs;
        long floatDisagreements;
        double maxRelative;

        Check(GenericBooleanPrefDataModel model, ItemAssociations pointe, ItemAssociations pointeWider, Collector mahout,
              int topK, int maxExamples) {
            this.model = model;
            this.similarity = new LogLikelihoodSimilarity(model);
            this.pointe = pointe;
            this.pointeWider = pointeWider;
            this.mahout = mahout;
            this.topK = topK;
            this.maxExamples = maxExamples;
        }

        void item(int a, Baskets baskets) {
            Neighbours all = pointe.all();
            List<Integer> pIds = new ArrayList<>();
            List<Double> pLlr = new ArrayList<>();
            for (int p = all.start(a); p < all.end(a); p++) {
                if (all.scoreAt(p) <= ZERO) {
                    zeroPointe++;
                    continue;
                }
                pIds.add(all.idAt(p));
                pLlr.add(all.scoreAt(p));
            }
            boolean pointeFull = all.count(a) == topK;
            List<Integer> mIds = new ArrayList<>();
            Map<Integer, Float> mValue = new HashMap<>();
            long[] rawIds = mahout.ids(a);
            double[] rawSimilarities = mahout.similarities(a);
            for (int i = 0; i < rawIds.length; i++) {
                double s = rawSimilarities[i];
                if (Double.isNaN(s)) {
                    nanMahout++;
                } else if (s <= ZERO) {
                    zeroMahout++;
                    if (all.score(a, (int) rawIds[i]) > ZERO) {
                        fail(a, baskets, "Taste scores " + rawIds[i] + " 0, Pointe " + all.score(a, (int) rawIds[i]), pIds, pLlr, rawIds, rawSimilarities);
                        return;
                    }
                } else {
                    mIds.add((int) rawIds[i]);
                    mValue.put((int) rawIds[i], (float) s);
                }
            }
            boolean same = pIds.equals(mIds);

            // values: Pointe's G² against Taste's double similarity, converted back
            float[] pFloat = new float[pIds.size()];
            for (int i = 0; i < pIds.size(); i++) {
                int id = pIds.get(i);
                double s = tasteSimilarity(a, id);
                pFloat[i] = (float) s;
                Float reported = mValue.get(id);
                if (reported == null) continue;
                valuePairs++;
                if (reported != (float) s) floatDisagreements++;
                double llr = pLlr.get(i);
                double error = Math.abs(llr - s / (1 - s)) / Math.max(llr, 1);
                maxRelative = Math.max(maxRelative, error);
                if (!(error <= TOLERANCE)) {
                    fail(a, baskets, String.format(Locale.ROOT, "G² of %d: Pointe %.12g, Taste %.12g", id, llr, s / (1 - s)),
                            pIds, pLlr, rawIds, rawSimilarities);
                    return;
                }
            }
            // ranks: same multiset of Taste float similarities, same ids per value but in a cut last group
            float[] pSorted = pFloat.clone();
            Arrays.sort(pSorted);
            float[] mSorted = new float[mIds.size()];
            for (int i = 0; i < mIds.size(); i++) mSorted[i] = mValue.get(mIds.get(i));
            Arrays.sort(mSorted);
            if (!Arrays.equals(pSorted, mSorted)) {
                fail(a, baskets, "different similarity values (" + pSorted.length + " vs " + mSorted.length + " entries)",
                        pIds, pLlr, rawIds, rawSimilarities);
                return;
            }
            if (pSorted.length == 0) {
                countEqual(same);
                return;
            }
            float lowest = pSorted[0];
            TreeSet<Float> values = new TreeSet<>();
            for (float v : pSorted) values.add(v);
            boolean cut = pointeFull && pIds.size() == topK;
            boolean differs = false;
            if (cut && tiedBeyond(a, lowest)) boundaryTies++;
            for (float v : values) {
                Set<Integer> inPointe = new HashSet<>();
                for (int i = 0; i < pIds.size(); i++) if (pFloat[i] == v) inPointe.add(pIds.get(i));
                Set<Integer> inMahout = new HashSet<>();
                for (int id : mIds) if (mValue.get(id) == v) inMahout.add(id);
                if (inPointe.equals(inMahout)) continue;
                if (v == lowest && cut) {
                    double last = pLlr.get(pLlr.size() - 1);
                    for (int id : inMahout) {
                        if (inPointe.contains(id)) continue;
                        double llr = pointeLlr(a, id);
                        if (llr > last * (1 + TOLERANCE)) {
                            fail(a, baskets, String.format(Locale.ROOT, "Taste keeps %d (G² %.12g) that beats Pointe's last (%.12g)", id, llr, last),
                                    pIds, pLlr, rawIds, rawSimilarities);
                            return;
                        }
                    }
                    differs = true;
                    continue;
                }
                fail(a, baskets, "different ids at similarity " + v + ": Pointe " + inPointe + ", Taste " + inMahout,
                        pIds, pLlr, rawIds, rawSimilarities);
                return;
            }
            if (differs) boundaryDiffers++;
            countEqual(same);
        }

        /**
         * Whether the pair ranked just below Pointe's list (from a run keeping one more neighbour) ties, in
         * Taste's float similarity, with the list's last entry: then the list cuts a group of tied pairs.
         */
        private boolean tiedBeyond(int a, float lowest) {
            Neighbours wider = pointeWider.all();
            if (wider.count(a) <= topK) return false;
            return (float) tasteSimilarity(a, wider.idAt(wider.start(a) + topK)) == lowest;
        }

        private void countEqual(boolean same) {
            equalUpToTies++;
            if (same) identical++;
        }

        private double tasteSimilarity(int a, int b) {
            try {
                return similarity.itemSimilarity(a, b);
            } catch (TasteException e) {
                throw new IllegalStateException(e);
            }
        }

        private double pointeLlr(int a, int b) {
            long both = model.getNumUsersWithPreferenceFor(a, b);
            return Measures.RAW_LLR.score(both, pointe.itemCounts()[a], pointe.itemCounts()[b], pointe.total());
        }

        private void fail(int a, Baskets baskets, String why, List<Integer> pIds, List<Double> pLlr, long[] mIds, double[] mSimilarities) {
            mismatches++;
            if (examples.size() >= maxExamples) return;
            StringBuilder p = new StringBuilder();
            for (int i = 0; i < pIds.size(); i++) {
                p.append(String.format(Locale.ROOT, " %s:%.6g", baskets.items().sku(pIds.get(i)), pLlr.get(i)));
            }
            StringBuilder m = new StringBuilder();
            for (int i = 0; i < mIds.length; i++) {
                double s = mSimilarities[i];
                m.append(String.format(Locale.ROOT, " %s:%.6g", baskets.items().sku((int) mIds[i]), s / (1 - s)));
            }
            examples.add("item " + baskets.items().sku(a) + ": " + why + "\n    Pointe G²:" + p + "\n    Taste G²: " + m);
        }
    }
}

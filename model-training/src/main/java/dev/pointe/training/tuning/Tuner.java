package dev.pointe.training.tuning;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.evaluation.EvaluationCase;
import dev.pointe.training.evaluation.Protocol;
import dev.pointe.training.evaluation.PublishedLists;
import dev.pointe.training.evaluation.RankingMetrics;
import dev.pointe.training.evaluation.Recommender;
import dev.pointe.training.evaluation.Split;
import dev.pointe.training.evaluation.SplitKind;
import dev.pointe.training.evaluation.Splitter;
import dev.pointe.training.events.Baskets;
import dev.pointe.training.looks.LookConfig;
import dev.pointe.training.looks.LookModel;
import dev.pointe.training.similarity.CooccurrenceConfig;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Searches the list settings for the best published lists on validation splits carved from the
 * training data: the evaluation's test cases are never looked at. Seeded random search over the
 * settings that shape the estimate (smoothing, two-step weight, style weight, diversity), then a local
 * search around the best; every trial scores the published lists, as served, on the validation cases.
 * The co-occurrence settings are not searched (they cost a new co-occurrence run per trial and moved
 * nothing on our data); give them as options to compare.
 */
public final class Tuner {

    /**
     * One tried setting.
     *
     * @param number    1 for the starting settings
     * @param changes   the settings that differ from the starting ones
     * @param objective mean HR@K over the validation cases and protocols
     * @param ndcg      mean NDCG@K likewise
     * @param seconds   wall time of the trial
     */
    public record Trial(int number, ModelSettings settings, Map<String, Object> changes, double objective, double ndcg,
                        double seconds) {
    }

    /** The outcome: every trial in order and the best one. */
    public record Result(List<Trial> trials, Trial best, int validationCases, int validationBaskets) {
    }

    private final Baskets training;
    private final Catalog catalog;
    private final List<Protocol> protocols;
    private final int k;
    private final long seed;
    private final java.util.Set<String> fixed;
    private final Map<String, LookModel> learned = new HashMap<>();
    private final List<Split> validation = new ArrayList<>();

    /**
     * @param training   the training part of the evaluation split (the tuner carves its own validation splits from it)
     * @param protocols  the protocols whose HR@K is averaged, at least one
     * @param folds      validation splits (seeds seed+1 ..), each holding out 20% of the training baskets; more
     *                   folds, less noise in every trial's score, more time per trial; at least 1
     * @param maxCases   validation cases per protocol and fold
     * @param fixed      names of settings ({@link ModelSettings#toMap()}) the search keeps as they start
     */
    public Tuner(Baskets training, Catalog catalog, List<Protocol> protocols, int k, long seed, int folds, int maxCases,
                 java.util.Set<String> fixed) {
        if (protocols.isEmpty()) throw new IllegalArgumentException("at least one protocol to tune for");
        if (folds < 1) throw new IllegalArgumentException("folds must be at least 1, was " + folds);
        this.training = training;
        this.catalog = catalog;
        this.protocols = List.copyOf(protocols);
        this.k = k;
        this.seed = seed;
        this.fixed = java.util.Set.copyOf(fixed);
        for (int f = 1; f <= folds; f++) {
            Splitter inner = new Splitter(0.2, seed + f, maxCases);
            for (Protocol p : protocols) validation.add(inner.split(training, catalog, SplitKind.RANDOM, p));
        }
    }

    /**
     * Runs until {@code maxTrials} or the time budget is spent.
     *
     * @param clock     nanoseconds, for the budget
     * @param onTrial   receives every trial as it finishes
     */
    public Result run(ModelSettings start, int maxTrials, long budgetNanos, LongSupplier clock, Consumer<Trial> onTrial) {
        long t0 = clock.getAsLong();
        SplittableRandom random = new SplittableRandom(seed);
        List<Trial> trials = new ArrayList<>();
        Trial best = trial(1, start, start, clock);
        trials.add(best);
        onTrial.accept(best);
        int randomTrials = Math.max(1, maxTrials / 2);
        java.util.Set<ModelSettings> tried = new java.util.HashSet<>();
        tried.add(start);
        for (int n = 2; n <= maxTrials && clock.getAsLong() - t0 < budgetNanos; n++) {
            ModelSettings candidate = null;
            for (int attempt = 0; attempt < 20 && (candidate == null || tried.contains(candidate)); attempt++) {
                candidate = n <= randomTrials ? sample(start, random, fixed) : perturb(best.settings(), random, fixed);
            }
            if (!tried.add(candidate)) break; // the neighbourhood of the best is exhausted
            Trial t = trial(n, start, candidate, clock);
            trials.add(t);
            onTrial.accept(t);
            if (t.objective() > best.objective() || (t.objective() == best.objective() && t.ndcg() > best.ndcg())) best = t;
        }
        int cases = validation.stream().mapToInt(s -> s.cases().size()).sum();
        return new Result(trials, best, cases, validation.get(0).training().size());
    }

    private Trial trial(int number, ModelSettings start, ModelSettings settings, LongSupplier clock) {
        long t0 = clock.getAsLong();
        double hits = 0;
        double gains = 0;
        for (Split split : validation) {
            LookModel model = model(split, settings);
            Recommender recommender = PublishedLists.recommender(model, settings.looks(), split.protocol());
            double h = 0;
            double g = 0;
            for (EvaluationCase c : split.cases()) {
                int[] ranked = recommender.recommend(c.seeds(), k);
                h += RankingMetrics.hitRate(ranked, c.targets(), k);
                g += RankingMetrics.ndcg(ranked, c.targets(), k);
            }
            int n = Math.max(1, split.cases().size());
            hits += h / n;
            gains += g / n;
        }
        return new Trial(number, settings, changes(start, settings), hits / validation.size(), gains / validation.size(),
                (clock.getAsLong() - t0) / 1e9);
    }

    /** The learned part depends only on the co-occurrence settings and the content pool. */
    private LookModel model(Split split, ModelSettings settings) {
        CooccurrenceConfig co = settings.cooccurrence();
        LookConfig looks = settings.looks();
        String key = System.identityHashCode(split.training()) + "|" + co + "|" + looks.contentPool();
        if (!learned.containsKey(key)) {
            // a few learned models per validation split; most trials only change how lists are built from them
            if (learned.size() >= 2 * validation.size()) learned.clear();
            learned.put(key, LookModel.learn(split.training(), catalog, co, looks, n -> { }));
        }
        return learned.get(key);
    }

    private static final double[] CATEGORY_SMOOTHING = {1, 10, 100};

    /** A random point of the search space (the fixed settings stay as they start). */
    static ModelSettings sample(ModelSettings start, SplittableRandom random, java.util.Set<String> fixed) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("itemSmoothing", round(logUniform(random, 1, 3000)));
        m.put("familySmoothing", round(logUniform(random, 1, 3000)));
        m.put("categorySmoothing", CATEGORY_SMOOTHING[random.nextInt(CATEGORY_SMOOTHING.length)]);
        m.put("twoHopWeight", round(random.nextDouble()));
        m.put("styleWeight", round(random.nextDouble() * 3));
        m.put("diversity", round(0.7 + 0.3 * Math.sqrt(random.nextDouble())));
        m.keySet().removeAll(fixed);
        return start.with(m);
    }

    /** A neighbour of the best settings: one or two of them moved a little (never a fixed one). */
    static ModelSettings perturb(ModelSettings best, SplittableRandom random, java.util.Set<String> fixed) {
        LookConfig l = best.looks();
        Map<String, Object> m = new LinkedHashMap<>();
        int moves = 1 + random.nextInt(2);
        for (int i = 0; i < moves; i++) {
            switch (random.nextInt(6)) {
                case 0 -> m.put("itemSmoothing", round(clamp(l.itemSmoothing() * Math.exp(random.nextGaussian() * 0.7), 0.1, 10_000)));
                case 1 -> m.put("familySmoothing", round(clamp(l.familySmoothing() * Math.exp(random.nextGaussian() * 0.7), 0.1, 10_000)));
                case 2 -> m.put("twoHopWeight", round(clamp(l.twoHopWeight() + random.nextGaussian() * 0.15, 0, 1)));
                case 3 -> m.put("styleWeight", round(clamp(l.styleWeight() + random.nextGaussian() * 0.4, 0, 5)));
                case 4 -> m.put("diversity", round(clamp(l.diversity() + random.nextGaussian() * 0.05, 0.5, 1)));
                default -> m.put("categorySmoothing", CATEGORY_SMOOTHING[random.nextInt(CATEGORY_SMOOTHING.length)]);
            }
        }
        m.keySet().removeAll(fixed);
        return best.with(m);
    }

    /** The settings of {@code settings} whose values differ from {@code start}'s. */
    static Map<String, Object> changes(ModelSettings start, ModelSettings settings) {
        Map<String, Object> a = start.toMap();
        Map<String, Object> out = new LinkedHashMap<>();
        settings.toMap().forEach((name, value) -> {
            if (!value.equals(a.get(name))) out.put(name, value);
        });
        return out;
    }

    private static double logUniform(SplittableRandom random, double low, double high) {
        return Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low)));
    }

    private static double clamp(double v, double low, double high) {
        return Math.max(low, Math.min(high, v));
    }

    /** Three significant digits: settings files stay readable and trials comparable. */
    static double round(double v) {
        if (v == 0) return 0;
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).doubleValue();
    }
}

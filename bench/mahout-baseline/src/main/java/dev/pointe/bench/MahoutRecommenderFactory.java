package dev.pointe.bench;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.evaluation.Protocol;
import dev.pointe.training.evaluation.Recommender;
import dev.pointe.training.evaluation.RecommenderFactory;
import dev.pointe.training.evaluation.TrainingSet;
import org.apache.mahout.cf.taste.common.TasteException;
import org.apache.mahout.cf.taste.impl.model.BooleanUserPreferenceArray;
import org.apache.mahout.cf.taste.impl.model.GenericBooleanPrefDataModel;
import org.apache.mahout.cf.taste.impl.model.PlusAnonymousUserDataModel;
import org.apache.mahout.cf.taste.impl.recommender.GenericBooleanPrefItemBasedRecommender;
import org.apache.mahout.cf.taste.impl.recommender.GenericItemBasedRecommender;
import org.apache.mahout.cf.taste.impl.similarity.LogLikelihoodSimilarity;
import org.apache.mahout.cf.taste.recommender.IDRescorer;
import org.apache.mahout.cf.taste.recommender.RecommendedItem;
import org.apache.mahout.cf.taste.similarity.ItemSimilarity;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Apache Mahout Taste 0.13 item-based collaborative filtering as an evaluation method, for side-by-side
 * comparison with Pointe.
 *
 * <p>Training: the training baskets become a {@link GenericBooleanPrefDataModel} (user = basket, see
 * {@link TasteData}) with Taste's {@link LogLikelihoodSimilarity} (unsigned LLR, similarity
 * {@code 1 - 1/(1 + G²)}). Answering: the seeds are a shopper the model has never seen, so they are set
 * as the temporary anonymous user of a {@link PlusAnonymousUserDataModel} wrapping the model (boolean
 * preferences) and Taste recommends for {@link PlusAnonymousUserDataModel#TEMP_USER_ID}. Seeds unknown
 * to the training data are left out (they share no basket with anything); when none is left, or Taste
 * fails, the answer is empty. Recommendations are deterministic (Taste breaks ties by its hash-set
 * iteration order, which only depends on the data). Not thread-safe: one recommender answers one
 * question at a time, as the evaluator asks them.
 *
 * <p>Variants:
 * <ul>
 *   <li>{@code mahout-llr}: {@link GenericItemBasedRecommender}, Taste's stock item-based recommender;</li>
 *   <li>{@code mahout-llr-boolean}: {@link GenericBooleanPrefItemBasedRecommender}, which scores a
 *       candidate by the sum of its similarities to the seeds (Taste's recommender for boolean data);</li>
 *   <li>{@code mahout-llr-other-categories}, {@code mahout-llr-boolean-other-categories}: the same with an
 *       {@link IDRescorer} that filters out items of the seeds' categories, so that the category-blind
 *       Mahout is not penalised on the cross-category protocol for showing same-category items.</li>
 * </ul>
 */
public final class MahoutRecommenderFactory implements RecommenderFactory {

    /** The Taste configurations compared. */
    public enum Variant {
        LLR("mahout-llr", false, false),
        LLR_BOOLEAN("mahout-llr-boolean", true, false),
        LLR_OTHER_CATEGORIES("mahout-llr-other-categories", false, true),
        LLR_BOOLEAN_OTHER_CATEGORIES("mahout-llr-boolean-other-categories", true, true);

        private final String methodName;
        private final boolean booleanEstimate;
        private final boolean otherCategoriesOnly;

        Variant(String methodName, boolean booleanEstimate, boolean otherCategoriesOnly) {
            this.methodName = methodName;
            this.booleanEstimate = booleanEstimate;
            this.otherCategoriesOnly = otherCategoriesOnly;
        }

        /** The method name in reports, e.g. {@code mahout-llr}. */
        public String methodName() {
            return methodName;
        }

        /** The variant with this method name. */
        public static Variant named(String name) {
            for (Variant v : values()) {
                if (v.methodName.equals(name.toLowerCase(Locale.ROOT))) return v;
            }
            throw new IllegalArgumentException("unknown Mahout variant '" + name + "' (expected one of "
                    + Arrays.stream(values()).map(Variant::methodName).toList() + ")");
        }
    }

    /**
     * What the last trained recommender answered, to explain its scores.
     *
     * @param lists      questions answered
     * @param empty      answers with no item
     * @param items      items returned in all answers
     * @param allTied    answers of two or more items that all have the same Taste estimate
     * @param allOne     answers of one or more items whose estimates are all exactly 1.0
     * @param failures   questions on which Taste threw (answered with nothing)
     * @param pairs      (recommended item, seed) pairs that share at least one training basket
     * @param antiPairs  those of them seen together in fewer training baskets than chance predicts
     *                   (anti-correlated), which unsigned LLR scores as high as attracted pairs
     * @param seconds    wall time spent in Taste answering the questions
     */
    public record Diagnostics(int lists, int empty, long items, int allTied, int allOne, int failures,
                              long pairs, long antiPairs, double seconds) {
    }

    private final Variant variant;
    private Stats lastStats = new Stats();

    /** @param variantName one of the {@link Variant} method names, e.g. {@code mahout-llr} */
    public MahoutRecommenderFactory(String variantName) {
        this(Variant.named(variantName));
    }

    public MahoutRecommenderFactory(Variant variant) {
        this.variant = variant;
    }

    /** The Mahout variants that fit a protocol: the category filters only make sense for cross-category. */
    public static List<MahoutRecommenderFactory> forProtocol(Protocol protocol) {
        return Arrays.stream(Variant.values())
                .filter(v -> protocol == Protocol.CROSS_CATEGORY || protocol == Protocol.CROSS_CATEGORY_ALL || !v.otherCategoriesOnly)
                .map(MahoutRecommenderFactory::new)
                .toList();
    }

    public Variant variant() {
        return variant;
    }

    @Override
    public String name() {
        return variant.methodName;
    }

    /** The answers of the recommender trained last (zeros before any question). */
    public Diagnostics diagnostics() {
        return lastStats.snapshot();
    }

    @Override
    public Recommender train(TrainingSet training) {
        GenericBooleanPrefDataModel model = TasteData.booleanModel(training.baskets());
        PlusAnonymousUserDataModel plus = new PlusAnonymousUserDataModel(model);
        ItemSimilarity similarity = new LogLikelihoodSimilarity(plus);
        GenericItemBasedRecommender recommender = variant.booleanEstimate
                ? new GenericBooleanPrefItemBasedRecommender(plus, similarity)
                : new GenericItemBasedRecommender(plus, similarity);
        Stats stats = new Stats();
        lastStats = stats;
        return new TasteRecommender(model, plus, recommender, variant.otherCategoriesOnly ? training.catalog() : null, stats);
    }

    /** Answers questions through the anonymous user of a {@link PlusAnonymousUserDataModel}. */
    private static final class TasteRecommender implements Recommender {

        private final GenericBooleanPrefDataModel model;
        private final PlusAnonymousUserDataModel plus;
        private final GenericItemBasedRecommender recommender;
        private final Catalog categoryFilter;
        private final Stats stats;

        TasteRecommender(GenericBooleanPrefDataModel model, PlusAnonymousUserDataModel plus,
                         GenericItemBasedRecommender recommender, Catalog categoryFilter, Stats stats) {
            this.model = model;
            this.plus = plus;
            this.recommender = recommender;
            this.categoryFilter = categoryFilter;
            this.stats = stats;
        }

        @Override
        public int[] recommend(int[] seeds, int k) {
            stats.lists++;
            long[] known = Arrays.stream(seeds).distinct().filter(s -> model.getNumUsersWithPreferenceFor(s) > 0)
                    .mapToLong(s -> s).toArray();
            if (known.length == 0 || k < 1) {
                stats.empty++;
                return new int[0];
            }
            BooleanUserPreferenceArray prefs = new BooleanUserPreferenceArray(known.length);
            prefs.setUserID(0, PlusAnonymousUserDataModel.TEMP_USER_ID);
            for (int i = 0; i < known.length; i++) prefs.setItemID(i, known[i]);
            List<RecommendedItem> items;
            long t0 = System.nanoTime();
            plus.setTempPrefs(prefs);
            try {
                items = recommender.recommend(PlusAnonymousUserDataModel.TEMP_USER_ID, k, rescorer(seeds));
            } catch (TasteException e) { // includes NoSuchItemException, NoSuchUserException
                stats.failures++;
                stats.empty++;
                return new int[0];
            } finally {
                plus.clearTempPrefs();
                stats.nanos += System.nanoTime() - t0;
            }
            int[] out = new int[Math.min(k, items.size())];
            int n = 0;
            boolean tied = items.size() >= 2;
            boolean one = !items.isEmpty();
            for (RecommendedItem item : items) {
                tied &= item.getValue() == items.get(0).getValue();
                one &= item.getValue() == 1.0f;
                int id = (int) item.getItemID();
                if (n < out.length && !contains(seeds, id)) {
                    out[n++] = id;
                    countPairs(id, known);
                }
            }
            if (n == 0) stats.empty++;
            if (tied) stats.allTied++;
            if (one) stats.allOne++;
            stats.items += n;
            return n == out.length ? out : Arrays.copyOf(out, n);
        }

        /** Counts the co-occurring and the anti-correlated (item, seed) pairs, on the training data only. */
        private void countPairs(int item, long[] seeds) {
            double users = model.getNumUsers();
            int withItem = model.getNumUsersWithPreferenceFor(item);
            for (long seed : seeds) {
                int both = model.getNumUsersWithPreferenceFor(item, seed);
                if (both == 0) continue;
                stats.pairs++;
                if (both < withItem * (double) model.getNumUsersWithPreferenceFor(seed) / users) stats.antiPairs++;
            }
        }

        /** Null (no filter), or a filter of the seeds' categories. */
        private IDRescorer rescorer(int[] seeds) {
            if (categoryFilter == null) return null;
            BitSet seedCategories = new BitSet();
            for (int s : seeds) seedCategories.set(categoryFilter.categoryOf(s));
            return new IDRescorer() {
                @Override
                public double rescore(long id, double originalScore) {
                    return originalScore;
                }

                @Override
                public boolean isFiltered(long id) {
                    return seedCategories.get(categoryFilter.categoryOf((int) id));
                }
            };
        }

        private static boolean contains(int[] array, int value) {
            for (int v : array) if (v == value) return true;
            return false;
        }
    }

    /** Mutable counters behind {@link Diagnostics}. */
    private static final class Stats {
        int lists;
        int empty;
        long items;
        int allTied;
        int allOne;
        int failures;
        long pairs;
        long antiPairs;
        long nanos;

        Diagnostics snapshot() {
            return new Diagnostics(lists, empty, items, allTied, allOne, failures, pairs, antiPairs, nanos / 1e9);
        }
    }
}

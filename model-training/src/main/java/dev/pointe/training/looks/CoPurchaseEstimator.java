package dev.pointe.training.looks;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.similarity.Neighbours;
import dev.pointe.training.similarity.TopK;
import it.unimi.dsi.fastutil.ints.Int2DoubleOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2LongOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;

import java.util.PriorityQueue;

/**
 * Estimates, for one seed item, how likely each candidate is to be in the same basket: the quantity a
 * single-target evaluation rewards, and what "goes with this" means to a shopper.
 *
 * <p>A hierarchical (Dirichlet) estimate that backs off from the item to its product family to its
 * category, so that thinly sold items borrow evidence instead of falling to best-sellers:
 * <pre>
 *   p(j | s) = (c(s, j) + a_item · q(j | s)) / (n(s) + a_item)
 *   q(j | s) = (c(F, j) + a_family · r(j | s)) / (n(F) + a_family)
 *   r(j | s) = (1 − λ) · p0(j | s) + λ · h(j | s)
 *   p0(j | s) = P(cat j | cat s) · n(j) / n(cat j)
 *   h(j | s) = Σ_k P(k | s) · P(j | k) / Σ_k P(k | s)
 * </pre>
 * where c(s, j) counts baskets holding both (every pair, even one seen once), n(s) baskets holding s,
 * F the seed's other family members (colour variants) with their summed counts, and p0 the category
 * prior: how often the seed's category is bought with the candidate's, times the candidate's share of
 * its category; h is the two-step estimate over the seed's neighbours k (bought with what is bought with
 * the seed), mixed in with weight λ. The estimate is then lifted by style coherence learned from the
 * same baskets, × affinity(s, j)^(w · a_item / (n(s) + a_item)) ({@link AttributeAffinity}: which colours,
 * materials and tags are bought together): a prior belief, so its weight fades as the seed's own
 * evidence grows, as the back-off's does (on dense data, such as 169 grocery items, the items' own
 * baskets know better). The plain co-occurrence count is the special case a_item → 0; popularity in
 * complementary categories is a_item → ∞.
 */
public final class CoPurchaseEstimator {

    /** Which candidates a list may hold, relative to the seed's category. */
    public enum Scope {
        /** Other categories only (complete the look); every category when the catalogue has one. */
        OTHER_CATEGORIES,
        /** Any category (bought together). */
        ANY_CATEGORY,
        /** The seed's own category (similar items, substitutes). */
        SAME_CATEGORY
    }

    /** Where a candidate's evidence came from, for its reason. */
    public enum Evidence {
        /** Bought (or viewed) in the same baskets as the seed. */
        ITEM,
        /** Bought with another variant of the seed's family. */
        FAMILY,
        /** Only the category prior: what the seed's category is bought with. */
        CATEGORY
    }

    /** The scored candidates of one seed; parallel arrays, unordered, {@code size} valid entries. */
    public static final class Candidates {
        int size;
        int[] ids = new int[256];
        double[] scores = new double[256];
        Evidence[] evidence = new Evidence[256];

        void add(int id, double score, Evidence e) {
            if (size == ids.length) {
                ids = java.util.Arrays.copyOf(ids, size * 2);
                scores = java.util.Arrays.copyOf(scores, size * 2);
                evidence = java.util.Arrays.copyOf(evidence, size * 2);
            }
            ids[size] = id;
            scores[size] = score;
            evidence[size++] = e;
        }

        public int size() {
            return size;
        }

        public int id(int i) {
            return ids[i];
        }

        public double score(int i) {
            return scores[i];
        }

        public Evidence evidence(int i) {
            return evidence[i];
        }
    }

    private final LookModel model;
    private final LookConfig config;
    /** The prior's best candidates per (scope, seed category): they depend on nothing else. */
    private final java.util.concurrent.atomic.AtomicReferenceArray<int[]> priorCache;

    public CoPurchaseEstimator(LookModel model, LookConfig config) {
        this.model = model;
        this.config = config;
        this.priorCache = new java.util.concurrent.atomic.AtomicReferenceArray<>(Scope.values().length * model.catalog().categories().size());
    }

    public LookModel model() {
        return model;
    }

    public LookConfig config() {
        return config;
    }

    /** Reusable per-thread working memory. */
    public static final class Scratch {
        final Int2LongOpenHashMap item = new Int2LongOpenHashMap();
        final Int2LongOpenHashMap family = new Int2LongOpenHashMap();
        final Int2DoubleOpenHashMap seen = new Int2DoubleOpenHashMap();
        /** The seed whose attribute-affinity row and two-step estimate are here (reused across its lists). */
        int seed = -1;
        float[] row;
        float[] rowBuffer;
        final Int2DoubleOpenHashMap hop = new Int2DoubleOpenHashMap();
        /** The items with the best two-step estimates: the only ones it adds as candidates. */
        int[] hopBest = new int[0];
        double hopMass;
        final Candidates candidates = new Candidates();

        void clear() {
            item.clear();
            family.clear();
            seen.clear();
            candidates.size = 0;
        }
    }

    /**
     * Every candidate of the seed within the scope with its estimate. The result lives in {@code scratch}
     * and is overwritten by the next call with it.
     */
    public Candidates estimate(int seed, Scope scope, Scratch scratch) {
        scratch.clear();
        Catalog catalog = model.catalog();
        Scope effective = scope == Scope.OTHER_CATEGORIES && !model.categorised() ? Scope.ANY_CATEGORY : scope;
        int seedCategory = catalog.categoryOf(seed);
        Neighbours neighbours = switch (effective) {
            case OTHER_CATEGORIES -> model.associations().otherCategory();
            case SAME_CATEGORY -> model.associations().sameCategory();
            case ANY_CATEGORY -> model.associations().all();
        };
        for (int p = neighbours.start(seed); p < neighbours.end(seed); p++) {
            scratch.item.put(neighbours.idAt(p), neighbours.togetherAt(p));
        }
        long familyBaskets = 0;
        for (int f : model.familyMembers(seed)) {
            if (f == seed) continue;
            familyBaskets += model.popularity(f);
            for (int p = neighbours.start(f); p < neighbours.end(f); p++) {
                int j = neighbours.idAt(p);
                if (j != seed && eligible(effective, seedCategory, catalog.categoryOf(j))) scratch.family.addTo(j, neighbours.togetherAt(p));
            }
        }
        if (scratch.seed != seed) { // what does not depend on the list kind, once per seed
            scratch.seed = seed;
            scratch.hop.clear();
            scratch.hopMass = 0;
            scratch.hopBest = NONE;
            if (config.twoHopWeight() > 0) twoHop(seed, scratch);
            scratch.row = config.styleWeight() > 0 ? model.attributeAffinity().row(seed, scratch.rowBuffer) : null;
            if (scratch.row != null) scratch.rowBuffer = scratch.row;
        }

        long seedBaskets = model.popularity(seed);
        for (var it = scratch.item.keySet().iterator(); it.hasNext(); ) score(seed, seedCategory, seedBaskets, familyBaskets, it.nextInt(), scratch);
        for (var it = scratch.family.keySet().iterator(); it.hasNext(); ) score(seed, seedCategory, seedBaskets, familyBaskets, it.nextInt(), scratch);
        for (int j : priorCandidates(effective, seedCategory)) score(seed, seedCategory, seedBaskets, familyBaskets, j, scratch);
        for (int j : scratch.hopBest) {
            if (eligible(effective, seedCategory, catalog.categoryOf(j))) score(seed, seedCategory, seedBaskets, familyBaskets, j, scratch);
        }
        return scratch.candidates;
    }

    private static final int[] NONE = new int[0];
    /** Candidates the two-step estimate adds: its best ones (the rest could not make a list). */
    private static final int TWO_HOP_CANDIDATES = 100;
    /** Neighbours of the seed walked through for the two-step estimate, and of each of them. */
    private static final int TWO_HOP_NEIGHBOURS = 20;
    private static final int TWO_HOP_SECOND = 50;

    /**
     * The two-step estimate: for the seed's (any-category) neighbours k, P(k | s) · P(j | k), summed over k
     * and divided by the summed P(k | s), so that it is on the scale of one co-item's evidence. It reaches
     * items never bought with the seed but bought with what is bought with it.
     */
    private void twoHop(int seed, Scratch scratch) {
        Neighbours all = model.associations().all();
        long ns = model.popularity(seed);
        if (ns == 0) return;
        double mass = 0;
        for (int p = all.start(seed); p < Math.min(all.end(seed), all.start(seed) + TWO_HOP_NEIGHBOURS); p++) {
            int k = all.idAt(p);
            double pk = (double) all.togetherAt(p) / ns;
            long nk = model.popularity(k);
            if (nk == 0) continue;
            mass += pk;
            for (int q = all.start(k); q < Math.min(all.end(k), all.start(k) + TWO_HOP_SECOND); q++) {
                int j = all.idAt(q);
                if (j != seed) scratch.hop.addTo(j, pk * all.togetherAt(q) / nk);
            }
        }
        scratch.hopMass = mass;
        TopK best = new TopK(TWO_HOP_CANDIDATES);
        for (var e : scratch.hop.int2DoubleEntrySet()) best.offer(e.getIntKey(), e.getDoubleValue(), 0);
        scratch.hopBest = best.sortedIds();
    }

    /** Scores candidate j once (the first time it is met) into the scratch's candidates. */
    private void score(int seed, int seedCategory, long seedBaskets, long familyBaskets, int j, Scratch scratch) {
        if (j == seed || scratch.seen.containsKey(j)) return;
        long c = scratch.item.get(j);
        long cf = scratch.family.get(j);
        double p0 = prior(seedCategory, j);
        if (scratch.hopMass > 0) p0 = (1 - config.twoHopWeight()) * p0 + config.twoHopWeight() * scratch.hop.get(j) / scratch.hopMass;
        double q = smooth(cf, familyBaskets, config.familySmoothing(), p0);
        double p = smooth(c, seedBaskets, config.itemSmoothing(), q);
        if (config.styleWeight() > 0 && scratch.row != null) {
            // a prior belief: its weight fades as the seed's own baskets grow, like the back-off's
            double weight = config.styleWeight() * styleShare(seedBaskets);
            p *= Math.exp(weight * model.attributeAffinity().logAffinity(scratch.row, j));
        }
        scratch.seen.put(j, p);
        scratch.candidates.add(j, p, c > 0 ? Evidence.ITEM : cf > 0 ? Evidence.FAMILY : Evidence.CATEGORY);
    }

    /** The share of the style weight a seed with these baskets gets: a_item / (n(s) + a_item), 1 without smoothing. */
    private double styleShare(long seedBaskets) {
        double a = config.itemSmoothing();
        return a == 0 ? 1 : a / (seedBaskets + a);
    }

    /** (count + a · prior) / (baskets + a), or the prior when there is neither evidence nor smoothing. */
    static double smooth(long count, long baskets, double a, double prior) {
        double denominator = baskets + a;
        return denominator == 0 ? prior : (count + a * prior) / denominator;
    }

    /** p0(j | s): P(cat j | cat s) × j's share of its category. */
    double prior(int seedCategory, int j) {
        int cj = model.catalog().categoryOf(j);
        double share = (model.popularity(j) + 1e-6) / (model.categoryPopularity(cj) + 1.0);
        return model.affinity().conditional(seedCategory, cj, config.categorySmoothing()) * share;
    }

    private static boolean eligible(Scope scope, int seedCategory, int category) {
        return switch (scope) {
            case OTHER_CATEGORIES -> category != seedCategory;
            case SAME_CATEGORY -> category == seedCategory;
            case ANY_CATEGORY -> true;
        };
    }

    /**
     * The {@link LookConfig#contentPool()} best candidates by the category prior alone (one more, since
     * the seed may be among them): a merge of the eligible categories' best-seller lists by p0. The same
     * for every seed of a category, so computed once per category and scope.
     */
    private int[] priorCandidates(Scope scope, int seedCategory) {
        int slot = scope.ordinal() * model.catalog().categories().size() + seedCategory;
        int[] cached = priorCache.get(slot);
        if (cached != null) return cached;
        int m = model.catalog().categories().size();
        PriorityQueue<long[]> heads = new PriorityQueue<>((a, b) -> {
            int c = Double.compare(Double.longBitsToDouble(b[0]), Double.longBitsToDouble(a[0]));
            return c != 0 ? c : Long.compare(a[1], b[1]);
        });
        for (int c = 0; c < m; c++) {
            if (!eligible(scope, seedCategory, c) || model.bestSellers(c).length == 0) continue;
            heads.add(new long[]{Double.doubleToLongBits(prior(seedCategory, model.bestSellers(c)[0])), c, 0});
        }
        IntArrayList out = new IntArrayList();
        int pool = config.contentPool() + 1;
        while (out.size() < pool && !heads.isEmpty()) {
            long[] head = heads.poll();
            int[] list = model.bestSellers((int) head[1]);
            out.add(list[(int) head[2]]);
            int next = (int) head[2] + 1;
            if (next < list.length) {
                heads.add(new long[]{Double.doubleToLongBits(prior(seedCategory, list[next])), head[1], next});
            }
        }
        int[] computed = out.toIntArray();
        priorCache.compareAndSet(slot, null, computed);
        return priorCache.get(slot);
    }
}

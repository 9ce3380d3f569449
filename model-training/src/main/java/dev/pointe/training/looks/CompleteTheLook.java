package dev.pointe.training.looks;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.similarity.Neighbours;
import dev.pointe.training.similarity.TopK;
import it.unimi.dsi.fastutil.ints.Int2DoubleOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * Complementary items from other categories that complete the look of one or more seed items.
 *
 * <p>A candidate's score is, summed over seeds, co-occurrence {@link Strength} × category affinity (learned; floored, see {@link LookConfig#affinityFloor()}) × style
 * coherence (1 + w × Jaccard of colours, materials and tags). When behaviour data gives fewer than
 * the list size, attribute-based candidates follow: best-sellers of complementary categories ranked by
 * popularity × affinity × coherence. No seed category appears, no seed item, at most N per category.
 */
public final class CompleteTheLook {

    private final LookModel model;
    private final LookConfig config;

    public CompleteTheLook(LookModel model, LookConfig config) {
        this.model = model;
        this.config = config;
    }

    /** The look for these seeds: at most {@code limit} suggestions, best first. */
    public List<Suggestion> recommend(int[] seeds, int limit) {
        Catalog catalog = model.catalog();
        BitSet seedCategories = new BitSet();
        for (int s : seeds) seedCategories.set(catalog.categoryOf(s));
        Neighbours other = model.associations().otherCategory();
        StyleProfile style = model.style();
        Int2DoubleOpenHashMap scores = new Int2DoubleOpenHashMap();
        Int2IntOpenHashMap bestSeed = new Int2IntOpenHashMap();
        Int2DoubleOpenHashMap bestContribution = new Int2DoubleOpenHashMap();
        for (int s : seeds) {
            int cs = catalog.categoryOf(s);
            for (int p = other.start(s); p < other.end(s); p++) {
                int j = other.idAt(p);
                int cj = catalog.categoryOf(j);
                if (seedCategories.get(cj) || contains(seeds, j)) continue;
                double affinity = config.affinityFloor() + (1 - config.affinityFloor()) * model.affinity().of(cs, cj);
                double strength = Strength.of(other.scoreAt(p), other.togetherAt(p), model.popularity(s));
                double contribution = strength * affinity * (1 + config.styleWeight() * style.jaccard(s, j));
                scores.addTo(j, contribution);
                if (contribution > bestContribution.get(j)) {
                    bestContribution.put(j, contribution);
                    bestSeed.put(j, s);
                }
            }
        }
        List<Suggestion> ranked = new ArrayList<>(scores.size());
        for (var e : scores.int2DoubleEntrySet()) {
            int j = e.getIntKey();
            ranked.add(new Suggestion(j, e.getDoubleValue(), Reason.BOUGHT_TOGETHER, style.shared(bestSeed.get(j), j)));
        }
        ranked.sort(BEST_FIRST);
        List<Suggestion> out = new ArrayList<>(limit);
        int[] perCategory = new int[catalog.categories().size()];
        BitSet taken = new BitSet();
        take(ranked, out, perCategory, taken, limit);
        if (out.size() < limit) {
            double ceiling = out.isEmpty() ? 1.0 : out.get(out.size() - 1).score();
            take(contentCandidates(seeds, seedCategories, ceiling), out, perCategory, taken, limit);
        }
        return out;
    }

    /**
     * Best-sellers of complementary categories, scored popularity × category affinity × (1 + w × Jaccard)
     * and squeezed below {@code ceiling} so that they always follow behaviour-based candidates. The
     * shared attributes (the reason text) are computed only for the items taken.
     */
    private List<Suggestion> contentCandidates(int[] seeds, BitSet seedCategories, double ceiling) {
        Catalog catalog = model.catalog();
        StyleProfile style = model.style();
        int m = catalog.categories().size();
        TopK best = new TopK(Math.max(1, m * (config.maxPerCategory() + 1)));
        TopK inCategory = new TopK(config.maxPerCategory() + 1);
        int[] ids1 = new int[config.maxPerCategory() + 1];
        double[] raws1 = new double[ids1.length];
        for (int c = 0; c < m; c++) {
            if (seedCategories.get(c)) continue;
            double affinity = 0;
            for (int s : seeds) affinity = Math.max(affinity, model.affinity().of(catalog.categoryOf(s), c));
            affinity = config.affinityFloor() + (1 - config.affinityFloor()) * affinity;
            for (int j : model.bestSellers(c)) {
                if (contains(seeds, j)) continue;
                double coherence = 0;
                for (int s : seeds) coherence = Math.max(coherence, style.jaccard(s, j));
                double raw = (1 + model.popularity(j)) * affinity * (1 + config.styleWeight() * coherence);
                inCategory.offer(j, raw, 0);
            }
            int kept = inCategory.drainSorted(ids1, raws1, null);
            for (int i = 0; i < kept; i++) best.offer(ids1[i], raws1[i], 0);
        }
        int[] ids = new int[best.size()];
        double[] raws = new double[ids.length];
        int n = best.drainSorted(ids, raws, null);
        List<Suggestion> candidates = new ArrayList<>(n);
        double top = n == 0 ? 1 : raws[0];
        for (int i = 0; i < n; i++) {
            int j = ids[i];
            int bestSeed = seeds[0];
            double coherence = -1;
            for (int s : seeds) {
                double jac = style.jaccard(s, j);
                if (jac > coherence) {
                    coherence = jac;
                    bestSeed = s;
                }
            }
            List<String> shared = style.shared(bestSeed, j);
            double score = ceiling * 0.999 * raws[i] / top / (1 + i * 1e-9);
            candidates.add(new Suggestion(j, score, shared.isEmpty() ? Reason.POPULAR_IN_CATEGORY : Reason.MATCHING_STYLE, shared));
        }
        return candidates;
    }

    private void take(List<Suggestion> ranked, List<Suggestion> out, int[] perCategory, BitSet taken, int limit) {
        for (Suggestion s : ranked) {
            if (out.size() >= limit) return;
            int c = model.catalog().categoryOf(s.item());
            if (taken.get(s.item()) || perCategory[c] >= config.maxPerCategory()) continue;
            perCategory[c]++;
            taken.set(s.item());
            out.add(s);
        }
    }

    static final Comparator<Suggestion> BEST_FIRST = (a, b) -> {
        int c = Double.compare(b.score(), a.score());
        return c != 0 ? c : Integer.compare(a.item(), b.item());
    };

    static boolean contains(int[] array, int value) {
        for (int v : array) if (v == value) return true;
        return false;
    }
}

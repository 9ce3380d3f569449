package dev.pointe.training.looks;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.similarity.Neighbours;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Same-category substitutes of an item: first the items shoppers consider in the same sessions
 * (co-occurrence within the category, lifted by shared attributes), then items that share the most
 * colours, materials and tags among the category's best-sellers.
 */
public final class SimilarItems {

    private final LookModel model;
    private final LookConfig config;

    public SimilarItems(LookModel model, LookConfig config) {
        this.model = model;
        this.config = config;
    }

    /** At most {@code limit} substitutes of {@code item}, best first. */
    public List<Suggestion> recommend(int item, int limit) {
        Catalog catalog = model.catalog();
        StyleProfile style = model.style();
        Neighbours same = model.associations().sameCategory();
        List<Suggestion> ranked = new ArrayList<>();
        for (int p = same.start(item); p < same.end(item); p++) {
            int j = same.idAt(p);
            double score = same.scoreAt(p) * (1 + config.styleWeight() * style.jaccard(item, j));
            ranked.add(new Suggestion(j, score, Reason.VIEWED_TOGETHER, style.shared(item, j)));
        }
        ranked.sort(CompleteTheLook.BEST_FIRST);
        List<Suggestion> out = new ArrayList<>(limit);
        BitSet taken = new BitSet();
        taken.set(item);
        for (Suggestion s : ranked) {
            if (out.size() >= limit) return out;
            taken.set(s.item());
            out.add(s);
        }
        double ceiling = out.isEmpty() ? 1.0 : out.get(out.size() - 1).score();
        List<Suggestion> content = new ArrayList<>();
        for (int j : model.bestSellers(catalog.categoryOf(item))) {
            if (taken.get(j)) continue;
            double jac = style.jaccard(item, j);
            double raw = (0.1 + jac) * (1 + Math.log1p(model.popularity(j)));
            content.add(new Suggestion(j, ceiling * raw / (1 + raw) * 0.999, Reason.SIMILAR_STYLE, style.shared(item, j)));
        }
        content.sort(CompleteTheLook.BEST_FIRST);
        for (Suggestion s : content) {
            if (out.size() >= limit) break;
            out.add(s);
        }
        return out;
    }
}

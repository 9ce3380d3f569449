package dev.pointe.training.looks;

import dev.pointe.training.looks.CoPurchaseEstimator.Candidates;
import dev.pointe.training.looks.CoPurchaseEstimator.Evidence;
import dev.pointe.training.looks.CoPurchaseEstimator.Scope;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the three lists the model publishes for one seed item, all from one {@link CoPurchaseEstimator}:
 * <ul>
 *   <li>complete the look: other categories (every category when the catalogue has one);</li>
 *   <li>bought together: any category;</li>
 *   <li>similar items: the seed's own category (substitutes).</li>
 * </ul>
 * Every list is full (the list size, or every eligible catalogue item when there are fewer): when the
 * seed's own evidence runs out, its family's and then its category's follow. Not thread-safe: one
 * builder per thread over a shared estimator.
 */
public final class ItemListBuilder {

    private final CoPurchaseEstimator estimator;
    private final ListSelector selector;
    private final CoPurchaseEstimator.Scratch scratch = new CoPurchaseEstimator.Scratch();

    public ItemListBuilder(CoPurchaseEstimator estimator) {
        this.estimator = estimator;
        this.selector = new ListSelector(estimator.model().catalog(), estimator.config());
    }

    public ItemListBuilder(LookModel model, LookConfig config) {
        this(new CoPurchaseEstimator(model, config));
    }

    /** Complementary items of other categories, best first. */
    public List<Suggestion> completeTheLook(int seed) {
        return build(seed, Scope.OTHER_CATEGORIES);
    }

    /** Items of any category bought with the seed, best first. */
    public List<Suggestion> boughtTogether(int seed) {
        return build(seed, Scope.ANY_CATEGORY);
    }

    /** Same-category substitutes, best first. */
    public List<Suggestion> similar(int seed) {
        return build(seed, Scope.SAME_CATEGORY);
    }

    private List<Suggestion> build(int seed, Scope scope) {
        Candidates candidates = estimator.estimate(seed, scope, scratch);
        int[] picked = selector.select(candidates);
        StyleProfile style = estimator.model().style();
        boolean same = scope == Scope.SAME_CATEGORY;
        List<Suggestion> out = new ArrayList<>(picked.length);
        for (int i = 0; i < picked.length; i++) {
            int j = candidates.id(picked[i]);
            List<String> shared = style.shared(seed, j);
            out.add(new Suggestion(j, selector.pickedScore(i), reason(candidates.evidence(picked[i]), !shared.isEmpty(), same), shared));
        }
        return out;
    }

    static Reason reason(Evidence evidence, boolean sharesStyle, boolean sameCategory) {
        return switch (evidence) {
            case ITEM -> sameCategory ? Reason.VIEWED_TOGETHER : Reason.BOUGHT_TOGETHER;
            case FAMILY -> Reason.BOUGHT_WITH_VARIANT;
            case CATEGORY -> sharesStyle ? (sameCategory ? Reason.SIMILAR_STYLE : Reason.MATCHING_STYLE) : Reason.POPULAR_IN_CATEGORY;
        };
    }
}

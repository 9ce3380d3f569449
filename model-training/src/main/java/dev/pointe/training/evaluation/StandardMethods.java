package dev.pointe.training.evaluation;

import dev.pointe.training.evaluation.PopularityBaseline.Scope;
import dev.pointe.training.looks.LookConfig;
import dev.pointe.training.similarity.CooccurrenceConfig;
import dev.pointe.training.similarity.Measures;

import java.util.ArrayList;
import java.util.List;

/** The methods every evaluation compares: Pointe's published lists and the baselines that fit the protocol. */
public final class StandardMethods {

    private StandardMethods() {
    }

    /**
     * The baselines, strongest simple ones included: popularity (in other categories, in the same
     * category), the plain co-occurrence count (all categories and scoped like the protocol) and
     * category-blind signed-LLR co-occurrence (minimum support 2, as Mahout-style pipelines use it);
     * then Pointe's published lists with the given settings.
     */
    public static List<RecommenderFactory> of(Protocol protocol, CooccurrenceConfig cooccurrence, LookConfig looks) {
        List<RecommenderFactory> methods = new ArrayList<>();
        int threads = cooccurrence.threads();
        methods.add(PopularityBaseline.global());
        switch (protocol) {
            case CROSS_CATEGORY, CROSS_CATEGORY_ALL -> methods.add(PopularityBaseline.otherCategories());
            case SAME_CATEGORY -> methods.add(PopularityBaseline.sameCategory());
            default -> { }
        }
        methods.add(new CooccurrenceCountBaseline(Scope.ANY, threads));
        switch (protocol) {
            case CROSS_CATEGORY, CROSS_CATEGORY_ALL -> methods.add(new CooccurrenceCountBaseline(Scope.OTHER_CATEGORIES, threads));
            case SAME_CATEGORY -> methods.add(new CooccurrenceCountBaseline(Scope.SAME_CATEGORY, threads));
            default -> { }
        }
        methods.add(new CooccurrenceBaseline("llr-cooccurrence",
                cooccurrence.withMeasure(Measures.SIGNED_ROOT_LLR).withMinSupport(2).withTopK(50)));
        methods.add(new PublishedLists(cooccurrence, looks));
        return methods;
    }
}

package dev.pointe.training.evaluation;

import dev.pointe.training.looks.LookConfig;
import dev.pointe.training.similarity.CooccurrenceConfig;

import java.util.List;

/** The methods every evaluation compares: Pointe and its baselines. */
public final class StandardMethods {

    private StandardMethods() {
    }

    /**
     * Popularity, popularity in other categories (cross-category protocol only), category-blind LLR
     * co-occurrence, and Pointe, all with the given settings.
     */
    public static List<RecommenderFactory> of(Protocol protocol, CooccurrenceConfig cooccurrence, LookConfig looks) {
        RecommenderFactory llr = new CooccurrenceBaseline("llr-cooccurrence", cooccurrence);
        RecommenderFactory pointe = new PointeMethod(cooccurrence, looks);
        return protocol == Protocol.CROSS_CATEGORY
                ? List.of(PopularityBaseline.global(), PopularityBaseline.otherCategories(), llr, pointe)
                : List.of(PopularityBaseline.global(), llr, pointe);
    }
}

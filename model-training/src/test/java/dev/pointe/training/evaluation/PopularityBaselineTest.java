package dev.pointe.training.evaluation;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.catalog.Product;
import dev.pointe.training.events.Baskets;
import dev.pointe.training.looks.LookConfig;
import dev.pointe.training.similarity.CooccurrenceConfig;
import dev.pointe.training.similarity.Measures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PopularityBaselineTest {

    /** a1=0, a2=1 (a); b1=2, b2=3 (b); c1=4 (c). */
    private static final Catalog CATALOG = Catalog.of(List.of(Product.bare("a1", "a"), Product.bare("a2", "a"),
            Product.bare("b1", "b"), Product.bare("b2", "b"), Product.bare("c1", "c")));

    /** Basket counts: b1 4, a1 3, then a2, b2, c1 once each. */
    private static final Baskets TRAINING = Baskets.builder(CATALOG.items())
            .add(0, 1, new int[]{0, 2})
            .add(0, 2, new int[]{0, 2, 4})
            .add(1, 3, new int[]{0, 3})
            .add(1, 4, new int[]{1, 2})
            .add(2, 5, new int[]{2})
            .build();

    private static final TrainingSet SET = new TrainingSet(TRAINING, CATALOG, Protocol.CROSS_CATEGORY);

    @Test
    void rankingIsByBasketCountThenId() {
        assertThat(PopularityBaseline.ranking(TRAINING)).containsExactly(2, 0, 1, 3, 4);
    }

    @Test
    void itemsNeverSeenInTrainingAreNotRanked() {
        Baskets few = Baskets.builder(CATALOG.items()).add(0, 1, new int[]{3, 4}).add(0, 2, new int[]{4}).build();
        assertThat(PopularityBaseline.ranking(few)).containsExactly(4, 3);
    }

    @Test
    void globalPopularityShowsBestSellersExceptTheSeeds() {
        Recommender r = PopularityBaseline.global().train(SET);

        assertThat(PopularityBaseline.global().name()).isEqualTo("popularity");
        assertThat(r.recommend(new int[]{0}, 3)).containsExactly(2, 1, 3);
        assertThat(r.recommend(new int[]{2, 1}, 2)).containsExactly(0, 3);
        assertThat(r.recommend(new int[]{0}, 10)).containsExactly(2, 1, 3, 4);
    }

    @Test
    void otherCategoriesPopularitySkipsEverySeedCategory() {
        Recommender r = PopularityBaseline.otherCategories().train(SET);

        assertThat(PopularityBaseline.otherCategories().name()).isEqualTo("popularity-other-categories");
        assertThat(r.recommend(new int[]{0}, 3)).containsExactly(2, 3, 4);
        assertThat(r.recommend(new int[]{2}, 10)).containsExactly(0, 1, 4);
        assertThat(r.recommend(new int[]{0, 3}, 10)).containsExactly(4);
    }

    @Test
    void standardMethodsDependOnTheProtocol() {
        CooccurrenceConfig config = new CooccurrenceConfig(Measures.SIGNED_ROOT_LLR, 50, 1, 500, 1000, 42, 1);

        assertThat(StandardMethods.of(Protocol.CROSS_CATEGORY, config, LookConfig.defaults()))
                .extracting(RecommenderFactory::name)
                .containsExactly("popularity", "popularity-other-categories", "cooccurrence-count",
                        "cooccurrence-count-other-categories", "llr-cooccurrence", "pointe");
        assertThat(StandardMethods.of(Protocol.NEXT_ITEM, config, LookConfig.defaults()))
                .extracting(RecommenderFactory::name)
                .containsExactly("popularity", "cooccurrence-count", "llr-cooccurrence", "pointe");
        assertThat(StandardMethods.of(Protocol.SAME_CATEGORY, config, LookConfig.defaults()))
                .extracting(RecommenderFactory::name)
                .containsExactly("popularity", "popularity-same-category", "cooccurrence-count",
                        "cooccurrence-count-same-category", "llr-cooccurrence", "pointe");
    }
}

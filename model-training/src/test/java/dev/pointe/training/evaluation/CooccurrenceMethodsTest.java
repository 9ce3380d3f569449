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

class CooccurrenceMethodsTest {

    private static final CooccurrenceConfig CONFIG = new CooccurrenceConfig(Measures.SIGNED_ROOT_LLR, 50, 1, 500, 1000, 42, 1);

    /** a1=0, a2=1 (a); b1=2, b2=3 (b); c1=4 (c). */
    private static final Catalog CATALOG = Catalog.of(List.of(Product.bare("a1", "a"), Product.bare("a2", "a"),
            Product.bare("b1", "b"), Product.bare("b2", "b"), Product.bare("c1", "c")));

    /** a1 goes with b1 (4 times) and a2 (once); c1 is a best-seller alone. */
    private static Baskets training() {
        Baskets.Builder b = Baskets.builder(CATALOG.items());
        for (int i = 0; i < 4; i++) b.add(i, i, new int[]{0, 2});
        b.add(9, 9, new int[]{0, 1});
        for (int i = 0; i < 6; i++) b.add(10 + i, 10 + i, new int[]{4});
        b.add(20, 20, new int[]{3});
        return b.build();
    }

    @Test
    void cooccurrenceBaselineRanksTheSeedsNeighboursOnly() {
        Recommender r = new CooccurrenceBaseline("llr", CONFIG)
                .train(new TrainingSet(training(), CATALOG, Protocol.NEXT_ITEM));

        int[] ranked = r.recommend(new int[]{0}, 5);
        assertThat(ranked).containsExactly(2, 1);
        assertThat(r.recommend(new int[]{0, 2}, 5)).containsExactly(1);
        assertThat(r.recommend(new int[]{4}, 5)).isEmpty();
    }

    @Test
    void pointeNextItemFillsWithBestSellersAndNeverShowsSeeds() {
        Recommender r = new PointeMethod(CONFIG, LookConfig.defaults())
                .train(new TrainingSet(training(), CATALOG, Protocol.NEXT_ITEM));

        int[] ranked = r.recommend(new int[]{0}, 4);
        assertThat(ranked).hasSize(4).doesNotContain(0).doesNotHaveDuplicates();
        assertThat(ranked[0]).isEqualTo(2);
        // a2 (the strongest neighbour) first; the popularity prior lifts the best-seller c1 (6 baskets)
        // above the weaker neighbour b1; then b2
        assertThat(ranked).containsExactly(2, 4, 1, 3);
    }

    @Test
    void pointeCrossCategoryOnlyShowsOtherCategories() {
        Recommender r = new PointeMethod(CONFIG, LookConfig.defaults())
                .train(new TrainingSet(training(), CATALOG, Protocol.CROSS_CATEGORY));

        int[] ranked = r.recommend(new int[]{0}, 10);
        assertThat(ranked).isNotEmpty().doesNotContain(0, 1);
        assertThat(ranked[0]).isEqualTo(2);
        for (int item : ranked) assertThat(CATALOG.categoryOf(item)).isNotEqualTo(CATALOG.categoryOf(0));
    }
}

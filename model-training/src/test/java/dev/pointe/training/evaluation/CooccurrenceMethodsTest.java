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
    void countBaselineRanksBySharedBasketsThenPopularityThenFillsWithBestSellers() {
        Recommender any = new CooccurrenceCountBaseline(PopularityBaseline.Scope.ANY, 1)
                .train(new TrainingSet(training(), CATALOG, Protocol.NEXT_ITEM));
        Recommender other = new CooccurrenceCountBaseline(PopularityBaseline.Scope.OTHER_CATEGORIES, 1)
                .train(new TrainingSet(training(), CATALOG, Protocol.CROSS_CATEGORY));

        // a1: b1 4 baskets, a2 1; then best-sellers c1 (6), b1, a1 (5)...; never the seed
        assertThat(any.recommend(new int[]{0}, 4)).containsExactly(2, 1, 4, 3);
        assertThat(other.recommend(new int[]{0}, 4)).containsExactly(2, 4, 3);
        // two seeds: counts summed
        assertThat(any.recommend(new int[]{1, 2}, 2)).containsExactly(0, 4);
    }

    @Test
    void publishedListsAnswerEachProtocolWithTheListThatServesIt() {
        LookConfig looks = new LookConfig(20, 0, 1.0, 0, 3, 10, 0, 0, 100);
        Recommender nextItem = new PublishedLists(CONFIG, looks).train(new TrainingSet(training(), CATALOG, Protocol.NEXT_ITEM));
        Recommender crossCategory = new PublishedLists(CONFIG, looks).train(new TrainingSet(training(), CATALOG, Protocol.CROSS_CATEGORY));
        Recommender sameCategory = new PublishedLists(CONFIG, looks).train(new TrainingSet(training(), CATALOG, Protocol.SAME_CATEGORY));

        // bought together: any category, a full list
        int[] together = nextItem.recommend(new int[]{0}, 4);
        assertThat(together).hasSize(4).doesNotContain(0).doesNotHaveDuplicates();
        assertThat(together[0]).isEqualTo(2);
        assertThat(together).contains(1);
        // complete the look: other categories only
        int[] look = crossCategory.recommend(new int[]{0}, 10);
        assertThat(look).containsExactlyInAnyOrder(2, 3, 4);
        assertThat(look[0]).isEqualTo(2);
        // similar items: the seed's category
        assertThat(sameCategory.recommend(new int[]{0}, 10)).containsExactly(1);
        // several seeds (POST /v1/looks): the merged looks, without the seeds' categories
        assertThat(crossCategory.recommend(new int[]{0, 2}, 10)).containsExactly(4);
    }
}

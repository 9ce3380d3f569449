package dev.pointe.training.looks;

import dev.pointe.training.catalog.Catalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.pointe.training.looks.LookFixture.SHOE_1;
import static dev.pointe.training.looks.LookFixture.SHOE_2;
import static dev.pointe.training.looks.LookFixture.SHOE_3;
import static dev.pointe.training.looks.LookFixture.TIGHTS_1;
import static dev.pointe.training.looks.LookFixture.TIGHTS_2;
import static org.assertj.core.api.Assertions.assertThat;

class SimilarItemsTest {

    private static final LookModel MODEL = LookFixture.model(LookConfig.defaults());
    private static final SimilarItems SIMILAR = new SimilarItems(MODEL, LookConfig.defaults());

    @Test
    void itemsComparedInTheSameSessionsComeFirstThenSimilarStyle() {
        List<Suggestion> list = SIMILAR.recommend(SHOE_1, 10);

        assertThat(list).extracting(Suggestion::item).containsExactly(SHOE_2, SHOE_3);
        assertThat(list.get(0).reason()).isEqualTo(Reason.VIEWED_TOGETHER);
        assertThat(list.get(0).shared()).isEmpty();
        assertThat(list.get(1).reason()).isEqualTo(Reason.SIMILAR_STYLE);
        assertThat(list.get(1).shared()).containsExactly("blush");
        assertThat(list.get(1).score()).isLessThan(list.get(0).score());
    }

    @Test
    void withoutSameCategoryBehaviourSubstitutesComeFromAttributes() {
        List<Suggestion> list = SIMILAR.recommend(TIGHTS_1, 10);

        assertThat(list).hasSize(1);
        assertThat(list.get(0).item()).isEqualTo(TIGHTS_2);
        assertThat(list.get(0).reason()).isEqualTo(Reason.SIMILAR_STYLE);
        assertThat(list.get(0).shared()).containsExactly("nylon");
    }

    @Test
    void aColdItemGetsTheCategorysBestMatchesFirst() {
        List<Suggestion> list = SIMILAR.recommend(SHOE_3, 10);

        assertThat(list).extracting(Suggestion::item).containsExactly(SHOE_1, SHOE_2);
        assertThat(list).allMatch(s -> s.reason() == Reason.SIMILAR_STYLE);
        assertThat(list.get(0).shared()).containsExactly("blush");
    }

    @Test
    void onlySameCategoryItemsAndNeverTheItemItself() {
        Catalog catalog = MODEL.catalog();
        for (int item = 0; item < catalog.size(); item++) {
            int self = item;
            List<Suggestion> list = SIMILAR.recommend(item, 20);
            assertThat(list).as("item %d", item)
                    .noneMatch(s -> s.item() == self)
                    .allMatch(s -> catalog.categoryOf(s.item()) == catalog.categoryOf(self));
            assertThat(list.stream().map(Suggestion::item).toList()).doesNotHaveDuplicates();
        }
    }

    @Test
    void respectsTheLimit() {
        assertThat(SIMILAR.recommend(SHOE_1, 1)).extracting(Suggestion::item).containsExactly(SHOE_2);
        assertThat(SIMILAR.recommend(SHOE_3, 1)).extracting(Suggestion::item).containsExactly(SHOE_1);
    }
}

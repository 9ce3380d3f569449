package dev.pointe.training.looks;

import dev.pointe.training.catalog.Catalog;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.pointe.training.looks.LookFixture.BAG_1;
import static dev.pointe.training.looks.LookFixture.SHOES;
import static dev.pointe.training.looks.LookFixture.SHOE_1;
import static dev.pointe.training.looks.LookFixture.SHOE_2;
import static dev.pointe.training.looks.LookFixture.SHOE_3;
import static dev.pointe.training.looks.LookFixture.SKIRT_1;
import static dev.pointe.training.looks.LookFixture.SKIRT_2;
import static dev.pointe.training.looks.LookFixture.TIGHTS_1;
import static dev.pointe.training.looks.LookFixture.TIGHTS_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CompleteTheLookTest {

    private static List<Integer> items(List<Suggestion> list) {
        return list.stream().map(Suggestion::item).toList();
    }

    private static void assertBestFirst(List<Suggestion> list) {
        for (int i = 1; i < list.size(); i++) {
            assertThat(list.get(i).score()).isLessThanOrEqualTo(list.get(i - 1).score());
        }
    }

    @Test
    void modelLearnsPopularityBestSellersAndComplements() {
        LookModel model = LookFixture.model(LookConfig.defaults());

        assertThat(model.popularity(SHOE_1)).isEqualTo(9);
        assertThat(model.popularity(SHOE_3)).isZero();
        assertThat(model.popularity(BAG_1)).isEqualTo(16);
        assertThat(model.bestSellers(SHOES)).containsExactly(SHOE_1, SHOE_2, SHOE_3);
        assertThat(model.bestSellers(LookFixture.TIGHTS)).containsExactly(TIGHTS_1, TIGHTS_2);
        assertThat(model.affinity().of(SHOES, LookFixture.TIGHTS)).isEqualTo(1.0);
        var other = model.associations().otherCategory();
        assertThat(other.count(SHOE_1)).isEqualTo(2);
        assertThat(other.idAt(other.start(SHOE_1))).isEqualTo(TIGHTS_1);
        assertThat(other.togetherAt(other.start(SHOE_1))).isEqualTo(6);
    }

    @Test
    void contentPoolLimitsBestSellersPerCategory() {
        LookModel model = LookFixture.model(new LookConfig(20, 3, 1.0, 0.2, 1));

        assertThat(model.bestSellers(SHOES)).containsExactly(SHOE_1);
    }

    @Test
    void stronglyCoBoughtComplementComesFirstWithItsReasonAndSharedAttributes() {
        LookModel model = LookFixture.model(LookConfig.defaults());

        List<Suggestion> look = new CompleteTheLook(model, LookConfig.defaults()).recommend(new int[]{SHOE_1}, 20);

        assertThat(look.get(0).item()).isEqualTo(TIGHTS_1);
        assertThat(look.get(0).reason()).isEqualTo(Reason.BOUGHT_TOGETHER);
        assertThat(look.get(0).shared()).containsExactly("balletcore", "blush");
        assertThat(look.get(1).item()).isEqualTo(SKIRT_1);
        assertThat(look.get(1).reason()).isEqualTo(Reason.BOUGHT_TOGETHER);
        assertThat(look.get(1).shared()).containsExactly("balletcore", "blush");
        // then attribute-based candidates of the other categories, all below the behaviour-based ones
        assertThat(items(look)).containsExactlyInAnyOrder(TIGHTS_1, SKIRT_1, BAG_1, SKIRT_2, TIGHTS_2);
        assertThat(look.subList(2, look.size())).allSatisfy(s -> {
            assertThat(s.reason()).isIn(Reason.MATCHING_STYLE, Reason.POPULAR_IN_CATEGORY);
            assertThat(s.score()).isLessThan(look.get(1).score());
        });
        assertBestFirst(look);
    }

    @Test
    void neverReturnsASeedOrAnItemOfASeedsCategory() {
        LookModel model = LookFixture.model(LookConfig.defaults());
        Catalog catalog = model.catalog();
        CompleteTheLook ctl = new CompleteTheLook(model, LookConfig.defaults());

        for (int[] seeds : new int[][]{{SHOE_1}, {SHOE_2}, {TIGHTS_2}, {SHOE_1, SKIRT_1}, {BAG_1, TIGHTS_1}}) {
            List<Suggestion> look = ctl.recommend(seeds, 20);
            assertThat(look).isNotEmpty();
            for (Suggestion s : look) {
                for (int seed : seeds) {
                    assertThat(s.item()).isNotEqualTo(seed);
                    assertThat(catalog.categoryOf(s.item())).isNotEqualTo(catalog.categoryOf(seed));
                }
            }
            assertThat(items(look)).doesNotHaveDuplicates();
        }
        // tights-1 is bought with shoe-1; then tights-2 (tights complete skirts best) before bag-1 (never
        // bought with shoes or skirts, kept only by the affinity floor)
        assertThat(items(ctl.recommend(new int[]{SHOE_1, SKIRT_1}, 20))).containsExactly(TIGHTS_1, TIGHTS_2, BAG_1);
    }

    @Test
    void respectsMaxPerCategoryAndTheLimit() {
        LookConfig onePerCategory = new LookConfig(20, 1, 1.0, 0.2, 60);
        LookModel model = LookFixture.model(onePerCategory);
        CompleteTheLook ctl = new CompleteTheLook(model, onePerCategory);

        assertThat(items(ctl.recommend(new int[]{SHOE_1}, 20))).containsExactly(TIGHTS_1, SKIRT_1, BAG_1);
        assertThat(items(new CompleteTheLook(model, LookConfig.defaults()).recommend(new int[]{SHOE_1}, 2)))
                .containsExactly(TIGHTS_1, SKIRT_1);
        assertThat(new CompleteTheLook(model, LookConfig.defaults()).recommend(new int[]{SHOE_1}, 1)).hasSize(1);
    }

    @Test
    void aColdItemGetsAttributeBasedSuggestionsFromComplementaryCategories() {
        LookModel model = LookFixture.model(LookConfig.defaults());

        List<Suggestion> look = new CompleteTheLook(model, LookConfig.defaults()).recommend(new int[]{SHOE_3}, 20);

        assertThat(items(look)).containsExactlyInAnyOrder(BAG_1, SKIRT_1, SKIRT_2, TIGHTS_1, TIGHTS_2);
        assertThat(look).noneMatch(s -> s.reason() == Reason.BOUGHT_TOGETHER);
        for (Suggestion s : look) {
            if (s.item() == TIGHTS_1 || s.item() == SKIRT_1) {
                assertThat(s.reason()).as("item %d", s.item()).isEqualTo(Reason.MATCHING_STYLE);
                assertThat(s.shared()).containsExactly("blush");
            } else {
                assertThat(s.reason()).as("item %d", s.item()).isEqualTo(Reason.POPULAR_IN_CATEGORY);
                assertThat(s.shared()).isEmpty();
            }
            assertThat(s.score()).isPositive().isLessThan(1.0);
        }
        assertThat(look.get(0).item()).isEqualTo(TIGHTS_1); // best affinity (shoes -> tights) and shared colour
        assertBestFirst(look);
    }

    @Test
    void invalidLookSettingsAreRefused() {
        assertThatThrownBy(() -> new LookConfig(0, 3, 1, 0.2, 60)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LookConfig(20, 0, 1, 0.2, 60)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LookConfig(20, 3, -1, 0.2, 60)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LookConfig(20, 3, 1, 1.5, 60)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LookConfig(20, 3, 1, 0.2, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void strengthIsAssociationTimesConfidence() {
        assertThat(Strength.of(2.0, 3, 4)).isEqualTo(1.5);
        assertThat(Strength.of(2.0, 3, 0)).isEqualTo(0.0);
    }
}

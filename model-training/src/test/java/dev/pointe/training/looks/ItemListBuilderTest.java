package dev.pointe.training.looks;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.catalog.Product;
import dev.pointe.training.events.Baskets;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.pointe.training.looks.LookFixture.BAG_1;
import static dev.pointe.training.looks.LookFixture.SHOE_1;
import static dev.pointe.training.looks.LookFixture.SHOE_2;
import static dev.pointe.training.looks.LookFixture.SHOE_3;
import static dev.pointe.training.looks.LookFixture.SKIRT_1;
import static dev.pointe.training.looks.LookFixture.SKIRT_2;
import static dev.pointe.training.looks.LookFixture.TIGHTS_1;
import static dev.pointe.training.looks.LookFixture.TIGHTS_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ItemListBuilderTest {

    private static final LookConfig PLAIN = new LookConfig(20, 0, 1.0, 0, 3, 10, 0, 0, 100);

    private static List<Integer> items(List<Suggestion> list) {
        return list.stream().map(Suggestion::item).toList();
    }

    @Test
    void completeTheLookIsEveryOtherCategoryItemBestFirstWithReasons() {
        ItemListBuilder lists = new ItemListBuilder(LookFixture.model(PLAIN), PLAIN);

        List<Suggestion> look = lists.completeTheLook(SHOE_1);

        // scores from CoPurchaseEstimatorTest: tights-1 0.59, skirt-1 0.089, tights-2 0.078, skirt-2 0.010, bag-1 0
        assertThat(items(look)).containsExactly(TIGHTS_1, SKIRT_1, TIGHTS_2, SKIRT_2, BAG_1);
        assertThat(look.get(0).reason()).isEqualTo(Reason.BOUGHT_TOGETHER);
        assertThat(look.get(0).shared()).containsExactly("balletcore", "blush");
        assertThat(look.get(1).reason()).isEqualTo(Reason.BOUGHT_TOGETHER);
        assertThat(look.get(2).reason()).isEqualTo(Reason.POPULAR_IN_CATEGORY); // tights-2 shares nothing with shoe-1
        for (int i = 1; i < look.size(); i++) assertThat(look.get(i).score()).isLessThanOrEqualTo(look.get(i - 1).score());
    }

    @Test
    void aColdItemStillGetsAFullListFromItsCategorysPartners() {
        ItemListBuilder lists = new ItemListBuilder(LookFixture.model(PLAIN), PLAIN);

        List<Suggestion> look = lists.completeTheLook(SHOE_3);

        assertThat(items(look)).containsExactly(TIGHTS_1, TIGHTS_2, SKIRT_2, SKIRT_1, BAG_1);
        assertThat(look).noneMatch(s -> s.reason() == Reason.BOUGHT_TOGETHER);
        assertThat(look.get(0).reason()).isEqualTo(Reason.MATCHING_STYLE); // blush, like shoe-3
        assertThat(look.get(0).shared()).containsExactly("blush");
    }

    @Test
    void boughtTogetherAndSimilarCoverTheirScopes() {
        ItemListBuilder lists = new ItemListBuilder(LookFixture.model(PLAIN), PLAIN);

        assertThat(items(lists.boughtTogether(SHOE_1))).hasSize(7).startsWith(TIGHTS_1, SHOE_2).doesNotContain(SHOE_1);
        List<Suggestion> similar = lists.similar(SHOE_1);
        assertThat(items(similar)).containsExactly(SHOE_2, SHOE_3);
        assertThat(similar.get(0).reason()).isEqualTo(Reason.VIEWED_TOGETHER);
        assertThat(similar.get(1).reason()).isEqualTo(Reason.SIMILAR_STYLE); // blush, never with shoe-1
    }

    @Test
    void aHardCapAndTheListSizeBound() {
        LookConfig onePerCategory = new LookConfig(20, 1, 1.0, 0, 3, 10, 0, 0, 100);
        ItemListBuilder capped = new ItemListBuilder(LookFixture.model(onePerCategory), onePerCategory);
        assertThat(items(capped.completeTheLook(SHOE_1))).containsExactly(TIGHTS_1, SKIRT_1, BAG_1);

        LookConfig two = new LookConfig(2, 0, 1.0, 0, 3, 10, 0, 0, 100);
        assertThat(items(new ItemListBuilder(LookFixture.model(two), two).completeTheLook(SHOE_1))).containsExactly(TIGHTS_1, SKIRT_1);
    }

    @Test
    void theSoftCapLetsAnotherCategoryInWhenItsScoreIsClose() {
        // tights-2 (0.078) outranks skirt-2 (0.010); with diversity 0.1 the second tights item competes at
        // 0.0078 and the second skirt at 0.0010, and bag-1 (0) never passes either
        LookConfig soft = new LookConfig(20, 0, 0.1, 0, 3, 10, 0, 0, 100);
        ItemListBuilder lists = new ItemListBuilder(LookFixture.model(soft), soft);
        assertThat(items(lists.completeTheLook(SHOE_1))).containsExactly(TIGHTS_1, SKIRT_1, TIGHTS_2, SKIRT_2, BAG_1);

        // seed skirt-2 (with tights-2 twice): tights-2, then tights-1 against shoes and bags
        LookConfig veryDiverse = new LookConfig(20, 0, 0.01, 0, 3, 10, 0, 0, 100);
        List<Integer> diverse = items(new ItemListBuilder(LookFixture.model(veryDiverse), veryDiverse).completeTheLook(SKIRT_2));
        List<Integer> plain = items(new ItemListBuilder(LookFixture.model(PLAIN), PLAIN).completeTheLook(SKIRT_2));
        assertThat(plain.get(0)).isEqualTo(TIGHTS_2);
        assertThat(diverse.get(0)).isEqualTo(TIGHTS_2);
        // without diversity the second tights item comes second; with it, a shoe does
        assertThat(plain.get(1)).isEqualTo(TIGHTS_1);
        assertThat(diverse.get(1)).isIn(SHOE_1, SHOE_2, SHOE_3);
    }

    @Test
    void aCatalogueWithoutCategoriesCompletesTheLookWithEveryItem() {
        Catalog catalog = Catalog.of(List.of(Product.bare("a", Catalog.UNCATEGORISED), Product.bare("b", Catalog.UNCATEGORISED),
                Product.bare("c", Catalog.UNCATEGORISED), Product.bare("d", Catalog.UNCATEGORISED)));
        Baskets baskets = Baskets.builder(catalog.items())
                .add(0, 0, new int[]{0, 1}).add(1, 1, new int[]{0, 1}).add(2, 2, new int[]{0, 2}).add(3, 3, new int[]{3})
                .build();
        LookModel model = LookModel.learn(baskets, catalog, LookFixture.COOCCURRENCE, LookConfig.defaults(), n -> { });
        ItemListBuilder lists = new ItemListBuilder(model, LookConfig.defaults());

        assertThat(model.categorised()).isFalse();
        assertThat(items(lists.completeTheLook(0))).containsExactly(1, 2, 3);
        assertThat(items(lists.boughtTogether(0))).containsExactly(1, 2, 3);
        assertThat(items(lists.completeTheLook(3))).containsExactly(0, 1, 2); // never bought with anything: best-sellers
    }

    @Test
    void invalidLookSettingsAreRefused() {
        assertThatThrownBy(() -> new LookConfig(0, 0, 1, 1, 1, 1, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LookConfig(20, 21, 1, 1, 1, 1, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LookConfig(20, 0, 0, 1, 1, 1, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LookConfig(20, 0, 1.5, 1, 1, 1, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LookConfig(20, 0, 1, -1, 1, 1, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LookConfig(20, 0, 1, 1, Double.NaN, 1, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LookConfig(20, 0, 1, 1, 1, -1, 1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LookConfig(20, 0, 1, 1, 1, 1, -1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LookConfig(20, 0, 1, 1, 1, 1, 1, 1.1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LookConfig(20, 0, 1, 1, 1, 1, 1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

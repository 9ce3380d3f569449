package dev.pointe.training.looks;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.catalog.Product;
import dev.pointe.training.events.Baskets;
import dev.pointe.training.looks.CoPurchaseEstimator.Candidates;
import dev.pointe.training.looks.CoPurchaseEstimator.Evidence;
import dev.pointe.training.looks.CoPurchaseEstimator.Scope;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.pointe.training.looks.LookFixture.BAG_1;
import static dev.pointe.training.looks.LookFixture.SHOE_1;
import static dev.pointe.training.looks.LookFixture.SHOE_2;
import static dev.pointe.training.looks.LookFixture.SHOE_3;
import static dev.pointe.training.looks.LookFixture.SKIRT_1;
import static dev.pointe.training.looks.LookFixture.SKIRT_2;
import static dev.pointe.training.looks.LookFixture.TIGHTS_1;
import static dev.pointe.training.looks.LookFixture.TIGHTS_2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CoPurchaseEstimatorTest {

    /** Only the item → category chain: no family, no two-step estimate, no style, no category smoothing. */
    private static final LookConfig PLAIN = new LookConfig(20, 0, 1.0, 0, 3, 10, 0, 0, 100);

    private static Map<Integer, Double> scores(Candidates c) {
        Map<Integer, Double> out = new HashMap<>();
        for (int i = 0; i < c.size(); i++) out.put(c.id(i), c.score(i));
        return out;
    }

    private static Map<Integer, Evidence> evidence(Candidates c) {
        Map<Integer, Evidence> out = new HashMap<>();
        for (int i = 0; i < c.size(); i++) out.put(c.id(i), c.evidence(i));
        return out;
    }

    @Test
    void itemEvidenceBacksOffToTheCategoryPrior() {
        // shoe-1 is in 9 of 30 baskets: with tights-1 6 times, skirt-1 once. Shoes are in 12 baskets, with
        // tights in 9, with skirts in 1, never with bags. Category popularity: tights 11, skirts 3.
        CoPurchaseEstimator estimator = new CoPurchaseEstimator(LookFixture.model(PLAIN), PLAIN);

        Candidates c = estimator.estimate(SHOE_1, Scope.OTHER_CATEGORIES, new CoPurchaseEstimator.Scratch());

        Map<Integer, Double> p = scores(c);
        // p = (c + 3 p0) / (9 + 3); p0 = P(cat j | shoes) * n(j) / (n(cat j) + 1)
        assertThat(p.get(TIGHTS_1)).isCloseTo((6 + 3 * 0.75 * 6 / 12) / 12, within(1e-6));
        assertThat(p.get(SKIRT_1)).isCloseTo((1 + 3 * (1.0 / 12) * 1 / 4) / 12, within(1e-6));
        assertThat(p.get(TIGHTS_2)).isCloseTo(3 * 0.75 * 5 / 12 / 12, within(1e-6));
        assertThat(p.get(SKIRT_2)).isCloseTo(3 * (1.0 / 12) * 2 / 4 / 12, within(1e-6));
        assertThat(p.get(BAG_1)).isCloseTo(0, within(1e-9)); // bags never go with shoes
        assertThat(p).doesNotContainKeys(SHOE_1, SHOE_2, SHOE_3);
        assertThat(evidence(c)).containsEntry(TIGHTS_1, Evidence.ITEM).containsEntry(SKIRT_1, Evidence.ITEM)
                .containsEntry(TIGHTS_2, Evidence.CATEGORY).containsEntry(BAG_1, Evidence.CATEGORY);
    }

    @Test
    void withoutSmoothingTheEstimateIsTheShareOfTheSeedsBaskets() {
        LookConfig raw = new LookConfig(20, 0, 1.0, 0, 0, 0, 0, 0, 100);
        CoPurchaseEstimator estimator = new CoPurchaseEstimator(LookFixture.model(raw), raw);

        Map<Integer, Double> p = scores(estimator.estimate(SHOE_1, Scope.ANY_CATEGORY, new CoPurchaseEstimator.Scratch()));

        assertThat(p.get(TIGHTS_1)).isEqualTo(6.0 / 9);
        assertThat(p.get(SHOE_2)).isEqualTo(2.0 / 9);
        assertThat(p.get(SKIRT_1)).isEqualTo(1.0 / 9);
        assertThat(p.get(TIGHTS_2)).isZero();
    }

    @Test
    void scopesKeepTheirCategories() {
        LookModel model = LookFixture.model(PLAIN);
        CoPurchaseEstimator estimator = new CoPurchaseEstimator(model, PLAIN);
        CoPurchaseEstimator.Scratch scratch = new CoPurchaseEstimator.Scratch();
        Catalog catalog = model.catalog();

        for (Scope scope : Scope.values()) {
            Candidates c = estimator.estimate(SHOE_1, scope, scratch);
            for (int i = 0; i < c.size(); i++) {
                int category = catalog.categoryOf(c.id(i));
                assertThat(c.id(i)).isNotEqualTo(SHOE_1);
                switch (scope) {
                    case OTHER_CATEGORIES -> assertThat(category).isNotEqualTo(LookFixture.SHOES);
                    case SAME_CATEGORY -> assertThat(category).isEqualTo(LookFixture.SHOES);
                    case ANY_CATEGORY -> { }
                }
            }
        }
        assertThat(scores(estimator.estimate(SHOE_1, Scope.SAME_CATEGORY, scratch))).containsOnlyKeys(SHOE_2, SHOE_3);
        assertThat(scores(estimator.estimate(SHOE_1, Scope.ANY_CATEGORY, scratch))).hasSize(7);
    }

    /** Ids (sku order): bag 0, shoe-a-black 1 and shoe-a-pink 2 (one family), tights 3. */
    private static final Catalog FAMILY = Catalog.of(List.of(
            new Product("shoe-a-black", "", "shoes", "", "", 0, List.of(), List.of(), List.of(), -1, "", "shoe-a"),
            new Product("shoe-a-pink", "", "shoes", "", "", 0, List.of(), List.of(), List.of(), -1, "", "shoe-a"),
            new Product("tights", "", "tights", "", "", 0, List.of(), List.of(), List.of(), -1, "", ""),
            new Product("bag", "", "bags", "", "", 0, List.of(), List.of(), List.of(), -1, "", "")));

    @Test
    void anUnsoldVariantBorrowsItsFamilysEvidence() {
        Baskets.Builder b = Baskets.builder(FAMILY.items());
        for (int i = 0; i < 3; i++) b.add(i, i, new int[]{1, 3});
        b.add(5, 5, new int[]{0});
        LookConfig config = new LookConfig(20, 0, 1.0, 0, 3, 2, 0, 0, 100);
        LookModel model = LookModel.learn(b.build(), FAMILY, LookFixture.COOCCURRENCE, config, n -> { });
        CoPurchaseEstimator estimator = new CoPurchaseEstimator(model, config);

        Candidates c = estimator.estimate(2, Scope.OTHER_CATEGORIES, new CoPurchaseEstimator.Scratch());

        assertThat(model.familyMembers(2)).containsExactly(1, 2);
        assertThat(model.familyMembers(3)).isEmpty();
        // pink was never bought: p = q = (c(F, tights) + 2 p0) / (n(F) + 2) = (3 + 2 p0) / 5, p0 = 1 * 3 / 4
        assertThat(scores(c).get(3)).isCloseTo((3 + 2 * 0.75) / 5, within(1e-6));
        assertThat(evidence(c).get(3)).isEqualTo(Evidence.FAMILY);
        assertThat(scores(c).get(0)).isCloseTo(0, within(1e-9));
    }

    @Test
    void theTwoStepEstimateReachesWhatIsBoughtWithWhatIsBoughtWithTheSeed() {
        // shoe-1 is never with tights-2, but with shoe-2 (2 of its 9 baskets), which is with tights-2 in 3 of 5
        LookConfig twoStep = new LookConfig(20, 0, 1.0, 0, 3, 10, 0, 1.0, 100);
        CoPurchaseEstimator estimator = new CoPurchaseEstimator(LookFixture.model(twoStep), twoStep);

        Map<Integer, Double> p = scores(estimator.estimate(SHOE_1, Scope.OTHER_CATEGORIES, new CoPurchaseEstimator.Scratch()));

        // neighbours k of shoe-1 (any category): tights-1 6/9, shoe-2 2/9, skirt-1 1/9; h(tights-2) = (2/9 * 3/5) / (9/9)
        double h = (2.0 / 9 * 3 / 5) / (6.0 / 9 + 2.0 / 9 + 1.0 / 9);
        assertThat(p.get(TIGHTS_2)).isCloseTo(3 * h / 12, within(1e-9));
    }
}

package dev.pointe.training.looks;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.catalog.Product;
import dev.pointe.training.events.Baskets;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CategoryAffinityTest {

    /** a1=0, a2=1 (a=0); b1=2 (b=1); c1=3 (c=2); d1=4 (d=3). */
    private static final Catalog CATALOG = Catalog.of(List.of(Product.bare("a1", "a"), Product.bare("a2", "a"),
            Product.bare("b1", "b"), Product.bare("c1", "c"), Product.bare("d1", "d")));

    private static final int A = 0;
    private static final int B = 1;
    private static final int C = 2;
    private static final int D = 3;

    private static CategoryAffinity affinity() {
        Baskets baskets = Baskets.builder(CATALOG.items())
                .add(0, 1, new int[]{0, 2})      // a b
                .add(0, 2, new int[]{0, 2})      // a b
                .add(0, 3, new int[]{1, 3})      // a c
                .add(0, 4, new int[]{0, 1})      // a only (two items)
                .add(0, 5, new int[]{2})         // b only
                .add(0, 6, new int[]{4})         // d only
                .build();
        return new CategoryAffinity(baskets, CATALOG);
    }

    @Test
    void affinityIsTheShareOfSeedCategoryBasketsOverTheBestShare() {
        CategoryAffinity affinity = affinity();

        assertThat(affinity.categories()).isEqualTo(4);
        // a is in 4 baskets: with b in 2 (0.5, the best), with c in 1 (0.25)
        assertThat(affinity.of(A, B)).isEqualTo(1.0);
        assertThat(affinity.of(A, C)).isCloseTo(0.5, within(1e-12));
        assertThat(affinity.of(A, D)).isEqualTo(0.0);
        // b is in 3 baskets: with a in 2, never with c
        assertThat(affinity.of(B, A)).isEqualTo(1.0);
        assertThat(affinity.of(B, C)).isEqualTo(0.0);
        // c is in 1 basket, with a
        assertThat(affinity.of(C, A)).isEqualTo(1.0);
        assertThat(affinity.of(C, B)).isEqualTo(0.0);
    }

    @Test
    void withinCategoryAndNeverMetCategoriesAreZero() {
        CategoryAffinity affinity = affinity();

        for (int c = 0; c < 4; c++) assertThat(affinity.of(c, c)).isEqualTo(0.0);
        for (int c = 0; c < 4; c++) assertThat(affinity.of(D, c)).isEqualTo(0.0);
    }

    @Test
    void aBasketCountsACategoryOnceWhateverItsItemCount() {
        Baskets baskets = Baskets.builder(CATALOG.items())
                .add(0, 1, new int[]{0, 1, 2}) // a twice, b
                .add(0, 2, new int[]{0, 3})    // a, c
                .build();

        CategoryAffinity affinity = new CategoryAffinity(baskets, CATALOG);

        assertThat(affinity.of(A, B)).isEqualTo(1.0);
        assertThat(affinity.of(A, C)).isEqualTo(1.0);
    }

    @Test
    void conditionalIsTheShareOfSeedCategoryBasketsHoldingTheOther() {
        CategoryAffinity affinity = affinity();

        // a is in 4 baskets: with b in 2, with c in 1, with another a item in 1
        assertThat(affinity.conditional(A, B, 0)).isCloseTo(0.5, within(1e-12));
        assertThat(affinity.conditional(A, C, 0)).isCloseTo(0.25, within(1e-12));
        assertThat(affinity.conditional(A, A, 0)).isCloseTo(0.25, within(1e-12));
        assertThat(affinity.conditional(A, D, 0)).isZero();
        // b is in 3 baskets, 2 of them with a
        assertThat(affinity.conditional(B, A, 0)).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void smoothingPullsARowTowardsHowOftenTheOtherCategoryIsBought() {
        Baskets baskets = Baskets.builder(CATALOG.items())
                .add(0, 1, new int[]{0, 2})      // a b
                .add(0, 2, new int[]{2})         // b
                .add(0, 3, new int[]{2})         // b
                .add(0, 4, new int[]{4})         // d
                .build();

        CategoryAffinity affinity = new CategoryAffinity(baskets, CATALOG);

        // a: 1 basket, with b; b is in 3 of 4 baskets, d in 1 of 4
        assertThat(affinity.conditional(A, B, 2)).isCloseTo((1 + 2 * 0.75) / (1 + 2), within(1e-12));
        assertThat(affinity.conditional(A, D, 2)).isCloseTo((0 + 2 * 0.25) / (1 + 2), within(1e-12));
        // c was never bought: its row is overall popularity
        assertThat(affinity.conditional(C, B, 2)).isCloseTo(0.75, within(1e-12));
    }
}

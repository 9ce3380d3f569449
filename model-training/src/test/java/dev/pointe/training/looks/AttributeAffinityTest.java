package dev.pointe.training.looks;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.catalog.Product;
import dev.pointe.training.events.Baskets;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AttributeAffinityTest {

    private static Product product(String sku, String colour) {
        return new Product(sku, "", "x", "", "", 0, colour.isEmpty() ? List.of() : List.of(colour), List.of(), List.of(), -1, "");
    }

    /** Items (sku order): black-1 = 0, black-2 = 1, blush-1 = 2, blush-2 = 3, plain = 4. Values: black = 0, blush = 1. */
    private static final Catalog CATALOG = Catalog.of(List.of(product("black-1", "black"), product("black-2", "black"),
            product("blush-1", "blush"), product("blush-2", "blush"), product("plain", "")));

    @Test
    void liftOfValuesBoughtTogetherOverChanceSmoothedByOnePair() {
        // blush with blush twice, black with blush once
        Baskets baskets = Baskets.builder(CATALOG.items())
                .add(0, 0, new int[]{2, 3}).add(1, 1, new int[]{2, 3}).add(2, 2, new int[]{0, 2}).build();
        StyleProfile style = new StyleProfile(CATALOG);
        AttributeAffinity affinity = new AttributeAffinity(baskets, style);

        // ordered value pairs: (blush, blush) x4, (black, blush) x1, (blush, black) x1; total 6
        // left/right: black 1, blush 5; expected(blush, blush) = 5*5/6, expected(black, blush) = 1*5/6
        float[] blushSeed = affinity.row(2, null);
        assertThat(affinity.logAffinity(blushSeed, 3)).isCloseTo(Math.log((4 + 1) / (25.0 / 6 + 1)), within(1e-6));
        assertThat(affinity.logAffinity(blushSeed, 0)).isCloseTo(Math.log((1 + 1) / (5.0 / 6 + 1)), within(1e-6));
        float[] blackSeed = affinity.row(0, null);
        // (black, black) never: expected 1*1/6
        assertThat(affinity.logAffinity(blackSeed, 1)).isCloseTo(Math.log(1 / (1.0 / 6 + 1)), within(1e-6));
        // an item without attributes is neutral, either way
        assertThat(affinity.logAffinity(blushSeed, 4)).isZero();
        assertThat(affinity.row(4, null)).isNull();
    }
}

package dev.pointe.training.looks;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.catalog.Product;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StyleProfileTest {

    private static Product product(String sku, List<String> colours, List<String> materials, List<String> tags) {
        return new Product(sku, "", "x", "", "", 0, colours, materials, tags, -1, "");
    }

    /** p0 = 0, p1 = 1, p2 = 2, p3 = 3. */
    private static final StyleProfile STYLE = new StyleProfile(Catalog.of(List.of(
            product("p0", List.of("blush"), List.of("satin"), List.of("balletcore")),
            product("p1", List.of("blush", "black"), List.of(), List.of("balletcore")),
            product("p2", List.of(), List.of(), List.of()),
            product("p3", List.of("cream"), List.of(), List.of("cream", "coquette")))));

    @Test
    void jaccardOfColoursMaterialsAndTags() {
        // {blush, satin, balletcore} vs {blush, black, balletcore}: 2 shared of 4
        assertThat(STYLE.jaccard(0, 1)).isEqualTo(0.5);
        assertThat(STYLE.jaccard(1, 0)).isEqualTo(0.5);
        assertThat(STYLE.jaccard(0, 0)).isEqualTo(1.0);
        assertThat(STYLE.jaccard(0, 3)).isEqualTo(0.0);
        // a value in two lists counts once: p3 is {cream, coquette}
        assertThat(STYLE.jaccard(3, 3)).isEqualTo(1.0);
    }

    @Test
    void itemsWithoutAttributesShareNothing() {
        assertThat(STYLE.described(2)).isFalse();
        assertThat(STYLE.described(0)).isTrue();
        assertThat(STYLE.jaccard(0, 2)).isEqualTo(0.0);
        assertThat(STYLE.jaccard(2, 2)).isEqualTo(0.0);
        assertThat(STYLE.shared(0, 2)).isEmpty();
    }

    @Test
    void sharedValuesAreInAttributeNameOrder() {
        assertThat(STYLE.shared(0, 1)).containsExactly("balletcore", "blush");
        assertThat(STYLE.shared(3, 3)).containsExactly("coquette", "cream");
        assertThat(STYLE.shared(1, 3)).isEmpty();
    }
}

package dev.pointe.service.domain;

import dev.pointe.format.ListEntry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListQueryTest {

    private static final List<ListEntry> LIST = List.of(
            new ListEntry("T1", "Sheer Tights", "hosiery", 10, "/t1.svg", 3.0, "bt", List.of("blush")),
            new ListEntry("T2", "Leg Warmers", "hosiery", 25, "/t2.svg", 2.5, "bt", List.of()),
            new ListEntry("S1", "Tulle Skirt", "skirts", 60, "/s1.svg", 2.0, "ms", List.of("tulle", "blush")),
            new ListEntry("SEED", "The seed", "shoes", 80, "", 1.5, "bt", List.of()),
            new ListEntry("B1", "Hair Bow", "accessories", 12, "", 1.0, "pc", List.of()));

    @Test
    void keepsOrderAppliesLimitAndNeverReturnsTheSeed() {
        List<RecommendedItem> out = new ListQuery(10, Set.of(), Set.of(), null, null, 5).apply("SEED", LIST);
        assertThat(out).extracting(RecommendedItem::sku).containsExactly("T1", "T2", "S1", "B1");
        assertThat(new ListQuery(2, Set.of(), Set.of(), null, null, 5).apply("SEED", LIST)).extracting(RecommendedItem::sku)
                .containsExactly("T1", "T2");
    }

    @Test
    void filtersByCategoryExcludePriceAndCapsPerCategory() {
        assertThat(new ListQuery(10, Set.of("hosiery"), Set.of(), null, null, 5).apply("SEED", LIST))
                .extracting(RecommendedItem::sku).containsExactly("T1", "T2");
        assertThat(new ListQuery(10, Set.of(), Set.of("T1"), null, null, 5).apply("SEED", LIST))
                .extracting(RecommendedItem::sku).containsExactly("T2", "S1", "B1");
        assertThat(new ListQuery(10, Set.of(), Set.of(), 11.0, 59.0, 5).apply("SEED", LIST))
                .extracting(RecommendedItem::sku).containsExactly("T2", "B1");
        assertThat(new ListQuery(10, Set.of(), Set.of(), null, null, 1).apply("SEED", LIST))
                .extracting(RecommendedItem::sku).containsExactly("T1", "S1", "B1");
    }

    @Test
    void reasonsAreWords() {
        List<RecommendedItem> out = new ListQuery(10, Set.of(), Set.of(), null, null, 5).apply("SEED", LIST);
        assertThat(out.get(0).reason()).isEqualTo("often bought together · same style: blush");
        assertThat(out.get(1).reason()).isEqualTo("often bought together");
        assertThat(out.get(2).reason()).isEqualTo("matching style: tulle, blush");
        assertThat(out.get(3).reason()).isEqualTo("popular in accessories");
    }

    @Test
    void invalidQueriesNameTheParameter() {
        assertThatThrownBy(() -> new ListQuery(0, Set.of(), Set.of(), null, null, 3)).isInstanceOf(InvalidParameterException.class)
                .hasMessage("parameter 'limit' must be between 1 and 50");
        assertThatThrownBy(() -> new ListQuery(5, Set.of(), Set.of(), 10.0, 5.0, 3))
                .satisfies(e -> assertThat(((InvalidParameterException) e).parameter()).isEqualTo("maxPrice"));
    }
}

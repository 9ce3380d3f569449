package dev.pointe.service.adapter.in.web;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which targets the fast path takes, and how it reads their queries; the rest goes to WebFlux. */
class FastItemListsTest {

    private static final String LOOK = "/complete-the-look";

    @Test
    void plainTargetsOfTheRouteAreTaken() {
        assertThat(FastItemLists.plainTarget("/v1/items/PT-SHO-0001/complete-the-look", LOOK, 8192)).isTrue();
        assertThat(FastItemLists.plainTarget("/v1/items/PT-SHO-0001/complete-the-look?limit=3&category=tops,skirts", LOOK, 8192)).isTrue();
        assertThat(FastItemLists.plainTarget("/v1/items/a.b_c~d/complete-the-look?", LOOK, 8192)).isTrue();
    }

    @Test
    void everythingTheFrameworkDecodesOrRefusesIsLeftToIt() {
        assertThat(FastItemLists.plainTarget("/v1/items/PT%2D1/complete-the-look", LOOK, 8192)).isFalse();
        assertThat(FastItemLists.plainTarget("/v1/items/PT-1/complete-the-look?category=knit%20shrugs", LOOK, 8192)).isFalse();
        assertThat(FastItemLists.plainTarget("/v1/items/PT-1;v=1/complete-the-look", LOOK, 8192)).isFalse();
        assertThat(FastItemLists.plainTarget("/v1/items/a/b/complete-the-look", LOOK, 8192)).isFalse();
        assertThat(FastItemLists.plainTarget("/v1/items//complete-the-look", LOOK, 8192)).isFalse();
        assertThat(FastItemLists.plainTarget("/v1/items/PT-1/complete-the-look/", LOOK, 8192)).isFalse();
        assertThat(FastItemLists.plainTarget("/v1/items/PT-1/similar", LOOK, 8192)).isFalse();
        assertThat(FastItemLists.plainTarget("/v1/items/PT-1/complete-the-look?q=é", LOOK, 8192)).isFalse();
        assertThat(FastItemLists.plainTarget("/v2/items/PT-1/complete-the-look", LOOK, 8192)).isFalse();
        assertThat(FastItemLists.plainTarget("http://host/v1/items/PT-1/complete-the-look", LOOK, 8192)).isFalse();
        String longTarget = "/v1/items/PT-1/complete-the-look?exclude=" + "x".repeat(300);
        assertThat(FastItemLists.plainTarget(longTarget, LOOK, 300)).isFalse(); // ServerLimits answers 414 there
        assertThat(FastItemLists.plainTarget(longTarget, LOOK, 8192)).isTrue();
    }

    @Test
    void queriesReadAsTheFrameworkReadsThem() {
        String uri = "/p?limit=3&category=tops&category=knit+shrugs&&=x&inStock&limit=9&seedCategory=";
        Map<String, List<String>> params = FastItemLists.params(uri, uri.indexOf('?') + 1);
        assertThat(params).containsOnlyKeys("limit", "category", "inStock", "seedCategory");
        assertThat(params.get("limit")).containsExactly("3", "9");
        assertThat(params.get("category")).containsExactly("tops", "knit shrugs");
        assertThat(params.get("inStock")).containsExactly("");
        assertThat(params.get("seedCategory")).containsExactly("");
        assertThat(FastItemLists.params("/p?", 3)).isEmpty();
    }
}

package dev.pointe.format;

import dev.pointe.format.MerchandisingRule.Action;
import dev.pointe.format.MerchandisingRule.Match;
import dev.pointe.format.MerchandisingRule.When;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleSetTest {

    private static Match brands(String... brands) {
        return new Match(null, List.of(brands), null, null, null, null);
    }

    @Test
    void aValidSetHasNoProblemsAndRoundTrips() {
        RuleSet rules = new RuleSet(3, "2026-12-02T10:00:00Z", List.of(
                new MerchandisingRule("plie-first", Action.BOOST, brands("Maison Plié"), new When(List.of("complete-the-look"), null), 2.5, null),
                new MerchandisingRule("hero", Action.PIN, new Match(List.of("PT-TOP-0001"), null, null, null, null, null), null, null, 1),
                new MerchandisingRule("no-cheap", Action.EXCLUDE, new Match(null, null, null, null, null, 5.0), null, null, null)));
        assertThat(rules.problems()).isEmpty();
        byte[] json = ModelCodec.encodeRules(rules);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"action\":\"boost\"").doesNotContain("\"position\":null");
        assertThat(ModelCodec.decodeRules(json)).isEqualTo(rules);
    }

    @Test
    void namesEveryWrongField() {
        RuleSet rules = new RuleSet(0, null, List.of(
                new MerchandisingRule("a b", Action.BOOST, brands("x"), null, 0.5, null),
                new MerchandisingRule("pin", Action.PIN, brands("x"), new When(List.of("home-page"), null), null, 0),
                new MerchandisingRule("pin", Action.EXCLUDE, new Match(null, null, null, null, 10.0, 5.0), null, null, 3),
                new MerchandisingRule("empty", Action.BURY, new Match(null, null, null, null, null, null), null, null, null)));
        assertThat(rules.problems()).containsExactly(
                "rules[0].id: required, 1..64 letters, digits, '.', '_' or '-'",
                "rules[0].factor: required for boost, in (1, 100]",
                "rules[1].when.lists: unknown list 'home-page' (complete-the-look, bought-together, similar)",
                "rules[1].match.skus: a pin names exactly one sku",
                "rules[1].position: required for pin, 1..100",
                "rules[2].match.maxPrice: must not be below minPrice",
                "rules[2].position: only a pin takes a position",
                "rules[2].id: 'pin' is used by an earlier rule",
                "rules[3].match: required, with at least one of skus, brands, categories, tags, minPrice, maxPrice");
    }

    @Test
    void anUnknownActionIsMalformed() {
        assertThatThrownBy(() -> ModelCodec.decodeRules("{\"version\":1,\"rules\":[{\"id\":\"a\",\"action\":\"promote\"}]}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed rules value");
    }
}

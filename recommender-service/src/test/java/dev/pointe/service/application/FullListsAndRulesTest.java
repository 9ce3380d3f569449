package dev.pointe.service.application;

import dev.pointe.format.ItemData;
import dev.pointe.format.ListEntry;
import dev.pointe.format.MerchandisingRule;
import dev.pointe.format.MerchandisingRule.Action;
import dev.pointe.format.MerchandisingRule.Match;
import dev.pointe.format.MerchandisingRule.When;
import dev.pointe.service.application.port.CatalogAvailability;
import dev.pointe.service.application.port.ModelRepository;
import dev.pointe.service.domain.Availability;
import dev.pointe.service.domain.ListKind;
import dev.pointe.service.domain.ListQuery;
import dev.pointe.service.domain.RecommendedItem;
import dev.pointe.service.domain.Recommendations;
import dev.pointe.service.domain.UnknownItemException;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Fill under filters, stock from the model, paging, seed-relative filters and merchandising rules, on a tiny model. */
class FullListsAndRulesTest {

    private static final CatalogAvailability NO_CATALOG = CatalogAvailability.NONE;

    private static ListEntry entry(String sku, String category, double price, double score, String brand, int stock, String colour) {
        return new ListEntry(sku, sku, category, price, "", score, "bt", List.of(), brand, stock, List.of(colour), List.of("balletcore"));
    }

    /** FLATS (shoes, 40, Plié, blush): its look T1 (out of stock), S1, S2, B1; best-sellers of tights, skirts and bags. */
    private static final class TinyModel implements ModelRepository {
        @Override
        public Mono<String> activeVersion() {
            return Mono.just("v1");
        }

        @Override
        public String knownVersion() {
            return "v1";
        }

        @Override
        public Mono<List<ListEntry>> list(String version, ListKind kind, String sku) {
            if (!sku.equals("FLATS")) return Mono.empty();
            return Mono.just(List.of(entry("T1", "tights", 12, 4, "Plié", 0, "blush"), entry("S1", "skirts", 90, 3, "Other", 5, "black"),
                    entry("S2", "skirts", 35, 2, "Plié", -1, "blush"), entry("B1", "bags", 20, 1, "Other", 2, "cream")));
        }

        @Override
        public Mono<ItemData> item(String version, String sku) {
            return switch (sku) {
                case "FLATS" -> Mono.just(new ItemData("FLATS", "Flats", "shoes", "shoes", "Plié", 40, List.of("blush"), List.of(), List.of(), 3, ""));
                case "HERO" -> Mono.just(new ItemData("HERO", "Hero top", "tops", "tops", "Plié", 30, List.of("blush"), List.of(), List.of(), 9, ""));
                default -> Mono.empty();
            };
        }

        @Override
        public Mono<Map<String, List<ListEntry>>> popular(String version) {
            return Mono.just(Map.of(
                    "shoes", List.of(entry("F2", "shoes", 45, 9, "Plié", 3, "blush")),
                    "tights", List.of(entry("T2", "tights", 10, 8, "Other", 4, "cream"), entry("T3", "tights", 14, 7, "Plié", 1, "blush")),
                    "skirts", List.of(entry("S3", "skirts", 25, 6, "Plié", 2, "blush")),
                    "bags", List.of(entry("B2", "bags", 60, 5, "Other", 1, "black"))));
        }
    }

    private static List<String> skus(MerchandisingRule[] rules, String seed, ListQuery query) {
        return answer(rules, seed, query).items().stream().map(RecommendedItem::sku).toList();
    }

    private static Recommendations answer(MerchandisingRule[] rules, String seed, ListQuery query) {
        return new RecommendItems(new TinyModel(), ListKind.COMPLETE_THE_LOOK, NO_CATALOG, InMemoryRules.of(rules))
                .recommend(seed, query).block(Duration.ofSeconds(5));
    }

    private static ListQuery query(int limit, int offset, Double maxPrice, Double priceRatio, boolean sameBrand, String seedCategory) {
        return new ListQuery(limit, offset, Set.of(), Set.of(), null, maxPrice, ListQuery.NO_CAP, true, priceRatio, sameBrand, false, seedCategory);
    }

    private static final MerchandisingRule[] NO_RULES = {};

    @Test
    void outOfStockItemsOfTheModelGoAndTheListIsFilledToTheLimit() {
        // T1 has stock 0; the fill takes best-sellers of the other categories in turns (category-name order)
        assertThat(skus(NO_RULES, "FLATS", query(6, 0, null, null, false, null))).containsExactly("S1", "S2", "B1", "B2", "S3", "T2");
        ListQuery anyStock = new ListQuery(6, 0, Set.of(), Set.of(), null, null, ListQuery.NO_CAP, false, null, false, false, null);
        assertThat(skus(NO_RULES, "FLATS", anyStock)).startsWith("T1", "S1");
    }

    @Test
    void aPriceFilterStillFillsTheLimitFromTheFallbackPool() {
        Recommendations r = answer(NO_RULES, "FLATS", query(4, 0, 30.0, null, false, null));
        assertThat(r.items()).extracting(RecommendedItem::sku).containsExactly("B1", "S3", "T2", "T3");
        assertThat(r.items()).allSatisfy(i -> assertThat(i.price()).isLessThanOrEqualTo(30));
    }

    @Test
    void offsetPagesThroughTheListAndItsFill() {
        List<String> all = skus(NO_RULES, "FLATS", query(6, 0, null, null, false, null));
        assertThat(skus(NO_RULES, "FLATS", query(2, 0, null, null, false, null))).isEqualTo(all.subList(0, 2));
        assertThat(skus(NO_RULES, "FLATS", query(2, 2, null, null, false, null))).isEqualTo(all.subList(2, 4));
        assertThat(skus(NO_RULES, "FLATS", query(2, 4, null, null, false, null))).isEqualTo(all.subList(4, 6));
        assertThat(skus(NO_RULES, "FLATS", query(2, 20, null, null, false, null))).isEmpty();
        assertThatThrownBy(() -> query(50, 60, null, null, false, null)).hasMessageContaining("offset");
        assertThatThrownBy(() -> query(10, Integer.MAX_VALUE, null, null, false, null)).hasMessageContaining("offset"); // no overflow
    }

    @Test
    void filtersRelativeToTheSeed() {
        // FLATS costs 40: within a factor 1.5 is 26.67..60
        assertThat(skus(NO_RULES, "FLATS", query(3, 0, null, 1.5, false, null))).containsExactly("S2", "B2");
        assertThat(skus(NO_RULES, "FLATS", query(3, 0, null, null, true, null))).containsExactly("S2", "S3", "T3");
        ListQuery sameColour = new ListQuery(2, 0, Set.of(), Set.of(), null, null, ListQuery.NO_CAP, true, null, false, true, null);
        assertThat(skus(NO_RULES, "FLATS", sameColour)).containsExactly("S2", "S3");
    }

    @Test
    void anUnknownSkuGetsBestSellersForTheCategoryTheRequestNames() {
        Recommendations r = answer(NO_RULES, "NEW-FLATS", query(3, 0, null, null, false, "shoes"));
        assertThat(r.fallback()).isEqualTo(RecommendItems.FALLBACK_UNKNOWN_ITEM);
        assertThat(r.items()).extracting(RecommendedItem::sku).containsExactly("B2", "S3", "T2");
        assertThatThrownBy(() -> answer(NO_RULES, "NEW-FLATS", query(3, 0, null, null, false, null))).isInstanceOf(UnknownItemException.class);
    }

    @Test
    void boostBuryAndExcludeReRankTheCandidates() {
        MerchandisingRule boost = new MerchandisingRule("plie", Action.BOOST, new Match(null, List.of("plié"), null, null, null, null), null, 2.0, null);
        MerchandisingRule bury = new MerchandisingRule("no-black", Action.BURY, new Match(List.of("S1"), null, null, null, null, null), null, null, null);
        MerchandisingRule exclude = new MerchandisingRule("no-bags", Action.EXCLUDE, new Match(null, null, List.of("bags"), null, null, null), null, null, null);
        Recommendations r = answer(new MerchandisingRule[]{boost, bury, exclude}, "FLATS", query(4, 0, null, null, false, null));
        // T1 (Plié, boosted) is out of stock; S2 (Plié) ahead of S1, which is buried behind the rest of its list;
        // B1 and the fill's bags excluded; the fill re-ranked by the boost too: T3 (7 × 2), S3 (6 × 2), T2 (8)
        assertThat(r.items()).extracting(RecommendedItem::sku).containsExactly("S2", "S1", "T3", "S3");
        assertThat(r.items().get(0).reasonCode()).isEqualTo("boosted");
        assertThat(r.items().get(0).reason()).isEqualTo("recommended by the shop");
    }

    @Test
    void aPinTakesItsPositionAndOnlyWhereItsScopeSays() {
        MerchandisingRule pin = new MerchandisingRule("hero", Action.PIN, new Match(List.of("HERO"), null, null, null, null, null),
                new When(List.of("complete-the-look"), List.of("shoes")), null, 2);
        Recommendations r = answer(new MerchandisingRule[]{pin}, "FLATS", query(4, 0, null, null, false, null));
        assertThat(r.items()).extracting(RecommendedItem::sku).containsExactly("S1", "HERO", "S2", "B1");
        assertThat(r.items().get(1).reasonCode()).isEqualTo("pinned");
        // a pinned item must pass the client's filters like any other
        assertThat(skus(new MerchandisingRule[]{pin}, "FLATS", query(4, 0, 25.0, null, false, null))).doesNotContain("HERO");
        MerchandisingRule elsewhere = new MerchandisingRule("hero", Action.PIN, new Match(List.of("HERO"), null, null, null, null, null),
                new When(List.of("similar"), null), null, 1);
        assertThat(skus(new MerchandisingRule[]{elsewhere}, "FLATS", query(4, 0, null, null, false, null))).doesNotContain("HERO");
    }
}

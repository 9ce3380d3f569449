package dev.pointe.service.application;

import dev.pointe.format.ItemData;
import dev.pointe.format.ListEntry;
import dev.pointe.service.application.port.CatalogAvailability;
import dev.pointe.service.application.port.ModelRepository;
import dev.pointe.service.domain.Availability;
import dev.pointe.service.domain.ListKind;
import dev.pointe.service.domain.ListQuery;
import dev.pointe.service.domain.NoActiveModelException;
import dev.pointe.service.domain.RecommendedItem;
import dev.pointe.service.domain.UnknownItemException;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The use case against an in-memory model (the Redis adapter has its own tests against a real Redis). */
class RecommendItemsTest {

    private static final ListQuery DEFAULT = new ListQuery(8, Set.of(), Set.of(), null, null, 3);

    private static final CatalogAvailability NO_CATALOG = CatalogAvailability.NONE;

    private static ListEntry entry(String sku, String category, double score) {
        return new ListEntry(sku, sku + " title", category, 10, "", score, "pc", List.of());
    }

    /** v1: FLATS has a look; COLD has an empty look; best-sellers of three categories. */
    private static final class InMemoryModel implements ModelRepository {
        final String active;

        InMemoryModel(String active) {
            this.active = active;
        }

        @Override
        public Mono<String> activeVersion() {
            return Mono.justOrEmpty(active);
        }

        @Override
        public String knownVersion() {
            return active;
        }

        @Override
        public Mono<List<ListEntry>> list(String version, ListKind kind, String sku) {
            return switch (sku) {
                case "FLATS" -> Mono.just(List.of(entry("TIGHTS", "hosiery", 2), entry("SKIRT", "skirts", 1)));
                case "COLD" -> Mono.just(List.of());
                default -> Mono.empty();
            };
        }

        @Override
        public Mono<ItemData> item(String version, String sku) {
            return Mono.just(new ItemData(sku, sku, "shoes", "shoes", "", 50, List.of(), List.of(), List.of(), 3, ""));
        }

        @Override
        public Mono<Map<String, List<ListEntry>>> popular(String version) {
            return Mono.just(Map.of(
                    "shoes", List.of(entry("OTHER-FLATS", "shoes", 9)),
                    "hosiery", List.of(entry("H1", "hosiery", 5), entry("H2", "hosiery", 4)),
                    "tops", List.of(entry("T1", "tops", 7))));
        }
    }

    @Test
    void answersFromTheItemsOwnListFilledUpWithBestSellersOfOtherCategories() {
        StepVerifier.create(new RecommendItems(new InMemoryModel("v1"), ListKind.COMPLETE_THE_LOOK, NO_CATALOG, InMemoryRules.NONE).recommend("FLATS", DEFAULT))
                .assertNext(r -> {
                    assertThat(r.version()).isEqualTo("v1");
                    assertThat(r.fallback()).isNull();
                    // the own list first, then best-sellers of the other categories in turns, each saying so
                    assertThat(r.items()).extracting(RecommendedItem::sku).containsExactly("TIGHTS", "SKIRT", "H1", "T1", "H2");
                    assertThat(r.items().subList(2, 5)).allSatisfy(i -> assertThat(i.reason()).startsWith("popular in"));
                })
                .expectComplete().verify(Duration.ofSeconds(5));
    }

    @Test
    void anEmptyLookFallsBackToBestSellersOfOtherCategoriesInTurns() {
        StepVerifier.create(new RecommendItems(new InMemoryModel("v1"), ListKind.COMPLETE_THE_LOOK, NO_CATALOG, InMemoryRules.NONE).recommend("COLD", DEFAULT))
                .assertNext(r -> {
                    assertThat(r.fallback()).isEqualTo(RecommendItems.FALLBACK_POPULAR);
                    assertThat(r.items()).extracting(RecommendedItem::category).doesNotContain("shoes");
                    assertThat(r.items()).extracting(RecommendedItem::sku).containsExactlyInAnyOrder("H1", "T1", "H2");
                    assertThat(r.items().get(2).sku()).isEqualTo("H2"); // second rank of hosiery after both firsts
                })
                .expectComplete().verify(Duration.ofSeconds(5));
    }

    @Test
    void unknownItemAndMissingModelAreErrorsNotEmptyAnswers() {
        StepVerifier.create(new RecommendItems(new InMemoryModel("v1"), ListKind.SIMILAR, NO_CATALOG, InMemoryRules.NONE).recommend("NOPE", DEFAULT))
                .expectError(UnknownItemException.class).verify(Duration.ofSeconds(5));
        StepVerifier.create(new RecommendItems(new InMemoryModel(null), ListKind.SIMILAR, NO_CATALOG, InMemoryRules.NONE).recommend("FLATS", DEFAULT))
                .expectError(NoActiveModelException.class).verify(Duration.ofSeconds(5));
    }
}

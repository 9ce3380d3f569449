package dev.pointe.service.application;

import dev.pointe.format.ListEntry;
import dev.pointe.service.application.port.CatalogAvailability;
import dev.pointe.service.domain.ListQuery;
import dev.pointe.service.domain.LiveCatalog;
import dev.pointe.service.domain.Recommendations;
import dev.pointe.service.domain.SeedItem;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * The last step of every answer: candidates from the model, live stock and prices from the shop's
 * catalogue when it answers, then the client's filters and limit. A failing catalogue never fails the
 * answer: it is given unfiltered, marked degraded.
 */
final class Answers {

    private Answers() {
    }

    static Mono<Recommendations> answer(CatalogAvailability catalog, String seed, String sku, String version,
                                        List<ListEntry> entries, ListQuery query, String fallback) {
        return answer(catalog, SeedItem.only(seed, ""), sku, version, entries, query, fallback);
    }

    /**
     * The answer's items to the query's depth: live stock decides when the catalogue answers, the model's stock
     * when there is no catalogue or it failed (then the answer is marked degraded).
     */
    static Mono<Recommendations> answer(CatalogAvailability catalog, SeedItem seed, String sku, String version,
                                        List<ListEntry> entries, ListQuery query, String fallback) {
        List<ListEntry> candidates = query.candidates(seed.sku(), entries);
        if (!catalog.enabled() || candidates.isEmpty()) {
            return Mono.just(new Recommendations(sku, version, query.apply(seed, query.inModelStock(candidates)), fallback, false));
        }
        return catalog.check(candidates.stream().map(ListEntry::sku).toList())
                .map(live -> new Recommendations(sku, version, query.apply(seed, LiveCatalog.apply(candidates, live, query.inStock())),
                        fallback, false))
                .onErrorResume(e -> Mono.just(new Recommendations(sku, version, query.apply(seed, query.inModelStock(candidates)),
                        fallback, true)));
    }
}

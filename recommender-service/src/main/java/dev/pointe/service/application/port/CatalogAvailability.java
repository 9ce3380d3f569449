package dev.pointe.service.application.port;

import dev.pointe.service.domain.Availability;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/** The shop's catalogue: live stock and prices. */
public interface CatalogAvailability {

    /** No catalogue configured: answers straight from the model, never degraded. */
    CatalogAvailability NONE = new CatalogAvailability() {
        @Override
        public boolean enabled() {
            return false;
        }

        @Override
        public Mono<Map<String, Availability>> check(List<String> skus) {
            return Mono.just(Map.of());
        }
    };

    /** False when no catalogue is configured: answers come straight from the model. */
    boolean enabled();

    /**
     * Availability of these skus, sku → availability (unknown skus absent). Errors when the catalogue is
     * slow, failing, answering garbage or cut off by its circuit breaker; callers then answer unfiltered.
     */
    Mono<Map<String, Availability>> check(List<String> skus);
}

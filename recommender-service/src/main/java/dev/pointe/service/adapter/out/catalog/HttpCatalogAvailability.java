package dev.pointe.service.adapter.out.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.pointe.service.application.port.CatalogAvailability;
import dev.pointe.service.config.PointeProperties;
import dev.pointe.service.config.ServiceMetrics;
import dev.pointe.service.domain.Availability;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * The shop's catalogue API over HTTP: {@code GET {base}/v1/availability?skus=A,B,C} answering
 * {@code [{"sku":"A","inStock":true,"price":12.95,"category":"hosiery"}, ...]} (price and category optional). Within a time budget, behind a circuit
 * breaker, with a short per-item cache, so that a slow or broken catalogue costs at most the budget
 * and, once the breaker is open, nothing.
 */
public final class HttpCatalogAvailability implements CatalogAvailability {

    /** One item in the catalogue's answer. */
    record Item(String sku, Boolean inStock, Double price, String category) {
    }

    private static final ParameterizedTypeReference<List<Item>> ITEMS = new ParameterizedTypeReference<>() { };

    private final WebClient client;
    private final PointeProperties.Catalog settings;
    private final CircuitBreaker breaker;
    private final Cache<String, Availability> cache;
    private final MeterRegistry registry;

    public HttpCatalogAvailability(WebClient client, PointeProperties.Catalog settings, CircuitBreaker breaker,
                                   MeterRegistry registry) {
        this.client = client;
        this.settings = settings;
        this.breaker = breaker;
        this.registry = registry;
        this.cache = Caffeine.newBuilder().expireAfterWrite(settings.cacheTtl())
                .maximumWeight(32L * 1024 * 1024).weigher((String sku, Availability a) -> 160 + 4 * sku.length()).build();
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public Mono<Map<String, Availability>> check(List<String> skus) {
        Map<String, Availability> known = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String sku : skus) {
            Availability a = cache.getIfPresent(sku);
            if (a != null) known.put(sku, a);
            else missing.add(sku);
        }
        if (missing.isEmpty()) return Mono.just(known);
        return client.get().uri(b -> b.path("/v1/availability").queryParam("skus", String.join(",", missing)).build())
                .retrieve()
                .bodyToMono(ITEMS)
                .map(HttpCatalogAvailability::wellFormed) // inside the breaker: a malformed answer is a failure too
                .timeout(settings.timeout())
                .transformDeferred(CircuitBreakerOperator.of(breaker))
                .map(items -> {
                    for (Item item : items) {
                        Availability a = new Availability(item.sku(), item.inStock(), item.price(),
                                item.category() == null || item.category().isBlank() || item.category().length() > 200 ? null : item.category());
                        cache.put(item.sku(), a);
                        known.put(item.sku(), a);
                    }
                    return known;
                })
                .doOnSuccess(m -> count("success"))
                .doOnError(e -> count(e instanceof CallNotPermittedException ? "rejected"
                        : e instanceof TimeoutException ? "timeout" : "error"));
    }

    private static List<Item> wellFormed(List<Item> items) {
        for (Item item : items) {
            if (item == null || item.sku() == null || item.inStock() == null) {
                throw new IllegalStateException("catalogue answered an item without sku or inStock");
            }
        }
        return items;
    }

    private void count(String outcome) {
        registry.counter(ServiceMetrics.CATALOG_CALLS, "outcome", outcome).increment();
    }
}

package dev.pointe.service.config;

/**
 * The service's own metric names, fixed so that dashboards and alerts can rely on them. Besides these,
 * Spring's {@code http.server.requests} (latency histograms per endpoint) and Lettuce's
 * {@code lettuce.command.completion} (Redis command latency) are exported.
 */
public final class ServiceMetrics {

    /** Gauge, tag {@code version}: 1 for the model version being served. */
    public static final String ACTIVE_MODEL = "pointe.model.active";
    /** Cache name of the near-cache in Micrometer's {@code cache.gets{result=hit|miss}}, {@code cache.size}... */
    public static final String NEAR_CACHE = "pointe.nearcache";
    /** Counter, tag {@code kind}: answers given by a fallback instead of the item's own list. */
    public static final String FALLBACKS = "pointe.recommendations.fallbacks";

    /** Counter, tag {@code outcome} = success, error, timeout, rejected (breaker open): calls to the catalogue API. */
    public static final String CATALOG_CALLS = "pointe.catalog.calls";
    /** Name of the catalogue's circuit breaker in {@code resilience4j.circuitbreaker.state{name=...}}. */
    public static final String CATALOG_BREAKER = "catalog";

    private ServiceMetrics() {
    }
}

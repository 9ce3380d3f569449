package dev.pointe.service.config;

/**
 * The service's own metric names, fixed so that dashboards and alerts can rely on them. Besides these,
 * Spring's {@code http.server.requests} (latency histograms per endpoint) and Lettuce's
 * {@code lettuce.command.completion} (Redis command latency) are exported.
 */
public final class ServiceMetrics {

    /** Gauge, tag {@code version}: 1 for the model version being served. */
    public static final String ACTIVE_MODEL = "pointe.model.active";
    /** Counter: shopper events this instance counted, by type, model version and experiment arm. */
    public static final String ONLINE_EVENTS = "pointe.online.events";
    /** Gauge: stream entries the consumer group has not read yet (-1 until known): alert when it grows. */
    public static final String ONLINE_LAG = "pointe.online.lag";
    /** Counter: revenue of the purchases this instance counted (price × quantity), by model version and experiment arm. */
    public static final String ONLINE_REVENUE = "pointe.online.revenue";
    /** Cache name of the near-cache in Micrometer's {@code cache.gets{result=hit|miss}}, {@code cache.size}... */
    public static final String NEAR_CACHE = "pointe.nearcache";
    /** Counter, tag {@code kind}: answers given by a fallback instead of the item's own list. */
    public static final String FALLBACKS = "pointe.recommendations.fallbacks";

    /** Gauge: model reads (Redis GETs) in flight now; at {@code pointe.redis.max-in-flight} further reads are shed with 503. */
    public static final String READS_IN_FLIGHT = "pointe.model.reads.in.flight";

    /** Counter, tag {@code outcome} = success, error, timeout, rejected (breaker open): calls to the catalogue API. */
    public static final String CATALOG_CALLS = "pointe.catalog.calls";
    /** Name of the catalogue's circuit breaker in {@code resilience4j.circuitbreaker.state{name=...}}. */
    public static final String CATALOG_BREAKER = "catalog";

    private ServiceMetrics() {
    }
}

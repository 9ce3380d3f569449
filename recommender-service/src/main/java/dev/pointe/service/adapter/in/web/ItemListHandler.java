package dev.pointe.service.adapter.in.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.pointe.format.Experiment;
import dev.pointe.format.RecommendationId;
import dev.pointe.service.application.RecommendItems;
import dev.pointe.service.application.port.Experiments;
import dev.pointe.service.config.PointeProperties;
import dev.pointe.service.config.ServiceMetrics;
import dev.pointe.service.domain.InvalidParameterException;
import dev.pointe.service.domain.ListQuery;
import dev.pointe.service.domain.Recommendations;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code GET /v1/items/{sku}/complete-the-look}, {@code /bought-together} and {@code /similar} as functional
 * routes: the query string is parsed once into a {@link ListQuery}, the answer written by {@link AnswerJson}.
 * Finished answers that depend on the model version alone (no live catalogue) are kept in a cache bounded
 * by bytes and keyed only by canonical queries, so that no stream of unique query strings can grow it.
 */
public final class ItemListHandler {

    /** Longest query (in characters of its parts) whose answer is cached; longer ones are computed each time. */
    static final int MAX_CACHED_KEY_CHARS = 256;

    private final RecommendItems useCase;
    private final String list;
    private final Experiments experiments;
    private final CacheControl cacheControl;
    private final String cacheControlValue;
    private final MeterRegistry registry;
    private final Cache<AnswerKey, Encoded> answers;

    ItemListHandler(RecommendItems useCase, String list, PointeProperties properties, MeterRegistry registry, Experiments experiments) {
        this.useCase = useCase;
        this.list = list;
        this.experiments = experiments;
        this.registry = registry;
        this.cacheControl = CacheControl.maxAge(properties.http().maxAge()).cachePublic();
        this.cacheControlValue = cacheControl.getHeaderValue();
        this.answers = properties.nearCache().enabled() && useCase.answersDependOnlyOnTheModel()
                ? Caffeine.newBuilder().maximumWeight(properties.nearCache().maxAnswerBytes().toBytes())
                        .weigher((AnswerKey k, Encoded e) -> k.weight() + e.json().length + 64).build()
                : null;
        registry.counter(ServiceMetrics.FALLBACKS, "kind", RecommendItems.FALLBACK_POPULAR); // exported as 0 from the start
    }

    /** What a finished answer depends on when there is no live catalogue; equal queries are equal records. */
    private record AnswerKey(String version, String arm, long rules, String sku, ListQuery query) {
        int weight() {
            return 96 + 2 * (version.length() + sku.length()) + 48 * query.categories().size();
        }
    }

    /** A finished answer: its JSON, its ETag and its fallback kind (null when none). */
    record Encoded(byte[] json, String etag, String fallback) {
    }

    /** Header naming the shopper or session, by which a running experiment assigns its arm (also {@code ?session=}). */
    static final String SESSION_HEADER = "X-Pointe-Session";

    /** The WebFlux route: for requests the fast path ({@link FastItemLists}) leaves to the framework. */
    public Mono<ServerResponse> handle(ServerRequest request) {
        String sku = request.pathVariable("sku");
        MultiValueMap<String, String> params = request.queryParams();
        ListQuery query;
        try {
            query = query(params::get);
        } catch (InvalidParameterException e) {
            return ProblemHandler.serverResponse(e);
        }
        String session = session(request.headers().firstHeader(SESSION_HEADER), params.getFirst("session"));
        String ifNoneMatch = request.headers().firstHeader(HttpHeaders.IF_NONE_MATCH);
        return answer(sku, query, session).flatMap(e -> respond(e, ifNoneMatch)).onErrorResume(ProblemHandler::serverResponse);
    }

    /**
     * The finished answer for one item's list: its JSON, ETag and fallback kind (counted as served here). Fails
     * with the domain's exceptions ({@link ProblemHandler} turns them into problems).
     */
    Mono<Encoded> answer(String sku, ListQuery query, String session) {
        Experiment.Arm arm = experiments.current() == null ? null : experiments.assign(session);
        Mono<Encoded> encoded = answers != null && cacheable(sku, query) ? cached(sku, query, arm)
                : recommend(sku, query, arm).map(r -> encode(r, arm, sku, query));
        return encoded.doOnNext(this::count);
    }

    /** The session an experiment assigns by: the header, else {@code ?session=}; null when absent or too long. */
    static String session(String header, String param) {
        String id = header != null ? header : param;
        return id == null || id.length() > 128 ? null : id;
    }

    private void count(Encoded e) {
        // counted per answer served, cached or not
        if (e.fallback() != null) registry.counter(ServiceMetrics.FALLBACKS, "kind", e.fallback()).increment();
    }

    /** The Cache-Control value of every list answer. */
    String cacheControl() {
        return cacheControlValue;
    }

    private Mono<Recommendations> recommend(String sku, ListQuery query, Experiment.Arm arm) {
        return arm == null ? useCase.recommend(sku, query) : useCase.recommend(arm.version(), sku, query);
    }

    private Mono<Encoded> cached(String sku, ListQuery query, Experiment.Arm arm) {
        String version = arm != null ? arm.version() : useCase.knownVersion();
        if (version == null) return recommend(sku, query, arm).map(r -> encode(r, arm, sku, query));
        long rules = useCase.rulesVersion();
        AnswerKey key = new AnswerKey(version, arm == null ? RecommendationId.NO_ARM : arm.name(), rules, sku, query);
        Encoded hit = answers.getIfPresent(key);
        if (hit != null) return Mono.just(hit);
        return recommend(sku, query, arm).map(r -> {
            Encoded e = encode(r, arm, sku, query);
            // only the version's own answer is kept (the model or the rules may have changed while it was computed)
            if (r.version().equals(version) && useCase.rulesVersion() == rules) answers.put(key, e);
            return e;
        });
    }

    /** Only canonical, short queries: an excluded-sku list or a long category list is computed, never cached. */
    private static boolean cacheable(String sku, ListQuery query) {
        if (!query.exclude().isEmpty() || sku.length() > 128 || query.seedCategory() != null) return false;
        int chars = sku.length();
        for (String c : query.categories()) chars += c.length() + 1;
        return chars <= MAX_CACHED_KEY_CHARS;
    }

    private Mono<ServerResponse> respond(Encoded e, String ifNoneMatch) {
        if (e.etag().equals(ifNoneMatch)) {
            return ServerResponse.status(HttpStatus.NOT_MODIFIED).eTag(e.etag()).cacheControl(cacheControl)
                    .header(HttpHeaders.VARY, SESSION_HEADER).build();
        }
        // headers and bytes go straight to the response: no body inserter, no encoder lookup, no header copy
        return ServerResponse.ok().build((exchange, context) -> {
            var response = exchange.getResponse();
            HttpHeaders headers = response.getHeaders();
            headers.set(HttpHeaders.ETAG, e.etag());
            headers.set(HttpHeaders.CACHE_CONTROL, cacheControlValue);
            headers.set(HttpHeaders.VARY, SESSION_HEADER); // an experiment's arm depends on it: a shared cache must not mix arms
            headers.set(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE);
            headers.setContentLength(e.json().length);
            return response.writeWith(Mono.just(response.bufferFactory().wrap(e.json())));
        });
    }

    /**
     * The query of a request from its parameters (name to every value in order; null when absent); absent or
     * blank parameters take {@link ListQuery}'s defaults.
     */
    static ListQuery query(Function<String, List<String>> params) {
        String seedCategory = first(params, "seedCategory");
        return new ListQuery(integer("limit", first(params, "limit"), ListQuery.DEFAULT_LIMIT), integer("offset", first(params, "offset"), 0),
                set(params.apply("category")), set(params.apply("exclude")), decimal("minPrice", first(params, "minPrice")),
                decimal("maxPrice", first(params, "maxPrice")), integer("maxPerCategory", first(params, "maxPerCategory"), ListQuery.NO_CAP),
                bool("inStock", first(params, "inStock"), true), decimal("priceRatio", first(params, "priceRatio")),
                bool("sameBrand", first(params, "sameBrand"), false), bool("sameColour", first(params, "sameColour"), false),
                seedCategory == null || seedCategory.isBlank() ? null : seedCategory.trim());
    }

    private static String first(Function<String, List<String>> params, String name) {
        List<String> values = params.apply(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static boolean bool(String name, String text, boolean absent) {
        if (text == null || text.isBlank()) return absent;
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameterException(name, "must be true or false, was '" + quote(text) + "'");
        };
    }

    private static Set<String> set(List<String> values) {
        if (values == null || values.isEmpty()) return Set.of();
        Set<String> out = new LinkedHashSet<>();
        for (String v : values) {
            if (v == null) continue; // "?category" without a value
            for (String part : v.split(",")) {
                if (!part.isBlank()) out.add(part.trim());
            }
        }
        return out;
    }

    static int integer(String name, String text, int absent) {
        if (text == null || text.isBlank()) return absent;
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be a whole number, was '" + quote(text) + "'");
        }
    }

    private static Double decimal(String name, String text) {
        if (text == null || text.isBlank()) return null;
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isNaN(v) || Double.isInfinite(v)) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be a number, was '" + quote(text) + "'");
        }
    }

    /** A client's value quoted back in an error: cut short, so that a huge value is not echoed whole. */
    static String quote(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** The answer, its id for attribution and its ETag. */
    private Encoded encode(Recommendations r, Experiment.Arm arm, String sku, ListQuery query) {
        RecommendationId id = RecommendationId.of(r.version(), arm == null ? RecommendationId.NO_ARM : arm.name(), Objects.hash(list, sku, query));
        return new Encoded(AnswerJson.encode(r, id), etag(r, id), r.fallback());
    }

    private static String etag(Recommendations r, RecommendationId id) {
        // a degraded answer (catalogue down) must not be cached as if it were the real one
        return "\"" + r.version() + "-" + Integer.toHexString(Objects.hash(r.sku(), r.items(), r.degraded(), id.arm())) + "\"";
    }
}

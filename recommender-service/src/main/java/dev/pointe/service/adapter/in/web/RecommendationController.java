package dev.pointe.service.adapter.in.web;

import dev.pointe.service.application.RecommendItems;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.pointe.service.config.PointeProperties;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;
import dev.pointe.service.config.ServiceMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import dev.pointe.service.domain.InvalidParameterException;
import dev.pointe.service.domain.ListQuery;
import dev.pointe.service.domain.Recommendations;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** {@code /v1/items/{sku}/complete-the-look}, {@code /v1/items/{sku}/bought-together} and {@code /v1/items/{sku}/similar}. */
@RestController
@RequestMapping(path = "/v1/items/{sku}", produces = "application/json")
public class RecommendationController {

    private final RecommendItems completeTheLook;
    private final RecommendItems boughtTogether;
    private final RecommendItems similarItems;
    private final CacheControl cacheControl;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MeterRegistry registry;
    private final boolean cacheAnswers;
    private final Cache<AnswerKey, Encoded> answers = Caffeine.newBuilder().maximumSize(50_000)
            .expireAfterAccess(java.time.Duration.ofMinutes(10)).build();

    public RecommendationController(@Qualifier("completeTheLook") RecommendItems completeTheLook,
                                    @Qualifier("boughtTogether") RecommendItems boughtTogether,
                                    @Qualifier("similarItems") RecommendItems similarItems, PointeProperties properties,
                                    MeterRegistry registry) {
        this.registry = registry;
        this.cacheAnswers = properties.nearCache().enabled();
        registry.counter(ServiceMetrics.FALLBACKS, "kind", RecommendItems.FALLBACK_POPULAR); // exported as 0 from the start
        this.completeTheLook = completeTheLook;
        this.boughtTogether = boughtTogether;
        this.similarItems = similarItems;
        this.cacheControl = CacheControl.maxAge(properties.http().maxAge()).cachePublic();
    }

    @GetMapping("/complete-the-look")
    public Mono<ResponseEntity<byte[]>> completeTheLook(@PathVariable String sku,
            @RequestParam(required = false) String limit, @RequestParam(required = false) List<String> category,
            @RequestParam(required = false) List<String> exclude, @RequestParam(required = false) String minPrice,
            @RequestParam(required = false) String maxPrice, @RequestParam(required = false) String maxPerCategory,
            @RequestParam(required = false) String inStock,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        ListQuery query = query(limit, category, exclude, minPrice, maxPrice, maxPerCategory, inStock);
        return answer(completeTheLook, "ctl", sku, query, ifNoneMatch);
    }

    @GetMapping("/bought-together")
    public Mono<ResponseEntity<byte[]>> boughtTogether(@PathVariable String sku,
            @RequestParam(required = false) String limit, @RequestParam(required = false) List<String> category,
            @RequestParam(required = false) List<String> exclude, @RequestParam(required = false) String minPrice,
            @RequestParam(required = false) String maxPrice, @RequestParam(required = false) String maxPerCategory,
            @RequestParam(required = false) String inStock,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        ListQuery query = query(limit, category, exclude, minPrice, maxPrice, maxPerCategory, inStock);
        return answer(boughtTogether, "bt", sku, query, ifNoneMatch);
    }

    @GetMapping("/similar")
    public Mono<ResponseEntity<byte[]>> similar(@PathVariable String sku,
            @RequestParam(required = false) String limit, @RequestParam(required = false) List<String> category,
            @RequestParam(required = false) List<String> exclude, @RequestParam(required = false) String minPrice,
            @RequestParam(required = false) String maxPrice, @RequestParam(required = false) String maxPerCategory,
            @RequestParam(required = false) String inStock,
            @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        ListQuery query = query(limit, category, exclude, minPrice, maxPrice, maxPerCategory, inStock);
        return answer(similarItems, "sim", sku, query, ifNoneMatch);
    }

    /** What a finished answer depends on when there is no live catalogue; equal queries are equal records. */
    private record AnswerKey(String version, String list, String sku, ListQuery query) {
    }

    /** A finished answer: its JSON and its ETag. */
    private record Encoded(byte[] json, String etag, String fallback) {
    }

    /**
     * The answer, from the cache of finished answers when it only depends on the model version (the
     * model is immutable per version, so a cached answer is always right), else computed.
     */
    private Mono<ResponseEntity<byte[]>> answer(RecommendItems useCase, String list, String sku, ListQuery query,
                                                String ifNoneMatch) {
        Mono<Encoded> encoded;
        if (cacheAnswers && useCase.answersDependOnlyOnTheModel()) {
            encoded = useCase.activeVersion().flatMap(version -> {
                AnswerKey key = new AnswerKey(version, list, sku, query);
                Encoded hit = answers.getIfPresent(key);
                if (hit != null) return Mono.just(hit);
                return useCase.recommend(sku, query).map(this::encode).doOnNext(e -> answers.put(key, e));
            }).switchIfEmpty(Mono.defer(() -> useCase.recommend(sku, query).map(this::encode)));
        } else {
            encoded = useCase.recommend(sku, query).map(this::encode);
        }
        return encoded.map(e -> {
            // counted per answer served, cached or not
            if (e.fallback() != null) registry.counter(ServiceMetrics.FALLBACKS, "kind", e.fallback()).increment();
            if (e.etag().equals(ifNoneMatch)) {
                return ResponseEntity.status(304).eTag(e.etag()).cacheControl(cacheControl).<byte[]>build();
            }
            return ResponseEntity.ok().eTag(e.etag()).cacheControl(cacheControl).contentType(MediaType.APPLICATION_JSON).body(e.json());
        });
    }

    private Encoded encode(Recommendations r) {
        // a degraded answer (catalogue down) must not be cached as if it were the real one
        String etag = "\"" + r.version() + "-" + Integer.toHexString(Objects.hash(r.sku(), r.items(), r.degraded())) + "\"";
        return new Encoded(JSON.writeValueAsBytes(LookResponse.of(r)), etag, r.fallback());
    }

    /** The query of a request; absent parameters take {@link ListQuery}'s defaults (no cap per category: the lists are diversified). */
    static ListQuery query(String limit, List<String> category, List<String> exclude, String minPrice, String maxPrice,
                           String maxPerCategory, String inStock) {
        return new ListQuery(integer("limit", limit, ListQuery.DEFAULT_LIMIT), set(category), set(exclude), decimal("minPrice", minPrice),
                decimal("maxPrice", maxPrice), integer("maxPerCategory", maxPerCategory, ListQuery.NO_CAP),
                bool("inStock", inStock, true));
    }

    private static boolean bool(String name, String text, boolean absent) {
        if (text == null || text.isBlank()) return absent;
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidParameterException(name, "must be true or false, was '" + text + "'");
        };
    }

    private static Set<String> set(List<String> values) {
        Set<String> out = new LinkedHashSet<>();
        if (values != null) {
            for (String v : values) {
                for (String part : v.split(",")) if (!part.isBlank()) out.add(part.trim());
            }
        }
        return out;
    }

    static int integer(String name, String text, int absent) {
        if (text == null || text.isBlank()) return absent;
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be a whole number, was '" + text + "'");
        }
    }

    private static Double decimal(String name, String text) {
        if (text == null || text.isBlank()) return null;
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isNaN(v) || Double.isInfinite(v)) throw new NumberFormatException();
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, "must be a number, was '" + text + "'");
        }
    }
}

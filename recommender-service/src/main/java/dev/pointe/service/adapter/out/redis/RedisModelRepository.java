package dev.pointe.service.adapter.out.redis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.pointe.format.ItemData;
import dev.pointe.format.ListEntry;
import dev.pointe.format.ModelCodec;
import dev.pointe.format.ModelKeys;
import dev.pointe.service.application.port.ModelRepository;
import dev.pointe.service.domain.ListKind;
import dev.pointe.service.domain.StoreUnavailableException;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The model in Redis, one GET per list, with a near-cache keyed by (version, list, sku): a version never
 * changes, so cached values are always right; the cache is dropped when the active version changes.
 */
public final class RedisModelRepository implements ModelRepository, AutoCloseable {

    /** A cache key; the version makes entries of old versions unreachable. */
    record CacheKey(String version, ListKind kind, String sku) {
    }

    record ItemKey(String version, String sku) {
    }

    private static final List<ListEntry> MISSING = List.of();

    private final Cache<ItemKey, ItemData> items;
    /** The best-sellers of one version; one reference, so that a reader never pairs one version's lists with another's. */
    private record Popular(String version, Map<String, List<ListEntry>> lists) {
    }

    private final java.util.concurrent.atomic.AtomicReference<Popular> popular = new java.util.concurrent.atomic.AtomicReference<>();

    private final RedisConnections connections;
    private final ModelKeys keys;
    private final Duration timeout;
    private final Cache<CacheKey, List<ListEntry>> cache;
    private final ActiveVersion active;

    public RedisModelRepository(RedisConnections connections, ModelKeys keys, Duration timeout,
                                boolean nearCache, long maxEntries, ActiveVersionFactory activeVersion) {
        this.connections = connections;
        this.keys = keys;
        this.timeout = timeout;
        this.cache = nearCache ? Caffeine.newBuilder().maximumSize(maxEntries).recordStats().build() : null;
        this.items = nearCache ? Caffeine.newBuilder().maximumSize(maxEntries).build() : null;
        this.active = activeVersion.create(version -> {
            if (cache != null) cache.invalidateAll();
            if (items != null) items.invalidateAll();
        });
    }

    /** Creates the active-version tracker with the repository's switch callback. */
    @FunctionalInterface
    public interface ActiveVersionFactory {
        ActiveVersion create(java.util.function.Consumer<String> onSwitch);
    }

    @Override
    public Mono<String> activeVersion() {
        return active.get().onErrorMap(e -> !(e instanceof StoreUnavailableException),
                e -> new StoreUnavailableException("the model store did not answer: " + e.getMessage(), e));
    }

    @Override
    public Mono<List<ListEntry>> list(String version, ListKind kind, String sku) {
        CacheKey key = new CacheKey(version, kind, sku);
        if (cache != null) {
            List<ListEntry> hit = cache.getIfPresent(key);
            if (hit != null) return hit == MISSING ? Mono.empty() : Mono.just(hit);
        }
        String redisKey = switch (kind) {
            case COMPLETE_THE_LOOK -> keys.completeTheLook(version, sku);
            case BOUGHT_TOGETHER -> keys.boughtTogether(version, sku);
            case SIMILAR -> keys.similar(version, sku);
        };
        return get(redisKey)
                .map(ModelCodec::decodeList)
                .defaultIfEmpty(MISSING)
                .onErrorMap(e -> new StoreUnavailableException("the model store did not answer: " + e.getMessage(), e))
                .doOnNext(list -> {
                    if (cache != null) cache.put(key, list);
                })
                .filter(list -> list != MISSING);
    }

    @Override
    public Mono<ItemData> item(String version, String sku) {
        ItemKey key = new ItemKey(version, sku);
        if (items != null) {
            ItemData hit = items.getIfPresent(key);
            if (hit != null) return Mono.just(hit);
        }
        return get(keys.item(version, sku)).map(ModelCodec::decodeItem)
                .onErrorMap(e -> new StoreUnavailableException("the model store did not answer: " + e.getMessage(), e))
                .doOnNext(item -> {
                    if (items != null) items.put(key, item);
                });
    }

    @Override
    public Mono<Map<String, List<ListEntry>>> popular(String version) {
        Popular hit = popular.get();
        if (hit != null && hit.version().equals(version)) return Mono.just(hit.lists());
        return get(keys.popular(version)).map(ModelCodec::decodePopular)
                .defaultIfEmpty(Map.of())
                .onErrorMap(e -> new StoreUnavailableException("the model store did not answer: " + e.getMessage(), e))
                .doOnNext(value -> popular.set(new Popular(version, value)));
    }

    /** One GET within the command budget (connecting first if needed). */
    private Mono<byte[]> get(String key) {
        return connections.model().flatMap(c -> c.reactive().get(key)).timeout(timeout);
    }

    @Override
    public void close() {
        active.close();
    }

    /** Near-cache statistics, for metrics; null when the cache is off. */
    public Cache<CacheKey, List<ListEntry>> cache() {
        return cache;
    }
}

package dev.pointe.service.adapter.out.redis;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.pointe.format.ItemData;
import dev.pointe.format.ListEntry;
import dev.pointe.format.ModelCodec;
import dev.pointe.format.ModelKeys;
import dev.pointe.service.application.port.ModelRepository;
import dev.pointe.service.domain.ListKind;
import dev.pointe.service.domain.StoreBusyException;
import dev.pointe.service.domain.StoreLostException;
import dev.pointe.service.domain.StoreUnavailableException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The model in Redis, one GET per list, with a near-cache keyed by (version, list, sku): a version never
 * changes, so cached values are always right; the cache is dropped when the active version changes. The
 * cache is bounded by (estimated) bytes and holds only values that exist: an unknown sku is asked of
 * Redis again, so a stream of made-up skus cannot fill it. At most {@code maxInFlight} GETs run at once;
 * beyond that a read fails at once with {@link StoreBusyException}. Each GET has one timer: Lettuce's
 * command timeout.
 */
public final class RedisModelRepository implements ModelRepository, AutoCloseable {

    /** A cache key; the version makes entries of old versions unreachable. */
    record CacheKey(String version, ListKind kind, String sku) {
    }

    record ItemKey(String version, String sku) {
    }

    /** The best-sellers of one version; one reference, so that a reader never pairs one version's lists with another's. */
    private record Popular(String version, Map<String, List<ListEntry>> lists) {
    }

    private final AtomicReference<Popular> popular = new AtomicReference<>();
    private final RedisConnections connections;
    private final ModelKeys keys;
    private final Cache<CacheKey, List<ListEntry>> cache;
    private final Cache<ItemKey, ItemData> items;
    private final ActiveVersion active;
    private final int maxInFlight;
    private final AtomicInteger inFlight = new AtomicInteger();

    public RedisModelRepository(RedisConnections connections, ModelKeys keys, int maxInFlight,
                                boolean nearCache, long maxBytes, ActiveVersionFactory activeVersion) {
        this.connections = connections;
        this.keys = keys;
        this.maxInFlight = maxInFlight;
        this.cache = nearCache ? Caffeine.newBuilder().maximumWeight(maxBytes - maxBytes / 8)
                .weigher((CacheKey k, List<ListEntry> v) -> weight(k.sku()) + weight(v)).recordStats().build() : null;
        this.items = nearCache ? Caffeine.newBuilder().maximumWeight(maxBytes / 8)
                .weigher((ItemKey k, ItemData v) -> weight(k.sku()) + 256 + 2 * v.toString().length()).build() : null;
        // a version switch, or the store losing its data (null): every per-version cache goes
        this.active = activeVersion.create(version -> {
            if (cache != null) cache.invalidateAll();
            if (items != null) items.invalidateAll();
            popular.set(null);
        });
    }

    /** Creates the active-version tracker with the repository's switch callback. */
    @FunctionalInterface
    public interface ActiveVersionFactory {
        ActiveVersion create(java.util.function.Consumer<String> onSwitch);
    }

    @Override
    public Mono<String> activeVersion() {
        return active.get().switchIfEmpty(Mono.defer(this::lostOrEmpty)).onErrorMap(e -> !(e instanceof StoreUnavailableException),
                e -> new StoreUnavailableException("the model store did not answer: " + e.getMessage(), e));
    }

    /** Reads the active pointer from the store now (for health): the version, empty, or {@link StoreLostException}. */
    public Mono<String> checkActiveVersion() {
        return active.refresh().switchIfEmpty(Mono.defer(this::lostOrEmpty));
    }

    @Override
    public String knownVersion() {
        return active.known();
    }

    @Override
    public Mono<List<ListEntry>> list(String version, ListKind kind, String sku) {
        CacheKey key = new CacheKey(version, kind, sku);
        if (cache != null) {
            List<ListEntry> hit = cache.getIfPresent(key);
            if (hit != null) return Mono.just(hit);
        }
        String redisKey = switch (kind) {
            case COMPLETE_THE_LOOK -> keys.completeTheLook(version, sku);
            case BOUGHT_TOGETHER -> keys.boughtTogether(version, sku);
            case SIMILAR -> keys.similar(version, sku);
        };
        return read(redisKey, c -> c.dispatch(CommandType.GET, new ListValueOutput(), new CommandArgs<>(RedisConnections.MODEL_CODEC).addKey(redisKey)))
                .map(list -> {
                    if (cache != null) cache.put(key, list);
                    return list;
                }).switchIfEmpty(Mono.defer(this::confirmTheStoreHoldsAModel));
    }

    /**
     * After a miss: is the sku unknown, or did the store lose its data? Re-reads the active pointer (which
     * also notices a lost store for every later request); empty when a model is there.
     */
    private <T> Mono<T> confirmTheStoreHoldsAModel() {
        return active.refresh().hasElement().flatMap(present -> present ? Mono.<T>empty() : this.<T>lostOrEmpty());
    }

    private <T> Mono<T> lostOrEmpty() {
        String lost = active.lostVersion();
        return lost == null ? Mono.empty() : Mono.error(new StoreLostException(lost));
    }

    @Override
    public Mono<ItemData> item(String version, String sku) {
        ItemKey key = new ItemKey(version, sku);
        if (items != null) {
            ItemData hit = items.getIfPresent(key);
            if (hit != null) return Mono.just(hit);
        }
        return get(keys.item(version, sku)).map(value -> {
            ItemData item = ModelCodec.decodeItem(value);
            if (items != null) items.put(key, item);
            return item;
        });
    }

    @Override
    public Mono<Map<String, List<ListEntry>>> popular(String version) {
        Popular hit = popular.get();
        if (hit != null && hit.version().equals(version)) return Mono.just(hit.lists());
        return get(keys.popular(version)).map(ModelCodec::decodePopular)
                .doOnNext(value -> popular.set(new Popular(version, value)))
                .defaultIfEmpty(Map.of()); // an absent value is not kept: it may be a store that lost its data
    }

    /** One GET, within Lettuce's command timeout, counted against the in-flight bound. */
    private Mono<byte[]> get(String key) {
        return read(key, c -> c.get(key));
    }

    /** One read of {@code key}, within Lettuce's command timeout, counted against the in-flight bound. */
    private <T> Mono<T> read(String key, Function<RedisAsyncCommands<String, byte[]>, RedisFuture<T>> command) {
        return Mono.defer(() -> {
            if (inFlight.incrementAndGet() > maxInFlight) {
                inFlight.decrementAndGet();
                return Mono.error(new StoreBusyException(maxInFlight));
            }
            // the async API: one future per GET, a shorter path than the reactive publisher's
            CompletableFuture<T> started;
            try {
                started = connections.readModel(command);
            } catch (RuntimeException e) {
                inFlight.decrementAndGet();
                return Mono.error(new StoreUnavailableException("the model store did not answer: " + e.getMessage(), e));
            }
            Mono<T> read = started != null ? Mono.fromCompletionStage(started)
                    : connections.model().flatMap(c -> Mono.fromCompletionStage(command.apply(c.async())));
            return read
                    .onErrorMap(e -> !(e instanceof StoreUnavailableException), e -> e.getMessage() != null && e.getMessage().startsWith(ListValueOutput.MALFORMED)
                            ? new StoreUnavailableException("the model store holds a " + e.getMessage() + " at " + key, e)
                            : new StoreUnavailableException("the model store did not answer: " + e.getMessage(), e))
                    .doFinally(signal -> inFlight.decrementAndGet());
        });
    }

    /** Reads running now, for the in-flight gauge. */
    public int inFlight() {
        return inFlight.get();
    }

    @Override
    public void close() {
        active.close();
    }

    /** Near-cache statistics, for metrics; null when the cache is off. */
    public Cache<CacheKey, List<ListEntry>> cache() {
        return cache;
    }

    private static int weight(String s) {
        return 40 + 2 * s.length();
    }

    /** Estimated heap bytes of a decoded list: objects, headers and UTF-16 characters. */
    static int weight(List<ListEntry> list) {
        int w = 64 + 8 * list.size();
        for (ListEntry e : list) {
            w += 88 + weight(e.sku()) + weight(e.title()) + weight(e.category()) + weight(e.imageUrl()) + 16;
            // brand, shared values, colours and tags are canonical strings (one instance each): their list slots
            w += 8 + 8 * (e.shared().size() + e.colours().size() + e.tags().size()) + 48;
        }
        return w;
    }
}

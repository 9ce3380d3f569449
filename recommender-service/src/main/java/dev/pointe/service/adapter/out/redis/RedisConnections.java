package dev.pointe.service.adapter.out.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The service's Redis connections, opened on first use instead of at start-up, so that the service
 * starts and answers (503 until a model can be read) while Redis is still down, and connects as soon
 * as it is up. Once open, Lettuce reconnects by itself.
 */
public final class RedisConnections implements AutoCloseable {

    private final RedisClient client;
    private final RedisURI uri;
    private final Duration connectTimeout;
    private final AtomicReference<StatefulRedisConnection<String, byte[]>> model = new AtomicReference<>();
    private final AtomicReference<StatefulRedisConnection<String, String>> admin = new AtomicReference<>();
    private final AtomicReference<StatefulRedisPubSubConnection<String, String>> pubSub = new AtomicReference<>();

    public RedisConnections(RedisClient client, RedisURI uri, Duration connectTimeout) {
        this.client = client;
        this.uri = uri;
        this.connectTimeout = connectTimeout;
    }

    /** Keys as strings, values as bytes: model reads. */
    public Mono<StatefulRedisConnection<String, byte[]>> model() {
        return open(model, () -> Mono.fromFuture(client.connectAsync(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE), uri)
                .toCompletableFuture()));
    }

    /** Strings: admin switches. */
    public Mono<StatefulRedisConnection<String, String>> admin() {
        return open(admin, () -> Mono.fromFuture(client.connectAsync(StringCodec.UTF8, uri).toCompletableFuture()));
    }

    /** Pub/sub for version announcements. */
    public Mono<StatefulRedisPubSubConnection<String, String>> pubSub() {
        return open(pubSub, () -> Mono.fromFuture(client.connectPubSubAsync(StringCodec.UTF8, uri).toCompletableFuture()));
    }

    private <T extends StatefulConnection<?, ?>> Mono<T> open(AtomicReference<T> holder, Supplier<Mono<T>> connect) {
        T existing = holder.get();
        if (existing != null) return Mono.just(existing);
        return connect.get().timeout(connectTimeout).map(opened -> {
            if (holder.compareAndSet(null, opened)) return opened;
            // another request connected first; this runs on a Lettuce event loop, where nothing should block
            opened.closeAsync();
            return holder.get();
        });
    }

    @Override
    public void close() {
        for (AtomicReference<? extends StatefulConnection<?, ?>> holder : List.of(model, admin, pubSub)) {
            var connection = holder.getAndSet(null);
            if (connection != null) connection.close();
        }
    }
}

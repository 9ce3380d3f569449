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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The service's Redis connections, opened on first use instead of at start-up, so that the service
 * starts and answers (503 until a model can be read) while Redis is still down, and connects as soon
 * as it is up. Once open, Lettuce reconnects by itself.
 *
 * <p>One connect per connection kind is in progress at a time, shared by every request that waits for
 * it. A request waits at most the connect timeout; the connect itself is never abandoned: when it
 * completes late, its connection becomes the one used (or is closed if this object was closed), so a
 * slow Redis cannot leak connections.
 */
public final class RedisConnections implements AutoCloseable {

    private final RedisClient client;
    private final RedisURI uri;
    private final Duration connectTimeout;
    private final Lazy<StatefulRedisConnection<String, byte[]>> model;
    private final Lazy<StatefulRedisConnection<String, String>> admin;
    private final Lazy<StatefulRedisPubSubConnection<String, String>> pubSub;
    private volatile boolean closed;

    public RedisConnections(RedisClient client, RedisURI uri, Duration connectTimeout) {
        this.client = client;
        this.uri = uri;
        this.connectTimeout = connectTimeout;
        this.model = new Lazy<>(() -> client.connectAsync(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE), uri).toCompletableFuture());
        this.admin = new Lazy<>(() -> client.connectAsync(StringCodec.UTF8, uri).toCompletableFuture());
        this.pubSub = new Lazy<>(() -> client.connectPubSubAsync(StringCodec.UTF8, uri).toCompletableFuture());
    }

    /** Keys as strings, values as bytes: model reads. */
    public Mono<StatefulRedisConnection<String, byte[]>> model() {
        return model.get();
    }

    /** The model connection if it is open now, else null: the hot path's shortcut past {@link #model()}. */
    public StatefulRedisConnection<String, byte[]> openModel() {
        return model.open.get();
    }

    /** Strings: admin switches. */
    public Mono<StatefulRedisConnection<String, String>> admin() {
        return admin.get();
    }

    /** Pub/sub for version announcements. */
    public Mono<StatefulRedisPubSubConnection<String, String>> pubSub() {
        return pubSub.get();
    }

    /** One connection, opened by the first caller; later callers share the open connection or the connect in progress. */
    private final class Lazy<T extends StatefulConnection<?, ?>> {
        private final Supplier<CompletableFuture<T>> connect;
        private final AtomicReference<T> open = new AtomicReference<>();
        private final AtomicReference<CompletableFuture<T>> pending = new AtomicReference<>();

        Lazy(Supplier<CompletableFuture<T>> connect) {
            this.connect = connect;
        }

        Mono<T> get() {
            T existing = open.get();
            if (existing != null) return Mono.just(existing);
            return Mono.defer(() -> {
                T now = open.get();
                if (now != null) return Mono.just(now);
                if (closed) return Mono.error(new IllegalStateException("the Redis connections are closed"));
                CompletableFuture<T> inProgress = pending.get();
                if (inProgress == null || inProgress.isCompletedExceptionally()) {
                    CompletableFuture<T> fresh = new CompletableFuture<>();
                    if (pending.compareAndSet(inProgress, fresh)) start(fresh);
                    inProgress = pending.get();
                }
                // the waiter gives up after the timeout; the shared connect goes on (suppressCancel)
                return Mono.fromFuture(inProgress, true).timeout(connectTimeout);
            });
        }

        private void start(CompletableFuture<T> result) {
            CompletableFuture<T> attempt;
            try {
                attempt = connect.get();
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
                return;
            }
            attempt.whenComplete((connection, error) -> {
                if (error != null) {
                    result.completeExceptionally(error);
                } else if (closed) {
                    connection.closeAsync(); // on a Lettuce event loop: never block here
                    result.completeExceptionally(new IllegalStateException("the Redis connections are closed"));
                } else {
                    open.set(connection);
                    result.complete(connection);
                }
            });
        }

        void close() {
            T connection = open.getAndSet(null);
            if (connection != null) connection.close();
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Lazy<?> lazy : List.of(model, admin, pubSub)) lazy.close();
    }
}

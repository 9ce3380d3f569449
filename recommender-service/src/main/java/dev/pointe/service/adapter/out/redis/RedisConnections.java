package dev.pointe.service.adapter.out.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.EventLoopGroupProvider;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.EventExecutorGroup;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ImmediateEventExecutor;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
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

    /** The model connections' codec: keys as strings, values as bytes. */
    static final RedisCodec<String, byte[]> MODEL_CODEC = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
    private static final long RETRY_AFTER_FAILED_CONNECT_NANOS = 1_000_000_000L;
    /** The Redis client name of the model connection on server event loop i is this plus i (seen in CLIENT LIST). */
    public static final String LOOP_CLIENT_NAME = "pointe-model-loop-";

    private final RedisClient client;
    private final RedisURI uri;
    private final Duration connectTimeout;
    private final Lazy<StatefulRedisConnection<String, byte[]>> model;
    private final Lazy<StatefulRedisConnection<String, String>> admin;
    private final Lazy<StatefulRedisPubSubConnection<String, String>> pubSub;
    private final Supplier<List<EventLoop>> serverLoops;
    /** Model connections on the server's event loops; null until the loops are known (the server has started). */
    private volatile LoopConnection[] onLoops;
    private volatile boolean closed;

    /** Connections on Lettuce's own event loops only. */
    public RedisConnections(RedisClient client, RedisURI uri, Duration connectTimeout) {
        this(client, uri, connectTimeout, List::of);
    }

    /**
     * Also one model connection per event loop of {@code serverLoops} (asked at model reads until it answers non-null,
     * then kept; empty: none), registered on that loop: a read made by a request on that loop is written,
     * answered and continued there, with no hand-off between threads.
     */
    public RedisConnections(RedisClient client, RedisURI uri, Duration connectTimeout, Supplier<List<EventLoop>> serverLoops) {
        this.serverLoops = serverLoops;
        this.client = client;
        this.uri = uri;
        this.connectTimeout = connectTimeout;
        this.model = new Lazy<>(() -> client.connectAsync(MODEL_CODEC, uri).toCompletableFuture());
        this.admin = new Lazy<>(() -> client.connectAsync(StringCodec.UTF8, uri).toCompletableFuture());
        this.pubSub = new Lazy<>(() -> client.connectPubSubAsync(StringCodec.UTF8, uri).toCompletableFuture());
    }

    /** Keys as strings, values as bytes: model reads. */
    public Mono<StatefulRedisConnection<String, byte[]>> model() {
        return model.get();
    }

    /**
     * Starts a read of the model (a command on a model connection), or answers null when no model connection is open yet (then {@link #model()}
     * waits for one). On a server event loop the read goes through that loop's own connection once it is open (its
     * connect starts at the first read there): the reads made during one pass of the loop over its ready sockets are
     * written to Redis together, in one write, when the pass ends, and their answers arrive on the same loop.
     */
    public <T> CompletableFuture<T> readModel(Function<RedisAsyncCommands<String, byte[]>, RedisFuture<T>> command) {
        LoopConnection[] loops = onLoops;
        if (loops == null) loops = loopConnections();
        for (LoopConnection l : loops) {
            if (l.loop.inEventLoop()) {
                StatefulRedisConnection<String, byte[]> own = l.connection.open.get();
                if (own == null) {
                    l.connection.connectInBackground();
                    break;
                }
                if (!own.isOpen()) break; // reconnecting: the shared connection may be up
                CompletableFuture<T> read = command.apply(own.async()).toCompletableFuture();
                l.flushAtEndOfPass();
                return read;
            }
        }
        StatefulRedisConnection<String, byte[]> shared = model.open.get();
        return shared == null ? null : command.apply(shared.async()).toCompletableFuture();
    }

    /**
     * A model connection on one server event loop, through a client whose only event loop is that one. Its commands
     * are not flushed one by one: the first command of a pass schedules one flush, which the loop runs after the pass.
     */
    private static final class LoopConnection {
        final EventLoop loop;
        final RedisClient client;
        final Lazy<StatefulRedisConnection<String, byte[]>> connection;
        private boolean flushScheduled; // touched on the loop only
        private final Runnable flush;

        LoopConnection(EventLoop loop, RedisClient client, Lazy<StatefulRedisConnection<String, byte[]>> connection) {
            this.loop = loop;
            this.client = client;
            this.connection = connection;
            this.flush = () -> {
                flushScheduled = false;
                StatefulRedisConnection<String, byte[]> open = connection.open.get();
                if (open != null) open.flushCommands();
            };
        }

        void flushAtEndOfPass() {
            if (flushScheduled) return;
            flushScheduled = true;
            loop.execute(flush);
        }
    }

    private synchronized LoopConnection[] loopConnections() {
        if (onLoops != null) return onLoops;
        List<EventLoop> loops = closed ? List.of() : serverLoops.get();
        if (loops == null) return new LoopConnection[0]; // not known yet: asked again at the next read
        LoopConnection[] created = new LoopConnection[loops.size()];
        for (int i = 0; i < created.length; i++) {
            EventLoop loop = loops.get(i);
            ClientResources main = client.getResources();
            // the main client's executors, timer, events and recorder, given explicitly so that these resources own none of them
            ClientResources resources = ClientResources.builder().eventExecutorGroup(main.eventExecutorGroup()).timer(main.timer())
                    .eventBus(main.eventBus()).commandLatencyRecorder(main.commandLatencyRecorder()).reconnectDelay(main.reconnectDelay())
                    .eventLoopGroupProvider(new OneLoop(loop)).build();
            RedisClient onLoop = RedisClient.create(resources);
            onLoop.setOptions(client.getOptions());
            RedisURI named = RedisURI.builder(uri).withClientName(LOOP_CLIENT_NAME + i).build();
            created[i] = new LoopConnection(loop, onLoop, new Lazy<>(() -> onLoop.connectAsync(MODEL_CODEC, named)
                    .thenApply(c -> {
                        c.setAutoFlushCommands(false); // on the loop, before any read can use it
                        return c;
                    }).toCompletableFuture()));
        }
        onLoops = created;
        LoggerFactory.getLogger(RedisConnections.class).info("model reads on {} server event loop(s) with a connection each", created.length);
        return created;
    }

    /** Lettuce's event loop "group" for one server event loop: Lettuce registers its channel there and never shuts it down. */
    private record OneLoop(EventLoop loop) implements EventLoopGroupProvider {
        @Override
        @SuppressWarnings("unchecked")
        public <T extends EventLoopGroup> T allocate(Class<T> type) {
            return (T) loop; // an event loop is a group of one; Lettuce only registers channels on it
        }

        @Override
        public int threadPoolSize() {
            return 1;
        }

        @Override
        public Future<Boolean> release(EventExecutorGroup group, long quietPeriod, long timeout, TimeUnit unit) {
            return ImmediateEventExecutor.INSTANCE.newSucceededFuture(true); // the server owns the loop
        }

        @Override
        public Future<Boolean> shutdown(long quietPeriod, long timeout, TimeUnit unit) {
            return ImmediateEventExecutor.INSTANCE.newSucceededFuture(true);
        }
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
        private volatile long failedAt;

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
                CompletableFuture<T> inProgress = connecting();
                // the waiter gives up after the timeout; the shared connect goes on (suppressCancel)
                return Mono.fromFuture(inProgress, true).timeout(connectTimeout);
            });
        }

        /** The connect in progress, or a new one when there is none or the last one failed. */
        private CompletableFuture<T> connecting() {
            CompletableFuture<T> inProgress = pending.get();
            if (inProgress == null || inProgress.isCompletedExceptionally()) {
                CompletableFuture<T> fresh = new CompletableFuture<>();
                if (pending.compareAndSet(inProgress, fresh)) start(fresh);
                inProgress = pending.get();
            }
            return inProgress;
        }

        /** Starts connecting unless open, closed, connecting, or failed within the last second. */
        void connectInBackground() {
            if (open.get() != null || closed) return;
            CompletableFuture<T> inProgress = pending.get();
            if (inProgress != null && (!inProgress.isDone() || System.nanoTime() - failedAt < RETRY_AFTER_FAILED_CONNECT_NANOS)) return;
            connecting();
        }

        private void start(CompletableFuture<T> result) {
            CompletableFuture<T> attempt;
            try {
                attempt = connect.get();
            } catch (RuntimeException e) {
                failedAt = System.nanoTime();
                result.completeExceptionally(e);
                return;
            }
            attempt.whenComplete((connection, error) -> {
                if (error != null) {
                    failedAt = System.nanoTime();
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
        LoopConnection[] loops;
        synchronized (this) {
            loops = onLoops;
            onLoops = new LoopConnection[0];
        }
        if (loops == null) return;
        for (LoopConnection l : loops) {
            l.connection.close();
            l.client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
            l.client.getResources().shutdown(0, 2, TimeUnit.SECONDS); // what it owns only: the shared parts stay
        }
    }
}

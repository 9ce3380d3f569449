package dev.pointe.service.adapter.out.redis;

import io.lettuce.core.pubsub.RedisPubSubAdapter;
import org.slf4j.Logger;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Keeps an in-memory copy of a store value fresh: read at once, re-read when its pub/sub channel announces a
 * change and, as a safety net for missed messages, at every poll. A tick while a slow read runs is skipped,
 * never queued. Lettuce re-subscribes by itself after a reconnect; the poll subscribes again until a
 * subscription has succeeded.
 */
final class StoreWatch implements AutoCloseable {

    private final RedisConnections connections;
    private final String channel;
    private final Duration timeout;
    private final Supplier<Mono<?>> refresh;
    private final Logger log;
    private final String what;
    private final AtomicBoolean listening = new AtomicBoolean();
    private final AtomicBoolean subscribed = new AtomicBoolean();
    private final Disposable poll;

    /**
     * @param channel the channel announcing changes; null = poll only
     * @param refresh reads the value and serves it
     * @param what    what is watched, for the log ("the active model")
     */
    StoreWatch(RedisConnections connections, String channel, Duration timeout, Duration pollInterval, Supplier<Mono<?>> refresh,
               Logger log, String what) {
        this.connections = connections;
        this.channel = channel;
        this.timeout = timeout;
        this.refresh = refresh;
        this.log = log;
        this.what = what;
        subscribe().then(Mono.defer(refresh::get))
                .subscribe(v -> { }, e -> log.warn("cannot read {} yet (the poll retries): {}", what, e.toString()));
        this.poll = Flux.interval(pollInterval, pollInterval)
                .onBackpressureDrop()
                .concatMap(tick -> subscribe().then(Mono.defer(refresh::get)).then().onErrorResume(e -> Mono.empty()))
                .subscribe();
    }

    /** Opens the pub/sub connection (once), adds the listener (once) and subscribes to the channel (until it worked). */
    private Mono<Void> subscribe() {
        if (channel == null || subscribed.get()) return Mono.empty();
        return connections.pubSub().flatMap(pubSub -> {
            if (listening.compareAndSet(false, true)) {
                pubSub.addListener(new RedisPubSubAdapter<>() {
                    @Override
                    public void message(String from, String message) {
                        if (!channel.equals(from)) return; // one pub/sub connection carries every watched channel
                        refresh.get().subscribe(v -> { }, e -> log.warn("{} refresh after an event failed: {}", what, e.toString()));
                    }
                });
            }
            return pubSub.reactive().subscribe(channel).timeout(timeout).doOnSuccess(done -> subscribed.set(true));
        });
    }

    @Override
    public void close() {
        poll.dispose();
    }
}

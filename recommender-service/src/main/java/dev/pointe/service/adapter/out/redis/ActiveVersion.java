package dev.pointe.service.adapter.out.redis;

import dev.pointe.format.ManifestFields;
import dev.pointe.format.ModelCodec;
import dev.pointe.format.ModelKeys;
import dev.pointe.format.StoreScripts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The version being served, kept in memory so that a request costs no extra Redis round trip. Updated
 * at once by the store's pub/sub channel and, as a safety net for missed messages, by a slow poll.
 */
public final class ActiveVersion implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ActiveVersion.class);

    private final RedisConnections connections;
    private final ModelKeys keys;
    private final Duration timeout;
    private final AtomicReference<String> current = new AtomicReference<>();
    private final AtomicReference<String> lost = new AtomicReference<>();
    private final AtomicReference<String> refused = new AtomicReference<>();
    private final Consumer<String> onSwitch;
    private final StoreWatch watch;

    public ActiveVersion(RedisConnections connections, ModelKeys keys, Duration timeout, Duration pollInterval,
                         Consumer<String> onSwitch) {
        this.connections = connections;
        this.keys = keys;
        this.timeout = timeout;
        this.onSwitch = onSwitch;
        // read the pointer at start-up, so that the log says what is served and no request waits for it
        this.watch = new StoreWatch(connections, keys.channel(), timeout, pollInterval, this::refresh, LOG, "the active model");
    }

    /** The known version, else reads it; empty when none is active. */
    public Mono<String> get() {
        String v = current.get();
        return v != null ? Mono.just(v) : refresh();
    }

    /** The version known in memory; null before the first successful read. */
    public String known() {
        return current.get();
    }

    /**
     * Reads the active pointer from Redis and switches to it; empty when there is none. A pointer that is
     * gone while a version was being served means the store lost its data (a flush, a restart without
     * persistence): the version is dropped, {@link #lostVersion()} says so, and the next pointer read
     * that finds a model (the same version republished, or another) serves it again.
     */
    public Mono<String> refresh() {
        // Lettuce's command timeout bounds the GET: no second timer of our own
        return connections.model().flatMap(c -> c.reactive().get(keys.active())
                        .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                        .flatMap(version -> version.equals(current.get()) ? Mono.just(version) : readable(c, version)))
                .doOnNext(this::switchTo)
                .switchIfEmpty(Mono.fromRunnable(this::pointerMissing));
    }

    /**
     * The version when its values are in a format this service reads; else the version kept (empty when
     * none), and the refusal said once: an operator activated a model that a newer trainer wrote.
     */
    private Mono<String> readable(io.lettuce.core.api.StatefulRedisConnection<String, byte[]> c, String version) {
        return c.reactive().hget(keys.manifest(version), ManifestFields.FORMAT)
                .map(bytes -> new String(bytes, StandardCharsets.UTF_8))
                .map(ManifestFields::format).defaultIfEmpty(ManifestFields.format(null))
                .flatMap(format -> {
                    if (ModelCodec.readable(format)) {
                        refused.set(null);
                        return Mono.just(version);
                    }
                    if (!version.equals(refused.getAndSet(version))) {
                        LOG.error("refusing to serve model version {}: its values are in model format {}, which this service "
                                + "cannot read (it reads {}); still serving {}. Upgrade the service, or activate another version.",
                                version, format, StoreScripts.readableFormats(), current.get());
                    }
                    return Mono.justOrEmpty(current.get());
                });
    }

    /** The active version this service refused to serve (an unreadable model format); null when none. */
    public String refusedVersion() {
        return refused.get();
    }

    /** The version that was served when the store lost its data; null while the store holds a model (or never held one). */
    public String lostVersion() {
        return lost.get();
    }

    private void pointerMissing() {
        String old = current.getAndSet(null);
        if (old != null) {
            lost.set(old);
            LOG.error("the model store lost its data: the active model pointer is gone (version {} was served); "
                    + "answering 503 until a model is published again", old);
            onSwitch.accept(null);
        }
    }

    private void switchTo(String version) {
        String old = current.getAndSet(version);
        String wasLost = lost.getAndSet(null);
        if (!version.equals(old)) {
            if (wasLost != null) LOG.info("the model store holds a model again: serving version {} (lost: {})", version, wasLost);
            else LOG.info("serving model version {} (was {})", version, old);
            onSwitch.accept(version);
        }
    }

    @Override
    public void close() {
        watch.close();
    }
}

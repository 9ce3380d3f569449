package dev.pointe.service.adapter.out.redis;

import dev.pointe.format.ManifestFields;
import dev.pointe.format.ModelCodec;
import dev.pointe.format.ScriptError;
import dev.pointe.format.ModelKeys;
import dev.pointe.format.StoredManifest;
import dev.pointe.format.StoreScripts;
import dev.pointe.service.application.port.ModelAdmin;
import dev.pointe.service.domain.AdminRefusedException;
import dev.pointe.service.domain.StoreUnavailableException;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.reactive.RedisReactiveCommands;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** {@link ModelAdmin} on Redis: the shared activation and rollback scripts of {@code model-format}. */
public final class RedisModelAdmin implements ModelAdmin {

    private final RedisConnections connections;
    private final ModelKeys keys;
    private final Duration timeout;

    public RedisModelAdmin(RedisConnections connections, ModelKeys keys, Duration timeout) {
        this.connections = connections;
        this.keys = keys;
        this.timeout = timeout.multipliedBy(5);
    }

    @Override
    public Mono<List<Version>> versions() {
        return connections.admin().flatMap(c -> versions(c.reactive()))
                .onErrorMap(e -> !(e instanceof AdminRefusedException) && !(e instanceof StoreUnavailableException),
                        e -> new StoreUnavailableException("the model store did not answer", e));
    }

    private Mono<List<Version>> versions(RedisReactiveCommands<String, String> redis) {
        Mono<String> active = redis.get(keys.active()).defaultIfEmpty("");
        Mono<String> previous = redis.lindex(keys.history(), 0).defaultIfEmpty("");
        return Mono.zip(active, previous).flatMap(ap -> redis.zrevrange(keys.versions(), 0, -1)
                .concatMap(v -> redis.hgetall(keys.manifest(v)).collectMap(kv -> kv.getKey(), kv -> kv.getValue())
                        .map(fields -> version(v, fields, ap.getT1(), ap.getT2())))
                .collectList())
                .timeout(timeout)
                .onErrorMap(e -> !(e instanceof AdminRefusedException), e -> new StoreUnavailableException("the model store did not answer", e));
    }

    private static Version version(String v, Map<String, String> fields, String active, String previous) {
        StoredManifest m = null;
        try {
            if (fields.containsKey(ManifestFields.MANIFEST)) m = ModelCodec.decodeManifest(fields.get(ManifestFields.MANIFEST));
        } catch (IllegalArgumentException e) {
            m = null;
        }
        return new Version(v, fields.getOrDefault(ManifestFields.STATUS, "WRITING"), m == null ? null : m.createdAt(),
                m == null ? null : m.publishedAt(), m == null || m.counts() == null ? -1 : m.counts().getOrDefault("items", -1L),
                v.equals(active), v.equals(previous));
    }

    @Override
    public Mono<String> activate(String version) {
        return connections.admin().flatMap(c -> activate(c.reactive(), version)).onErrorMap(e -> translate(e, version));
    }

    private Mono<String> activate(RedisReactiveCommands<String, String> redis, String version) {
        return redis.<String>eval(StoreScripts.ACTIVATE, ScriptOutputType.VALUE,
                        new String[]{keys.active(), keys.manifest(version), keys.history()}, version, keys.channel(),
                        StoreScripts.readableFormats())
                .next().defaultIfEmpty("").timeout(timeout)
                .onErrorMap(e -> translate(e, version));
    }

    @Override
    public Mono<String> rollback() {
        return connections.admin().flatMap(c -> rollback(c.reactive())).onErrorMap(e -> translate(e, null));
    }

    private Mono<String> rollback(RedisReactiveCommands<String, String> redis) {
        return redis.lindex(keys.history(), 0)
                .switchIfEmpty(Mono.error(() -> new AdminRefusedException(AdminRefusedException.Reason.CONFLICT,
                        "there is no previous version to roll back to")))
                .flatMap(previous -> redis.<String>eval(StoreScripts.ROLLBACK, ScriptOutputType.VALUE,
                                new String[]{keys.active(), keys.history(), keys.manifest(previous)}, previous, keys.channel(),
                                StoreScripts.readableFormats())
                        .next().thenReturn(previous))
                .timeout(timeout)
                .onErrorMap(e -> translate(e, null));
    }

    private static Throwable translate(Throwable e, String version) {
        if (e instanceof AdminRefusedException) return e;
        if (e instanceof RedisCommandExecutionException) {
            String message = String.valueOf(e.getMessage());
            ScriptError error = ScriptError.of(message);
            if (error == ScriptError.MISSING) {
                return new AdminRefusedException(AdminRefusedException.Reason.MISSING, "version " + version + " is not in the store", error);
            }
            if (error != null) return new AdminRefusedException(AdminRefusedException.Reason.CONFLICT, ScriptError.detail(message), error);
        }
        return new StoreUnavailableException("the model store did not answer", e);
    }
}

package dev.pointe.service.adapter.out.redis;

import dev.pointe.format.ModelKeys;
import dev.pointe.format.ShopperEventRecord;
import dev.pointe.format.StoreScripts;
import dev.pointe.service.application.port.EventStore;
import dev.pointe.service.domain.StoreUnavailableException;
import io.lettuce.core.ScriptOutputType;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;

/** {@link EventStore} as a Redis Stream: one script per batch (idempotency keys and XADD together). */
public final class RedisEventStore implements EventStore {

    private final RedisConnections connections;
    private final ModelKeys keys;
    private final Duration timeout;

    public RedisEventStore(RedisConnections connections, ModelKeys keys, Duration timeout) {
        this.connections = connections;
        this.keys = keys;
        this.timeout = timeout.multipliedBy(4);
    }

    private static final String ADD_EVENTS_SHA = sha1(StoreScripts.ADD_EVENTS);

    /** The digest EVALSHA names a script by: SHA-1 of its source, 40 hex digits. */
    static String sha1(String script) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1")
                    .digest(script.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The script by its digest (the source is sent only when Redis does not have it yet). */
    private static Mono<Long> script(io.lettuce.core.api.reactive.RedisReactiveCommands<String, String> redis, String[] keys, String[] args) {
        return redis.<Long>evalsha(ADD_EVENTS_SHA, ScriptOutputType.INTEGER, keys, args).next()
                .onErrorResume(io.lettuce.core.RedisNoScriptException.class,
                        e -> redis.<Long>eval(StoreScripts.ADD_EVENTS, ScriptOutputType.INTEGER, keys, args).next());
    }

    @Override
    public Mono<Integer> append(List<ShopperEventRecord> events) {
        String[] scriptKeys = new String[events.size() + 1];
        scriptKeys[0] = keys.events();
        String[] args = new String[2 + events.size()];
        args[0] = Long.toString(StoreScripts.EVENTS_MAX_LENGTH);
        args[1] = Long.toString(StoreScripts.EVENT_ID_TTL_SECONDS);
        for (int i = 0; i < events.size(); i++) {
            ShopperEventRecord e = events.get(i);
            scriptKeys[i + 1] = keys.eventSeen(e.eventId());
            args[i + 2] = e.payload();
        }
        return connections.admin()
                .flatMap(c -> script(c.reactive(), scriptKeys, args))
                .timeout(timeout)
                .map(Long::intValue)
                .onErrorMap(e -> !(e instanceof StoreUnavailableException), e -> new StoreUnavailableException("the event store did not answer", e));
    }
}

package dev.pointe.service.adapter.out.redis;

import dev.pointe.format.ModelKeys;
import dev.pointe.format.ShopperEventRecord;
import dev.pointe.format.StoreScripts;
import dev.pointe.service.application.port.EventStore;
import dev.pointe.service.domain.StoreUnavailableException;
import io.lettuce.core.ScriptOutputType;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

    @Override
    public Mono<Integer> append(List<ShopperEventRecord> events) {
        String[] scriptKeys = new String[events.size() + 1];
        scriptKeys[0] = keys.events();
        List<String> args = new ArrayList<>(2 + events.size() * 14);
        args.add(Long.toString(StoreScripts.EVENTS_MAX_LENGTH));
        args.add(Long.toString(StoreScripts.EVENT_ID_TTL_SECONDS));
        for (int i = 0; i < events.size(); i++) {
            ShopperEventRecord e = events.get(i);
            scriptKeys[i + 1] = keys.eventSeen(e.eventId());
            Map<String, String> fields = e.fields();
            args.add(Integer.toString(fields.size()));
            fields.forEach((k, v) -> {
                args.add(k);
                args.add(v);
            });
        }
        return connections.admin()
                .flatMap(c -> c.reactive().<Long>eval(StoreScripts.ADD_EVENTS, ScriptOutputType.INTEGER, scriptKeys, args.toArray(String[]::new)).next())
                .timeout(timeout)
                .map(Long::intValue)
                .onErrorMap(e -> !(e instanceof StoreUnavailableException), e -> new StoreUnavailableException("the event store did not answer", e));
    }
}

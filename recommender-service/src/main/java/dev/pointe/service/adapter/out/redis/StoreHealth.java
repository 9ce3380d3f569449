package dev.pointe.service.adapter.out.redis;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Status;
import reactor.core.publisher.Mono;

import java.time.Duration;

/** Health of the model store: {@code redis} (PING answers in time) and {@code model} (a version is active). */
final class StoreHealth {

    private StoreHealth() {
    }

    static ReactiveHealthIndicator redis(RedisConnections connections, Duration timeout) {
        return () -> connections.model().flatMap(c -> c.reactive().ping()).timeout(timeout)
                .map(pong -> Health.up().build())
                .onErrorResume(e -> Mono.just(Health.down().withDetail("error", String.valueOf(e.getMessage())).build()));
    }

    static ReactiveHealthIndicator model(RedisModelRepository repository) {
        // reads the pointer each time: a store that lost its data must turn readiness down
        return () -> repository.checkActiveVersion()
                .map(version -> Health.up().withDetail("version", version).build())
                .defaultIfEmpty(Health.status(Status.OUT_OF_SERVICE).withDetail("reason", "no model published yet").build())
                .onErrorResume(e -> Mono.just(Health.down().withDetail("error", String.valueOf(e.getMessage())).build()));
    }
}

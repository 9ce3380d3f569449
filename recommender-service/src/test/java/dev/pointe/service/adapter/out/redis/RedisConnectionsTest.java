package dev.pointe.service.adapter.out.redis;

import dev.pointe.training.publish.TestRedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Against a real Redis started here. */
class RedisConnectionsTest {

    private static final TestRedisServer REDIS = TestRedisServer.start();

    @AfterAll
    static void stop() {
        REDIS.stop();
    }

    @Test
    void requestsRacingToOpenTheConnectionShareOneAndBlockNoEventLoop() {
        ClientResources resources = DefaultClientResources.builder().ioThreadPoolSize(2).computationThreadPoolSize(2).build();
        RedisClient client = RedisClient.create(resources);
        try (RedisConnections connections = new RedisConnections(client, RedisURI.create(REDIS.uri()), Duration.ofSeconds(2))) {
            var opened = Flux.range(0, 16).parallel(8).runOn(Schedulers.parallel())
                    .flatMap(i -> connections.model()).sequential().collectList().block(Duration.ofSeconds(5));
            assertThat(opened).hasSize(16).allSatisfy(c -> assertThat(c).isSameAs(opened.get(0)));

            // the losers of the race were closed; had that blocked an event loop, the connections opened on it
            // now would not answer
            for (int i = 0; i < 4; i++) {
                try (var fresh = client.connect(RedisURI.create(REDIS.uri()))) {
                    StepVerifier.create(Mono.from(fresh.reactive().ping())).expectNext("PONG").verifyComplete();
                }
            }
            StepVerifier.create(connections.model().flatMap(c -> c.reactive().set("race", "won".getBytes())))
                    .expectNext("OK").expectComplete().verify(Duration.ofSeconds(2));
        } finally {
            client.shutdown();
            resources.shutdown();
        }
    }
}

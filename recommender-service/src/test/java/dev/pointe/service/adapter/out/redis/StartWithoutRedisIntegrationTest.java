package dev.pointe.service.adapter.out.redis;

import dev.pointe.service.TestHttpClients;
import dev.pointe.training.model.TrainedModel;
import dev.pointe.training.publish.StoreFixtures;
import dev.pointe.training.publish.TestRedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;


import static org.assertj.core.api.Assertions.assertThat;

/** The service starts while Redis is down, answers 503 problems, and serves as soon as Redis and a model appear. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // its Redis (and catalogue) stop after the class: close the service rather than leave it reconnecting
class StartWithoutRedisIntegrationTest {

    private static final TestRedisServer REDIS = TestRedisServer.start();

    static {
        REDIS.stopProcess(); // keeps its port: the service is configured with a Redis that is down
    }

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("pointe.redis.uri", REDIS::uri);
        registry.add("pointe.redis.poll-interval", () -> "500ms");
    }

    @AfterAll
    static void stop() {
        REDIS.stop();
    }

    @Autowired
    Environment environment;

    @Test
    void startsAnswers503AndRecoversWhenRedisComesUp() {
        WebTestClient client = TestHttpClients.of(environment);
        WebTestClient management = TestHttpClients.management(environment);
        client.get().uri("/v1/items/PT-SHO-0001/complete-the-look").exchange()
                .expectStatus().isEqualTo(503).expectBody().jsonPath("$.title").isEqualTo("Model store unavailable");
        management.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503);

        REDIS.restart();
        client.get().uri("/v1/items/PT-SHO-0001/complete-the-look").exchange()
                .expectStatus().isEqualTo(503).expectBody().jsonPath("$.title").isEqualTo("No model published yet");

        TrainedModel model = StoreFixtures.seeds(2);
        StoreFixtures.publish(REDIS, model, 1_800_000_000L);
        long deadline = System.nanoTime() + 10_000_000_000L;
        int status = 0;
        while (System.nanoTime() < deadline && status != 200) {
            status = client.get().uri("/v1/items/PT-SHO-0001/complete-the-look").exchange().expectBody(String.class)
                    .returnResult().getStatus().value();
            TestRedisServer.sleep(100);
        }
        assertThat(status).isEqualTo(200);
        management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }
}

package dev.pointe.service;

import dev.pointe.format.ManifestFields;
import dev.pointe.format.ModelKeys;
import dev.pointe.service.adapter.in.web.LookResponse;
import dev.pointe.training.model.TrainedModel;
import dev.pointe.training.publish.StoreFixtures;
import dev.pointe.training.publish.TestRedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two service instances on one real Redis: a merchandising rule created through one instance's admin API
 * changes the next answer of the other within a second; stored rules that are malformed are refused; a
 * model in an unknown format is refused by the service, which keeps serving the old one.
 */
class MerchandisingRulesIntegrationTest {

    private static final String FLATS = "PT-SHO-0001";
    private static final String KEY = "rules-admin-key-0123456789";
    private static final TestRedisServer REDIS = TestRedisServer.start();
    private static final TrainedModel MODEL = StoreFixtures.seeds(2);
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void start() {
        StoreFixtures.publish(REDIS, MODEL, 1_800_000_000L);
        first = instance();
        second = instance();
    }

    private static ConfigurableApplicationContext instance() {
        return new SpringApplicationBuilder(PointeServiceApplication.class).run("--server.port=0",
                "--management.server.port=0", "--pointe.redis.uri=" + REDIS.uri(), "--pointe.admin.api-key=" + KEY,
                "--pointe.warm-up.requests=0", "--pointe.redis.poll-interval=30s"); // the poll is only a safety net: pub/sub must do it
    }

    @AfterAll
    static void stop() {
        if (second != null) second.close();
        if (first != null) first.close();
        REDIS.stop();
    }

    private static WebTestClient client(ConfigurableApplicationContext context) {
        return TestHttpClients.of(context.getEnvironment());
    }

    private static LookResponse look(ConfigurableApplicationContext context, String query) {
        return client(context).get().uri("/v1/items/" + FLATS + "/complete-the-look" + query).exchange()
                .expectStatus().isOk().expectBody(LookResponse.class).returnResult().getResponseBody();
    }

    @Test
    void aRuleCreatedOnOneInstanceChangesTheNextAnswerOfAnotherWithinASecond() {
        LookResponse before = look(second, "");
        String last = before.items().get(before.items().size() - 1).sku();
        String hero = MODEL.products().stream().filter(p -> p.category().equals("tops") && p.stock() != 0)
                .filter(p -> before.items().stream().noneMatch(i -> i.sku().equals(p.sku()))).findFirst().orElseThrow().sku();
        Map<String, Object> pin = Map.of("action", "pin", "match", Map.of("skus", List.of(hero)), "position", 1);
        Map<String, Object> exclude = Map.of("id", "not-" + last, "action", "exclude", "match", Map.of("skus", List.of(last)));
        client(first).put().uri("/admin/rules").header("X-API-Key", KEY).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("rules", List.of(exclude))).exchange().expectStatus().isOk();
        long changedAt = System.nanoTime();
        client(first).put().uri("/admin/rules/hero").header("X-API-Key", KEY).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(pin).exchange().expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(2);
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).untilAsserted(() -> {
            LookResponse now = look(second, "");
            assertThat(now.items().get(0).sku()).isEqualTo(hero);
            assertThat(now.items().get(0).reasonCode()).isEqualTo("pinned");
            assertThat(now.items()).noneMatch(i -> i.sku().equals(last));
        });
        System.out.printf("rule seen by the second instance after %d ms%n", (System.nanoTime() - changedAt) / 1_000_000);
        client(first).delete().uri("/admin/rules/hero").header("X-API-Key", KEY).exchange().expectStatus().isOk();
        client(first).delete().uri("/admin/rules/not-" + last).header("X-API-Key", KEY).exchange().expectStatus().isOk();
        await().atMost(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(look(second, "").items()).isEqualTo(before.items()));
    }

    @Test
    void invalidRulesAre400ProblemsNamingEachFieldAndStaleEditsAre409() {
        client(first).put().uri("/admin/rules").header("X-API-Key", KEY).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("rules", List.of(Map.of("id", "b", "action", "boost", "match", Map.of("brands", List.of("x")), "factor", 0.5))))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("https://pointe.dev/problems/invalid-rules")
                .jsonPath("$.errors[0]").isEqualTo("rules[0].factor: required for boost, in (1, 100]");
        client(first).put().uri("/admin/rules").header("X-API-Key", KEY).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"rules\":[{\"id\":\"a\",\"action\":\"promote\",\"match\":{\"skus\":[\"x\"]}}]}")
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.detail").value(d -> assertThat(String.valueOf(d))
                        .doesNotContain("java.", "dev.pointe", "Exception"));
        client(first).put().uri("/admin/rules").header("X-API-Key", KEY).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"rules\":[null]}").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0]").isEqualTo("rules[0]: must be a rule object");
        client(second).get().uri("/v1/items/" + FLATS + "/complete-the-look?offset=2147483647").exchange().expectStatus().isBadRequest();
        client(first).put().uri("/admin/rules").header("X-API-Key", KEY).header("If-Match", "\"999\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("rules", List.of())).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONFLICT);
        client(first).get().uri("/admin/rules").exchange().expectStatus().isUnauthorized()
                .expectHeader().exists("WWW-Authenticate");
    }

    @Test
    void aModelInAnUnknownFormatIsRefusedAndTheOldOneKeepsServing() {
        ModelKeys keys = ModelKeys.DEFAULT;
        String served = look(first, "").modelVersion();
        String future = "ffffffffffffffff";
        // a version a future trainer wrote: complete, but in model format 99
        REDIS.redis().hset(keys.manifest(future), Map.of(ManifestFields.STATUS, "COMPLETE", ManifestFields.FORMAT, "99",
                ManifestFields.MANIFEST, "{}"));
        // the service's own activation refuses it
        client(first).post().uri("/admin/model/activate").header("X-API-Key", KEY).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("version", future)).exchange().expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectBody().jsonPath("$.detail").value(d -> assertThat(String.valueOf(d)).contains("model format 99"));
        // an operator moves the pointer by hand: both instances keep serving the old version
        REDIS.redis().set(keys.active(), future);
        REDIS.redis().publish(keys.channel(), "{\"type\":\"activated\",\"version\":\"" + future + "\"}");
        try {
            await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3)).untilAsserted(() -> {
                assertThat(look(first, "").modelVersion()).isEqualTo(served);
                assertThat(look(second, "?limit=3").modelVersion()).isEqualTo(served);
            });
        } finally {
            REDIS.redis().set(keys.active(), served);
            REDIS.redis().del(keys.manifest(future));
        }
    }
}

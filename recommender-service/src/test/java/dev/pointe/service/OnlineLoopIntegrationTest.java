package dev.pointe.service;

import dev.pointe.format.ModelKeys;
import dev.pointe.format.ServedLists;
import dev.pointe.service.adapter.in.web.LookResponse;
import dev.pointe.training.model.ItemLists;
import dev.pointe.training.model.Manifest;
import dev.pointe.training.model.ModelEntry;
import dev.pointe.training.model.TrainedModel;
import dev.pointe.training.publish.StoreFixtures;
import dev.pointe.training.publish.TestRedisServer;
import dev.pointe.training.seed.LiveShoppers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The loop closed end to end on a real Redis: simulated shoppers (each with a latent look, as the seed data's
 * simulator has them) are assigned arms of an experiment between the trained model and a deliberately weak one
 * (the same best-sellers for every item), see answers, and click and buy what fits their look; their events go
 * through {@code POST /v1/events}, the stream and the consumer group into online counters; the report finds the
 * trained model better with significance. Halfway, the serving instance (its own JVM) is killed and another takes over:
 * every event acknowledged with 202 is counted exactly once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OnlineLoopIntegrationTest {

    private static final String KEY = "online-loop-admin-key-0123";
    private static final TestRedisServer REDIS = TestRedisServer.start();
    private static final TrainedModel GOOD = StoreFixtures.seeds(2);
    private static final TrainedModel WEAK = weak(GOOD);
    private static ConfigurableApplicationContext service;

    static {
        StoreFixtures.publish(REDIS, WEAK, 1_800_000_000L);
        StoreFixtures.publish(REDIS, GOOD, 1_800_000_100L);
    }

    /** The same 20 best-sellers (of every category, in turns) for every item: what a shop without a model shows. */
    private static TrainedModel weak(TrainedModel good) {
        List<ModelEntry> popular = ServedLists.popularFallback(good.popular(), "");
        List<ItemLists> lists = good.products().stream().map(p -> {
            List<ModelEntry> l = popular.stream().filter(e -> !e.sku().equals(p.sku())).limit(20).toList();
            return new ItemLists(p.sku(), l, l, l);
        }).toList();
        Manifest m = good.manifest();
        return new TrainedModel(new Manifest(m.formatVersion(), "0000000000000bad", m.createdAt(), "weak", m.config(), m.inputs(),
                m.counts(), Map.of()), good.products(), lists, good.popular());
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(PointeServiceApplication.class).run("--server.port=0", "--management.server.port=0",
                "--pointe.redis.uri=" + REDIS.uri(), "--pointe.admin.api-key=" + KEY, "--pointe.warm-up.requests=0",
                "--pointe.events.claim-after=1s", "--pointe.events.experiment-poll=200ms");
    }

    @AfterAll
    static void stop() {
        if (service != null) service.close();
        REDIS.stop();
    }

    /** The instance the shoppers talk to now: a separate JVM (killed halfway) or the in-process one. */
    private static WebTestClient current;

    private static WebTestClient client() {
        return current;
    }

    /** The packaged service in its own JVM, so that it can be killed (SIGKILL) as a crashed instance would die. */
    private static Process startProcess(int port, int managementPort, java.nio.file.Path log) throws Exception {
        java.nio.file.Path jar = java.nio.file.Path.of("target", "pointe-service.jar");
        assertThat(jar).as("the packaged service (Failsafe runs after package)").exists();
        Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m", "-jar", jar.toString(),
                "--server.port=" + port, "--management.server.port=" + managementPort, "--pointe.redis.uri=" + REDIS.uri(),
                "--pointe.admin.api-key=" + KEY, "--pointe.warm-up.requests=0", "--pointe.events.claim-after=1s",
                "--pointe.events.experiment-poll=200ms").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).ignoreExceptions()
                .until(() -> http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + managementPort
                        + "/actuator/health/readiness")).build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
        return p;
    }

    private static int impressions;
    private static int clicks;

    /** Shoppers {@code from..to} of the simulator, against the service at {@code base}; every event answered 202. */
    private static void shop(int from, int to, String base) throws Exception {
        LiveShoppers.Result r = new LiveShoppers(java.net.URI.create(base), GOOD.products(), 7L + from).run(from, to);
        assertThat(r.eventsAccepted()).as("events stored").isEqualTo(r.impressions() + r.clicks() + r.purchases());
        impressions += r.impressions();
        clicks += r.clicks();
    }

    @Test
    @Order(1)
    void anExperimentBetweenTheModelAndBestSellersFindsTheModelBetterFromEventsAlone() throws Exception {
        int port = TestRedisServer.freePort();
        java.nio.file.Path log = java.nio.file.Files.createTempFile("pointe-online-loop", ".log");
        Process first = startProcess(port, TestRedisServer.freePort(), log);
        current = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(30)).build();
        client().post().uri("/admin/experiment").header("X-API-Key", KEY).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("id", "looks-vs-best-sellers", "arms", List.of(
                        Map.of("name", "best-sellers", "version", WEAK.manifest().version(), "weight", 1),
                        Map.of("name", "looks", "version", GOOD.manifest().version(), "weight", 1))))
                .exchange().expectStatus().isOk();
        // the same shopper keeps the same arm; different shoppers get both
        await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> assertThat(arm("shopper-1")).isNotEqualTo("none"));
        assertThat(arm("shopper-1")).isEqualTo(arm("shopper-1"));
        assertThat(List.of(arm("a"), arm("b"), arm("c"), arm("d"), arm("e"), arm("f"), arm("g"), arm("h")))
                .contains("looks", "best-sellers");

        try {
            shop(0, 700, "http://127.0.0.1:" + port);
        } finally {
            // the instance dies at once (SIGKILL), likely with events read but not yet counted; another takes over the
            // stream, and what the first had read but not counted
            first.destroyForcibly().waitFor();
        }
        System.out.printf("killed with %d events read but not counted, %d in the stream%n",
                REDIS.redis().xpending(ModelKeys.DEFAULT.events(), "pointe-online-metrics").getCount(), REDIS.redis().xlen(ModelKeys.DEFAULT.events()));
        // whatever the kill caught, also make sure some events were read and never counted by a consumer that is gone
        String rec = dev.pointe.format.RecommendationId.of(GOOD.manifest().version(), "looks", "orphans").toString();
        for (int i = 0; i < 30; i++) {
            var e = new dev.pointe.format.ShopperEventRecord("orphan-" + i, "impression", "shopper-orphan", "PT-SHO-0001",
                    System.currentTimeMillis(), null, null, rec);
            REDIS.redis().xadd(ModelKeys.DEFAULT.events(), Map.of(dev.pointe.format.ShopperEventRecord.PAYLOAD, e.payload()));
        }
        assertThat(REDIS.redis().xreadgroup(io.lettuce.core.Consumer.from("pointe-online-metrics", "a-dead-instance"),
                io.lettuce.core.XReadArgs.Builder.count(1000), io.lettuce.core.XReadArgs.StreamOffset.lastConsumed(ModelKeys.DEFAULT.events())))
                .hasSize(30);
        impressions += 30;
        service = start();
        current = TestHttpClients.of(service.getEnvironment());
        shop(700, 1400, "http://127.0.0.1:" + service.getEnvironment().getProperty("local.server.port"));
        // a client retrying a batch stores nothing twice
        List<Map<String, Object>> again = List.of(LiveShoppers.event("retry-1", "view", "shopper-1", "PT-SHO-0001", Instant.now(), null, null));
        for (int attempt = 0; attempt < 2; attempt++) {
            client().post().uri("/v1/events").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("events", again)).exchange()
                    .expectStatus().isEqualTo(HttpStatus.ACCEPTED).expectBody().jsonPath("$.accepted").isEqualTo(1 - attempt)
                    .jsonPath("$.duplicates").isEqualTo(attempt);
        }

        ModelKeys keys = ModelKeys.DEFAULT;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            long counted = 0;
            long clicked = 0;
            for (TrainedModel m : List.of(WEAK, GOOD)) {
                String arm = m == WEAK ? "best-sellers" : "looks";
                Map<String, String> c = REDIS.redis().hgetall(keys.onlineMetrics(m.manifest().version(), arm));
                counted += Long.parseLong(c.getOrDefault("impressions", "0"));
                clicked += Long.parseLong(c.getOrDefault("clicks", "0"));
            }
            assertThat(counted).as("impressions counted").isEqualTo(impressions);
            assertThat(clicked).as("clicks counted").isEqualTo(clicks);
        });
        assertThat(REDIS.redis().xpending(keys.events(), "pointe-online-metrics").getCount()).isZero(); // the orphans were claimed too
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(TestHttpClients.management(service.getEnvironment())
                .get().uri("/actuator/prometheus").exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody())
                .contains("pointe_online_lag 0.0").contains("pointe_online_events_total{arm=\"looks\",type=\"click\""));

        client().get().uri("/admin/experiment/report").header("X-API-Key", KEY).exchange().expectStatus().isOk()
                .expectBody()
                .consumeWith(r -> System.out.println("experiment report: " + new String(r.getResponseBody())))
                .jsonPath("$.status").isEqualTo("winner")
                .jsonPath("$.winner").isEqualTo("looks")
                .jsonPath("$.arms[1].pVsControl").value(p -> assertThat(((Number) p).doubleValue()).isLessThan(0.001));

        client().post().uri("/admin/experiment/promote").header("X-API-Key", KEY).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("arm", "looks")).exchange().expectStatus().isOk();
        assertThat(REDIS.redis().get(keys.active())).isEqualTo(GOOD.manifest().version());
        await().atMost(Duration.ofSeconds(3)).untilAsserted(() -> assertThat(arm("shopper-1")).isEqualTo("none"));
    }

    private static String arm(String session) {
        return client().get().uri("/v1/items/PT-SHO-0001/complete-the-look?limit=2").header("X-Pointe-Session", session).exchange()
                .expectStatus().isOk().expectBody(LookResponse.class).returnResult().getResponseBody().arm();
    }

    @Test
    @Order(2)
    void badEventsAre400sNamingTheEventAndFieldAndNothingIsStored() {
        long before = REDIS.redis().xlen(ModelKeys.DEFAULT.events());
        client().post().uri("/v1/events").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"events\":[{\"eventId\":\"ok-1\",\"type\":\"view\",\"sessionId\":\"s\",\"sku\":\"A\",\"time\":\""
                        + Instant.now() + "\"},{\"eventId\":\"bad\",\"type\":\"like\",\"sessionId\":\"s\",\"sku\":\"A\",\"time\":\"now\"}]}")
                .exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.type").isEqualTo("https://pointe.dev/problems/invalid-events")
                .jsonPath("$.errors[0]").isEqualTo("events[1].type: one of view, impression, click, add_to_cart, purchase")
                .jsonPath("$.errors[1]").isEqualTo("events[1].time: must be an ISO-8601 instant such as 2026-12-02T10:15:30Z");
        client().post().uri("/v1/events").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"events\":[{\"eventId\":1}]")
                .exchange().expectStatus().isBadRequest();
        client().post().uri("/v1/events").contentType(MediaType.APPLICATION_JSON).bodyValue("x".repeat(70_000))
                .exchange().expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(REDIS.redis().xlen(ModelKeys.DEFAULT.events())).isEqualTo(before);
    }

    @Test
    @Order(3)
    void withRedisDownNoEventIsAcknowledged() {
        REDIS.stopProcess();
        client().post().uri("/v1/events").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("events", List.of(LiveShoppers.event("down-1", "view", "s", "A", Instant.now(), null, null))))
                .exchange().expectStatus().isEqualTo(HttpStatus.SERVICE_UNAVAILABLE).expectHeader().exists("Retry-After");
    }
}

package dev.pointe.service.adapter.in.web;

import dev.pointe.service.TestHttpClients;
import dev.pointe.training.model.TrainedModel;
import dev.pointe.training.publish.StoreFixtures;
import dev.pointe.training.publish.TestRedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running service (real HTTP server on a random port) against a real Redis started here, serving
 * models published by the real trainer code.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // its Redis (and catalogue) stop after the class: close the service rather than leave it reconnecting
class RecommendationApiIntegrationTest {

    private static final String FLATS = "PT-SHO-0001"; // Ballet Pink Ribbon-Tie Mesh Ballet Flats
    private static final TestRedisServer REDIS = TestRedisServer.start();
    private static final TrainedModel FIRST = StoreFixtures.seeds(2);

    static {
        StoreFixtures.publish(REDIS, FIRST, 1_800_000_000L);
    }

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("pointe.redis.uri", REDIS::uri);
        registry.add("pointe.redis.poll-interval", () -> "1s");
        registry.add("pointe.admin.api-key", () -> "s3cret-admin-key");
        registry.add("pointe.http.cors-allowed-origins", () -> "https://shop.example");
        registry.add("management.endpoint.health.show-details", () -> "always");
    }

    @AfterAll
    static void stopRedis() {
        REDIS.stop();
    }

    @Autowired
    Environment environment;

    private WebTestClient client() {
        return TestHttpClients.of(environment);
    }

    private WebTestClient management() {
        return TestHttpClients.management(environment);
    }

    @Test
    void balletFlatsGetTheRestOfTheLookWithReasons() {
        LookResponse look = client().get().uri("/v1/items/{sku}/complete-the-look", FLATS).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectHeader().valueMatches("ETag", "\"" + FIRST.manifest().version() + "-[0-9a-f]+\"")
                .expectHeader().valueEquals("Cache-Control", "max-age=60, public")
                .expectBody(LookResponse.class).returnResult().getResponseBody();
        assertThat(look.sku()).isEqualTo(FLATS);
        assertThat(look.modelVersion()).isEqualTo(FIRST.manifest().version());
        assertThat(look.fallback()).isFalse();
        assertThat(look.items()).hasSize(10); // the default limit: the K of the offline HR@10
        assertThat(look.items()).allSatisfy(item -> {
            assertThat(item.category()).isNotEqualTo("shoes");
            assertThat(item.reason()).isNotBlank();
            assertThat(item.title()).isNotBlank();
            assertThat(item.price()).isPositive();
        });
        assertThat(look.items().stream().map(i -> i.category()).distinct().count()).isGreaterThanOrEqualTo(3);
        assertThat(look.items().get(0).reason()).startsWith("often bought together");
        // the same order as the published list
        List<String> published = FIRST.lists().stream().filter(l -> l.sku().equals(FLATS)).findFirst().orElseThrow()
                .completeTheLook().stream().map(e -> e.sku()).toList();
        assertThat(look.items().get(0).sku()).isEqualTo(published.get(0));
    }

    @Test
    void filtersLimitCategoryExcludePriceAndCap() {
        LookResponse all = get("/v1/items/" + FLATS + "/complete-the-look?limit=20&maxPerCategory=20");
        String first = all.items().get(0).sku();
        assertThat(get("/v1/items/" + FLATS + "/complete-the-look?limit=3").items()).hasSize(3);
        assertThat(get("/v1/items/" + FLATS + "/complete-the-look?category=hosiery&maxPerCategory=5").items())
                .isNotEmpty().allSatisfy(i -> assertThat(i.category()).isEqualTo("hosiery"));
        assertThat(get("/v1/items/" + FLATS + "/complete-the-look?exclude=" + first).items()).noneMatch(i -> i.sku().equals(first));
        assertThat(get("/v1/items/" + FLATS + "/complete-the-look?maxPrice=20&limit=20").items())
                .allSatisfy(i -> assertThat(i.price()).isLessThanOrEqualTo(20));
        // filters never leave a list short while the catalogue has enough eligible items: best-sellers fill it
        LookResponse cheap = get("/v1/items/" + FLATS + "/complete-the-look?maxPrice=30");
        assertThat(cheap.items()).hasSize(10).allSatisfy(i -> {
            assertThat(i.price()).isLessThanOrEqualTo(30);
            assertThat(i.category()).isNotEqualTo("shoes");
        });
        assertThat(cheap.items().stream().map(i -> i.sku()).distinct().count()).isEqualTo(10);
        LookResponse capped = get("/v1/items/" + FLATS + "/complete-the-look?limit=20&maxPerCategory=1");
        assertThat(capped.items().stream().map(i -> i.category()).distinct().count()).isEqualTo(capped.items().size());
    }

    @Test
    void similarItemsStayInTheCategory() {
        LookResponse similar = get("/v1/items/" + FLATS + "/similar?limit=10");
        assertThat(similar.items()).hasSize(10).allSatisfy(i -> assertThat(i.category()).isEqualTo("shoes"))
                .noneMatch(i -> i.sku().equals(FLATS));
    }

    @Test
    void unknownSkuIsA404Problem() {
        client().get().uri("/v1/items/NOPE-1/complete-the-look").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.title").isEqualTo("Unknown item")
                .jsonPath("$.detail").value(d -> assertThat((String) d).contains("NOPE-1"));
    }

    @Test
    void badParametersAre400ProblemsNamingTheParameter() {
        for (Map.Entry<String, String> bad : Map.of("limit=0", "limit", "limit=51", "limit", "limit=abc", "limit",
                "maxPerCategory=0", "maxPerCategory", "minPrice=x", "minPrice", "minPrice=10&maxPrice=5", "maxPrice").entrySet()) {
            client().get().uri("/v1/items/" + FLATS + "/complete-the-look?" + bad.getKey()).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.title").isEqualTo("Invalid parameter")
                    .jsonPath("$.parameter").isEqualTo(bad.getValue())
                    .jsonPath("$.trace").doesNotExist();
        }
    }

    @Test
    void anUnchangedAnswerIsA304() {
        String etag = client().get().uri("/v1/items/" + FLATS + "/complete-the-look").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseHeaders().getETag();
        client().get().uri("/v1/items/" + FLATS + "/complete-the-look").header("If-None-Match", etag).exchange()
                .expectStatus().isNotModified();
    }

    @Test
    void aNewVersionIsServedWithinASecondWithoutFailedRequests() throws Exception {
        TrainedModel second = StoreFixtures.seeds(3);
        assertThat(second.manifest().version()).isNotEqualTo(FIRST.manifest().version());
        assertThat(get("/v1/items/" + FLATS + "/complete-the-look").modelVersion()).isEqualTo(FIRST.manifest().version());
        try {
            StoreFixtures.publish(REDIS, second, 1_800_000_100L); // activates and announces as its last step
            long published = System.nanoTime();
            String seen = null;
            int requests = 0;
            while (System.nanoTime() - published < 3_000_000_000L) {
                seen = get("/v1/items/" + FLATS + "/complete-the-look").modelVersion(); // a failure would throw
                requests++;
                if (seen.equals(second.manifest().version())) break;
            }
            double seconds = (System.nanoTime() - published) / 1e9;
            assertThat(seen).isEqualTo(second.manifest().version());
            assertThat(seconds).as("switch seen after %d requests", requests).isLessThan(1.5);
        } finally {
            // back to the first version for the other tests
            activateFirst();
            Thread.sleep(300);
        }
    }

    @Test
    void aCartGetsOneLookWithoutItsCategoriesOrItems() {
        String tights = get("/v1/items/" + FLATS + "/complete-the-look?category=hosiery").items().get(0).sku();
        LookResponse look = client().post().uri("/v1/looks").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("skus", List.of(FLATS, tights), "limit", 6)).exchange()
                .expectStatus().isOk().expectBody(LookResponse.class).returnResult().getResponseBody();
        assertThat(look.modelVersion()).isEqualTo(FIRST.manifest().version());
        assertThat(look.items()).hasSize(6).allSatisfy(i -> {
            assertThat(i.category()).isNotIn("shoes", "hosiery");
            assertThat(i.sku()).isNotIn(FLATS, tights);
        });
        assertThat(look.items().stream().collect(java.util.stream.Collectors.groupingBy(i -> i.category(), java.util.stream.Collectors.counting())))
                .allSatisfy((category, count) -> assertThat(count).isLessThanOrEqualTo(2));
    }

    @Test
    void badLookRequestsAre400s() {
        client().post().uri("/v1/looks").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("skus", List.of())).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.parameter").isEqualTo("skus");
        client().post().uri("/v1/looks").contentType(MediaType.APPLICATION_JSON).bodyValue("{not json").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(400).jsonPath("$.trace").doesNotExist();
        client().post().uri("/v1/looks").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("skus", List.of("NOPE"))).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void aRefusedRequestLeavesItsKeepAliveConnectionUsable() throws Exception {
        for (String body : List.of("{\"skus\":[]}", "{not json", "{\"skus\":[\"NOPE\"]}")) {
            for (int round = 0; round < 20; round++) {
                try (RawHttp http = RawHttp.connect(port())) {
                    http.send("POST /v1/looks HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
                            + body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + "\r\n\r\n" + body);
                    assertThat(http.read().status()).as(body).isIn(400, 404);
                    http.send(LIVENESS);
                    assertThat(http.read().status()).as("the next request on the connection after %s", body).isEqualTo(200);
                }
            }
        }
    }

    /**
     * Two requests in one write (an answer read from Redis, then one answered at once), both answers read,
     * then a third request on the same connection: Reactor Netty 1.3.6 stopped reading that connection
     * (reactor/reactor-netty#4361), which a browser that reuses connections would see as a hung request.
     */
    @Test
    void pipelinedAndKeptAliveRequestsAreAllAnswered() throws Exception {
        for (int round = 0; round < 12; round++) {
            String sku = String.format("PT-TOP-%04d", round + 1); // not asked before: read from Redis, off the event loop
            try (RawHttp http = RawHttp.connect(port())) {
                http.send("GET /v1/items/" + sku + "/similar?limit=" + (round + 1) + " HTTP/1.1\r\nHost: localhost\r\n\r\n" + LIVENESS);
                assertThat(http.read().status()).isEqualTo(200);
                assertThat(http.read().status()).isEqualTo(200);
                http.send(LIVENESS);
                assertThat(http.read().status()).as("the third request, round %d", round).isEqualTo(200);
            }
        }
    }

    private static final String LIVENESS = "GET /v1/popular?limit=1 HTTP/1.1\r\nHost: localhost\r\n\r\n";

    private int port() {
        return Integer.parseInt(environment.getRequiredProperty("local.server.port"));
    }

    @Test
    void whenRedisStopsCachedAnswersGoOnOthersFailFastAndItRecovers() {
        String cached = "/v1/items/" + FLATS + "/complete-the-look";
        get(cached);
        REDIS.stopProcess();
        try {
            assertThat(get(cached).modelVersion()).isEqualTo(FIRST.manifest().version());
            long t0 = System.nanoTime();
            client().get().uri("/v1/items/PT-SHO-0002/similar").exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.title").isEqualTo("Model store unavailable");
            assertThat((System.nanoTime() - t0) / 1e9).as("a fast 503").isLessThan(2.0);
        } finally {
            REDIS.restart();
            StoreFixtures.publish(REDIS, FIRST, 1_800_000_000L);
        }
        // recovered after Redis came back (reconnects are at most 1 s apart)
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> client().get().uri("/v1/items/PT-SHO-0002/similar").exchange().expectBody(String.class)
                        .returnResult().getStatus().value() == 200);
    }

    @Test
    void healthReportsRedisAndTheModelAndOnlyThreeEndpointsAreExposedOnTheManagementPortOnly() {
        for (String path : List.of("/actuator/health", "/actuator/health/readiness", "/actuator/prometheus", "/actuator/info")) {
            client().get().uri(path).exchange().expectStatus().isNotFound(); // the public port has no actuator
        }
        management().get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.redis.status").isEqualTo("UP")
                .jsonPath("$.components.model.details.version").isEqualTo(FIRST.manifest().version());
        management().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        management().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        management().get().uri("/actuator/info").exchange().expectStatus().isOk();
        management().get().uri("/actuator/env").exchange().expectStatus().isNotFound();
    }

    @Test
    void prometheusExportsTheFixedMetricNames() {
        get("/v1/items/" + FLATS + "/complete-the-look");
        get("/v1/items/" + FLATS + "/complete-the-look");
        String metrics = management().get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics)
                .contains("http_server_requests_seconds_bucket{")
                .contains("uri=\"/v1/items/{sku}/complete-the-look\"")
                .contains("cache_gets_total{cache=\"pointe.nearcache\"")
                .contains("pointe_model_active{version=\"" + FIRST.manifest().version() + "\"} 1.0")
                .contains("lettuce_command_completion_seconds");
    }

    @Test
    void everyFallbackAnswerIsCountedAlsoWhenItComesFromTheAnswerCache() {
        // a seed and a category its look lacks: asking for that category falls back on the best-sellers
        java.util.Map<String, String> categoryOf = FIRST.products().stream()
                .collect(java.util.stream.Collectors.toMap(p -> p.sku(), p -> p.category()));
        java.util.Set<String> categories = new java.util.TreeSet<>(categoryOf.values());
        String[] seedAndCategory = FIRST.lists().stream().flatMap(l -> {
            java.util.Set<String> covered = l.completeTheLook().stream().map(e -> e.category()).collect(java.util.stream.Collectors.toSet());
            return categories.stream().filter(c -> !c.equals(categoryOf.get(l.sku())) && !covered.contains(c))
                    .map(c -> new String[]{l.sku(), c});
        }).findFirst().orElseThrow(() -> new AssertionError("every look covers every other category"));
        String seed = seedAndCategory[0];
        String missing = seedAndCategory[1];
        double before = fallbacks();
        for (int i = 0; i < 2; i++) {
            LookResponse look = get("/v1/items/" + seed + "/complete-the-look?category=" + missing);
            assertThat(look.fallback()).isTrue();
            assertThat(look.items()).isNotEmpty().allSatisfy(item -> assertThat(item.category()).isEqualTo(missing));
        }
        assertThat(fallbacks() - before).isEqualTo(2.0);
    }

    private double fallbacks() {
        String metrics = management().get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        return metrics.lines().filter(l -> l.startsWith("pointe_recommendations_fallbacks_total{kind=\"popular-in-complementary-categories\"")).findFirst()
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).orElseThrow();
    }

    @Test
    void adminNeedsTheApiKey() {
        client().get().uri("/admin/model").exchange().expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer realm=\"pointe-admin\"")
                .expectBody().jsonPath("$.title").isEqualTo("Unauthorized")
                .jsonPath("$.type").isEqualTo("https://pointe.dev/problems/unauthorized");
        client().get().uri("/admin/model").header("X-API-Key", "wrong").exchange().expectStatus().isUnauthorized();
        client().post().uri("/admin/model/rollback").exchange().expectStatus().isUnauthorized();
        client().get().uri("/admin/model").header("Authorization", "Bearer s3cret-admin-key").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.active").isEqualTo(FIRST.manifest().version())
                .jsonPath("$.versions[0].status").isEqualTo("COMPLETE");
    }

    @Test
    void adminActivatesAndRollsBackAndRefusesWhatCannotBeServed() throws Exception {
        TrainedModel second = StoreFixtures.seeds(3);
        StoreFixtures.publish(REDIS, second, 1_800_000_200L); // now active
        try {
            admin().post().uri("/admin/model/rollback").exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.active").isEqualTo(FIRST.manifest().version());
            assertThat(REDIS.redis().get(dev.pointe.format.ModelKeys.DEFAULT.active())).isEqualTo(FIRST.manifest().version());
            admin().post().uri("/admin/model/activate").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("version", second.manifest().version())).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.previous").isEqualTo(FIRST.manifest().version());
            admin().post().uri("/admin/model/activate").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("version", "0000000000000000")).exchange().expectStatus().isNotFound()
                    .expectBody().jsonPath("$.title").isEqualTo("Switch refused");
            REDIS.redis().hset(dev.pointe.format.ModelKeys.DEFAULT.manifest("deadbeefdeadbeef"), "status", "WRITING");
            admin().post().uri("/admin/model/activate").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("version", "deadbeefdeadbeef")).exchange().expectStatus().isEqualTo(409);
            admin().post().uri("/admin/model/activate").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of()).exchange().expectStatus().isBadRequest()
                    .expectBody().jsonPath("$.parameter").isEqualTo("version");
            assertThat(REDIS.redis().get(dev.pointe.format.ModelKeys.DEFAULT.active())).isEqualTo(second.manifest().version());
        } finally {
            REDIS.redis().del(dev.pointe.format.ModelKeys.DEFAULT.manifest("deadbeefdeadbeef"));
            activateFirst();
            Thread.sleep(300);
        }
    }

    @Test
    void corsLetsConfiguredShopsInAndOthersNot() {
        client().options().uri("/v1/items/" + FLATS + "/complete-the-look").header("Origin", "https://shop.example")
                .header("Access-Control-Request-Method", "GET").exchange()
                .expectStatus().isOk().expectHeader().valueEquals("Access-Control-Allow-Origin", "https://shop.example");
        client().options().uri("/v1/items/" + FLATS + "/complete-the-look").header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET").exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void theApiIsDescribedWithOpenApi() {
        client().get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.info.title").isEqualTo("Pointe recommender API")
                .jsonPath("$.paths['/v1/items/{sku}/complete-the-look'].get").exists()
                .jsonPath("$.paths['/v1/looks'].post").exists();
        client().get().uri("/swagger-ui.html").exchange().expectStatus().isNotFound(); // off unless POINTE_SWAGGER_UI=true
    }

    @Test
    void aVersionSwitchUnderConcurrentRequestsFailsNone() throws Exception {
        TrainedModel second = StoreFixtures.seeds(3);
        java.util.concurrent.atomic.AtomicInteger failures = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
        java.util.Set<String> versions = java.util.concurrent.ConcurrentHashMap.newKeySet();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        long until = System.nanoTime() + 3_000_000_000L;
        try {
            for (int t = 0; t < 4; t++) {
                pool.submit(() -> {
                    while (System.nanoTime() < until) {
                        var result = client().get().uri("/v1/items/" + FLATS + "/complete-the-look").exchange()
                                .expectBody(LookResponse.class).returnResult();
                        requests.incrementAndGet();
                        if (result.getStatus().value() != 200) failures.incrementAndGet();
                        else versions.add(result.getResponseBody().modelVersion());
                    }
                });
            }
            Thread.sleep(800);
            StoreFixtures.publish(REDIS, second, 1_800_000_300L);
            pool.shutdown();
            assertThat(pool.awaitTermination(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(failures.get()).as("failed of %d requests", requests.get()).isZero();
            assertThat(versions).containsExactlyInAnyOrder(FIRST.manifest().version(), second.manifest().version());
        } finally {
            pool.shutdownNow();
            activateFirst();
            Thread.sleep(300);
        }
    }

    @Test
    void theDemoStorefrontIsServedWithWhatItNeeds() {
        client().get().uri("/demo").exchange().expectStatus().isFound().expectHeader().location("/demo/index.html");
        String html = client().get().uri("/demo/index.html").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(html).contains("<title>Pointe demo storefront</title>", "Complete the look", "app.js");
        client().get().uri("/demo/app.js").exchange().expectStatus().isOk();
        client().get().uri("/v1/popular?limit=3").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.shoes.length()").isEqualTo(3)
                .jsonPath("$.hosiery[0][0]").value(sku -> assertThat((String) sku).startsWith("PT-HOS-"));
        client().get().uri("/v1/popular?limit=0").exchange().expectStatus().isBadRequest();
        client().get().uri("/v1/items/" + FLATS).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.category").isEqualTo("shoes");
        client().get().uri("/v1/items/NOPE").exchange().expectStatus().isNotFound();
        String svg = client().get().uri("/images/" + FLATS + ".svg").exchange().expectStatus().isOk()
                .expectHeader().contentType("image/svg+xml").expectBody(String.class).returnResult().getResponseBody();
        assertThat(svg).startsWith("<svg").contains("fill=\"#f7cac9\"").contains("SHOES"); // ballet-pink
    }

    private static void activateFirst() {
        try (var store = StoreFixtures.connect(REDIS)) {
            new dev.pointe.training.publish.ModelRegistry(store).activate(FIRST.manifest().version());
        }
    }

    private WebTestClient admin() {
        return client().mutate().defaultHeader("X-API-Key", "s3cret-admin-key").build();
    }

    private LookResponse get(String uri) {
        return client().get().uri(uri).exchange().expectStatus().isOk().expectBody(LookResponse.class).returnResult().getResponseBody();
    }
}

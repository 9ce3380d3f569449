package dev.pointe.service.adapter.in.web;

import dev.pointe.service.PointeServiceApplication;
import dev.pointe.training.model.TrainedModel;
import dev.pointe.training.publish.StoreFixtures;
import dev.pointe.training.publish.TestRedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The fast path answers exactly as WebFlux does: two instances on one real Redis, one with the fast path (the
 * default) and one without, are asked the same requests (plain, filtered, paged, invalid, unknown, conditional,
 * with a session) and must give the same status, headers and JSON.
 */
class FastPathIntegrationTest {

    private static final String FLATS = "PT-SHO-0001";
    private static final TestRedisServer REDIS = TestRedisServer.start();
    private static final TrainedModel MODEL = StoreFixtures.seeds(2);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> COMPARED_HEADERS = List.of("etag", "cache-control", "vary", "content-type", "retry-after");
    private static ConfigurableApplicationContext fast;
    private static ConfigurableApplicationContext framework;

    @BeforeAll
    static void start() {
        StoreFixtures.publish(REDIS, MODEL, 1_800_000_000L);
        fast = instance(true);
        framework = instance(false);
    }

    private static ConfigurableApplicationContext instance(boolean fastPath) {
        return new SpringApplicationBuilder(PointeServiceApplication.class).run("--server.port=0", "--management.server.port=0",
                "--pointe.redis.uri=" + REDIS.uri(), "--pointe.warm-up.requests=0", "--pointe.http.fast-path=" + fastPath);
    }

    @AfterAll
    static void stop() {
        if (framework != null) framework.close();
        if (fast != null) fast.close();
        REDIS.stop();
    }

    private record Answer(int status, Map<String, String> headers, Object body) {
    }

    private static Answer ask(ConfigurableApplicationContext context, String target, Map<String, String> headers) throws Exception {
        return ask(context.getEnvironment().getRequiredProperty("local.server.port"), target, headers);
    }

    private static Answer ask(String port, String target, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + target)).timeout(Duration.ofSeconds(20));
        headers.forEach(request::header);
        HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        Map<String, String> compared = new TreeMap<>();
        for (String name : COMPARED_HEADERS) response.headers().firstValue(name).ifPresent(v -> compared.put(name, v));
        Object body = response.body().length == 0 ? null : JSON.readValue(response.body(), Object.class);
        return new Answer(response.statusCode(), compared, body);
    }

    @Test
    void everyKindOfRequestGetsTheSameAnswerAsFromWebFlux() throws Exception {
        String unknown = "PT-NOT-THERE";
        List<String> targets = new ArrayList<>();
        for (String list : List.of("complete-the-look", "bought-together", "similar")) {
            for (String sku : List.of(FLATS, "PT-SKI-0002", "PT-TOP-0003")) targets.add("/v1/items/" + sku + "/" + list);
            targets.add("/v1/items/" + unknown + "/" + list);
            targets.add("/v1/items/" + unknown + "/" + list + "?seedCategory=tops");
        }
        String look = "/v1/items/" + FLATS + "/complete-the-look";
        for (String query : List.of("limit=3", "limit=3&offset=2", "limit=5&limit=7", "category=tops,skirts", "category=tops&category=skirts",
                "category", "category=", "=x&limit=4", "exclude=PT-TOP-0003,PT-SKI-0002", "minPrice=10&maxPrice=60", "inStock=false",
                "inStock=TRUE", "sameBrand=true", "sameColour=true", "priceRatio=2", "maxPerCategory=1", "limit=+4+", "category=knit+shrugs",
                "limit=abc", "limit=-1", "limit=101", "offset=2147483647", "minPrice=NaN", "maxPrice=1e999", "inStock=maybe",
                "sameBrand=yes", "session=shopper-1", "limit=3&&offset=1&", "seedCategory=")) {
            targets.add(look + "?" + query);
        }
        List<Map<String, String>> headerSets = List.of(Map.of(), Map.of("X-Pointe-Session", "shopper-7"));
        int compared = 0;
        for (String target : targets) {
            for (Map<String, String> headers : headerSets) {
                Answer expected = ask(framework, target, headers);
                assertThat(ask(fast, target, headers)).as(target + " " + headers).isEqualTo(expected);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(2 * targets.size());
        long taken = fast.getBean(FastItemLists.class).taken();
        assertThat(taken).as("requests the fast path answered").isGreaterThanOrEqualTo(compared - 2 * 6); // all but the refused ones
        assertThat(framework.getBean(FastItemLists.class).taken()).isZero();
    }

    @Test
    void aConditionalRequestIsAnsweredNotModifiedWithTheSameHeaders() throws Exception {
        String look = "/v1/items/" + FLATS + "/complete-the-look?limit=4";
        Answer first = ask(fast, look, Map.of());
        assertThat(first.status()).isEqualTo(200);
        String etag = first.headers().get("etag");
        Answer expected = ask(framework, look, Map.of("If-None-Match", etag));
        assertThat(expected.status()).isEqualTo(304);
        assertThat(ask(fast, look, Map.of("If-None-Match", etag))).isEqualTo(expected);
        assertThat(ask(fast, look, Map.of("If-None-Match", "\"other\""))).isEqualTo(first);
    }

    @Test
    void theFastPathCountsItsRequestsAsTheFrameworkDoes() throws Exception {
        Map<String, Double> fastCounts = countsAfterOneAnswerAndOneInvalidRequest(fast);
        assertThat(fastCounts).isEqualTo(countsAfterOneAnswerAndOneInvalidRequest(framework)).hasSize(2);
        assertThat(fastCounts.keySet()).anyMatch(tags -> tags.contains("status=\"400\"")).allMatch(tags -> tags.contains("error=\"none\""));
    }

    /** By how much the request counters of the similar-items route grow (per tag set) for one answer and one invalid request. */
    private static Map<String, Double> countsAfterOneAnswerAndOneInvalidRequest(ConfigurableApplicationContext context) throws Exception {
        Map<String, Double> before = requestCounts(context);
        ask(context, "/v1/items/" + FLATS + "/similar", Map.of());
        ask(context, "/v1/items/" + FLATS + "/similar?limit=x", Map.of());
        Map<String, Double> grown = new TreeMap<>();
        // the framework records its timer once the answer is written, which may be after the client has read it
        await().atMost(Duration.ofSeconds(5)).until(() -> {
            grown.clear();
            requestCounts(context).forEach((tags, count) -> {
                double delta = count - before.getOrDefault(tags, 0.0);
                if (delta != 0) grown.put(tags, delta);
            });
            return grown.values().stream().mapToDouble(Double::doubleValue).sum() >= 2;
        });
        return grown;
    }

    private static Map<String, Double> requestCounts(ConfigurableApplicationContext context) throws Exception {
        String management = context.getEnvironment().getRequiredProperty("local.management.port");
        HttpResponse<String> scrape = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + management + "/actuator/prometheus"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Map<String, Double> counts = new TreeMap<>();
        scrape.body().lines().filter(l -> l.startsWith("http_server_requests_seconds_count{") && l.contains("/similar"))
                .forEach(l -> counts.put(l.substring(0, l.lastIndexOf(' ')), Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))));
        return counts;
    }

    @Test
    void pipelinedRequestsOfBothPathsAreAnsweredInOrderOnOneConnection() throws Exception {
        int port = Integer.parseInt(fast.getEnvironment().getRequiredProperty("local.server.port"));
        String popular = "GET /v1/popular?limit=1 HTTP/1.1\r\nHost: localhost\r\n\r\n";
        List<String> sent = new ArrayList<>();
        StringBuilder requests = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            // fast-path lists with a distinguishing limit, now and then one handed on to WebFlux
            String target = i % 7 == 0 ? "popular" : "/v1/items/" + FLATS + "/similar?limit=" + (1 + i % 9);
            sent.add(target);
            requests.append(target.equals("popular") ? popular : "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
        }
        long takenBefore = fast.getBean(FastItemLists.class).taken();
        try (RawHttp http = RawHttp.connect(port)) {
            http.send(requests.toString()); // all in one write
            for (String target : sent) {
                RawHttp.Response response = http.read();
                assertThat(response.status()).as(target).isEqualTo(200);
                if (target.equals("popular")) {
                    assertThat(JSON.readTree(response.body()).has("recommendationId")).as("the best-sellers, not a list answer").isFalse();
                } else {
                    int limit = Integer.parseInt(target.substring(target.indexOf("limit=") + 6));
                    assertThat(JSON.readTree(response.body()).get("items").size()).as(target).isEqualTo(limit);
                    assertThat(JSON.readTree(response.body()).has("recommendationId")).isTrue();
                }
            }
            // and the connection goes on after the pipeline
            http.send("GET /v1/items/" + FLATS + "/similar?limit=2 HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertThat(JSON.readTree(http.read().body()).get("items").size()).isEqualTo(2);
        }
        assertThat(fast.getBean(FastItemLists.class).taken() - takenBefore).as("some were the fast path's").isPositive();
    }

    @Test
    void aRequestAskingToCloseIsAnsweredAndTheConnectionClosed() throws Exception {
        int port = Integer.parseInt(fast.getEnvironment().getRequiredProperty("local.server.port"));
        try (RawHttp http = RawHttp.connect(port)) {
            http.send("GET /v1/items/" + FLATS + "/similar HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(http.read().status()).isEqualTo(200);
            assertThatThrownBy(http::read).isInstanceOf(java.io.EOFException.class);
        }
        try (RawHttp http = RawHttp.connect(port)) {
            http.send("GET /v1/items/" + FLATS + "/similar HTTP/1.0\r\n\r\n");
            assertThat(http.read().status()).isEqualTo(200);
        }
    }

    @Test
    void pipelinedRequestsWhoseAnswersWaitForRedisAreAnsweredInOrderAndTheFirstOfAConnectionIsTaken() throws Exception {
        int port = Integer.parseInt(fast.getEnvironment().getRequiredProperty("local.server.port"));
        long takenBefore = fast.getBean(FastItemLists.class).taken();
        StringBuilder requests = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            // unknown skus are never cached: every answer waits for a Redis read, while the next requests are held
            requests.append("GET /v1/items/PT-NONE-").append(i).append("/similar HTTP/1.1\r\nHost: localhost\r\n\r\n");
        }
        requests.append("GET /v1/items/" + FLATS + "/similar?limit=4 HTTP/1.1\r\nHost: localhost\r\n\r\n");
        try (RawHttp http = RawHttp.connect(port)) {
            http.send(requests.toString());
            for (int i = 0; i < 6; i++) {
                RawHttp.Response response = http.read();
                assertThat(response.status()).isEqualTo(404);
                assertThat(response.body()).contains("PT-NONE-" + i);
            }
            assertThat(JSON.readTree(http.read().body()).get("items").size()).isEqualTo(4);
        }
        assertThat(fast.getBean(FastItemLists.class).taken() - takenBefore).as("all seven, the first of the connection too").isEqualTo(7);
    }

    @Test
    void aFastAnswerWaitsForTheAnswerToARequestHandedOnBeforeIt() throws Exception {
        int port = Integer.parseInt(fast.getEnvironment().getRequiredProperty("local.server.port"));
        // the first is percent-encoded (WebFlux decodes it) and not cached; the second a cached fast-path answer
        ask(fast, "/v1/items/" + FLATS + "/bought-together?limit=5", Map.of());
        try (RawHttp http = RawHttp.connect(port)) {
            http.send("GET /v1/items/PT%2DSKI%2D0002/bought-together?limit=3 HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    + "GET /v1/items/" + FLATS + "/bought-together?limit=5 HTTP/1.1\r\nHost: localhost\r\n\r\n");
            var first = JSON.readTree(http.read().body());
            assertThat(first.get("sku").asString()).isEqualTo("PT-SKI-0002");
            assertThat(first.get("items").size()).isEqualTo(3);
            var second = JSON.readTree(http.read().body());
            assertThat(second.get("sku").asString()).isEqualTo(FLATS);
            assertThat(second.get("items").size()).isEqualTo(5);
        }
    }
}

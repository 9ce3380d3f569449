package dev.pointe.service.adapter.in.web;

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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Limits on what one request may cost: the request target, headers and body sizes are answered as problems
 * (414, 431, 413), and beyond the bound of model reads in flight a request is shed at once (503, Retry-After 1).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class RequestLimitsIntegrationTest {

    private static final TestRedisServer REDIS = TestRedisServer.start();
    private static final TrainedModel MODEL = StoreFixtures.seeds(2);
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static {
        StoreFixtures.publish(REDIS, MODEL, 1_800_000_000L);
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("pointe.redis.uri", REDIS::uri);
        registry.add("pointe.redis.max-in-flight", () -> "1");
        registry.add("pointe.near-cache.enabled", () -> "false");
        registry.add("pointe.warm-up.requests", () -> "0");
    }

    @AfterAll
    static void stop() {
        REDIS.stop();
    }

    @Autowired
    Environment environment;

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port") + path))
                .timeout(Duration.ofSeconds(10));
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aTooLongRequestTargetIsA414Problem() throws Exception {
        HttpResponse<String> r = send(request("/v1/items/" + MODEL.lists().get(0).sku() + "/complete-the-look?exclude=" + "X".repeat(9_000)).build());
        assertThat(r.statusCode()).isEqualTo(414);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(r.body()).contains("\"status\":414").contains("at most 8192 characters");
    }

    @Test
    void tooLargeHeadersAreA431Problem() throws Exception {
        HttpResponse<String> r = send(request("/v1/popular").header("X-Big", "h".repeat(20_000)).build());
        assertThat(r.statusCode()).isEqualTo(431);
        assertThat(r.body()).contains("\"status\":431").contains("headers-too-large");
    }

    @Test
    void aTooLargeBodyIsA413Problem() throws Exception {
        String body = "{\"skus\":[" + "\"A\",".repeat(30_000) + "\"B\"]}";
        HttpResponse<String> r = send(request("/v1/looks").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("\"status\":413").doesNotContain("Exception");
    }

    @Test
    void beyondTheReadsInFlightRequestsAreShedAtOnceWithRetryAfter() {
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            String sku = MODEL.lists().get(i % MODEL.lists().size()).sku();
            answers.add(HTTP.sendAsync(request("/v1/items/" + sku + "/similar").build(), HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> all = answers.stream().map(CompletableFuture::join).toList();
        assertThat(all).allSatisfy(r -> assertThat(r.statusCode()).isIn(200, 503));
        List<HttpResponse<String>> shed = all.stream().filter(r -> r.statusCode() == 503).toList();
        assertThat(shed).as("with one read in flight allowed, 64 at once cannot all be read").isNotEmpty();
        assertThat(shed).allSatisfy(r -> {
            assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(r.body()).contains("\"title\":\"Busy\"");
        });
        assertThat(all).anySatisfy(r -> assertThat(r.statusCode()).isEqualTo(200));
    }
}

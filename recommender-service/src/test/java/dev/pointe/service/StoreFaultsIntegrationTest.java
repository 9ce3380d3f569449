package dev.pointe.service;

import dev.pointe.training.model.TrainedModel;
import dev.pointe.training.publish.StoreFixtures;
import dev.pointe.training.publish.TestRedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Faults of the model store and of clients, against the running service and a real Redis started here:
 * the store losing its data under load and the same version republished, a long Redis outage, and slow
 * clients that never finish their requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoreFaultsIntegrationTest {

    private static final TestRedisServer REDIS = TestRedisServer.start();
    private static final TrainedModel MODEL = StoreFixtures.seeds(2);
    private static final long PUBLISHED_AT = 1_800_000_000L;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    static {
        StoreFixtures.publish(REDIS, MODEL, PUBLISHED_AT);
    }

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("pointe.redis.uri", REDIS::uri);
        registry.add("pointe.http.idle-timeout", () -> "2s");
    }

    @AfterAll
    static void stopRedis() {
        REDIS.stop();
    }

    @Autowired
    Environment environment;

    private String base() {
        return "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port");
    }

    private int status(String path) {
        String root = path.startsWith("/actuator/") ? "http://127.0.0.1:" + environment.getRequiredProperty("local.management.port") : base();
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    private String body(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private List<String> skus() {
        return MODEL.lists().stream().map(l -> l.sku()).toList();
    }

    /** Requests every sku in turn on one thread until stopped; counts statuses. */
    private Thread load(AtomicBoolean running, Map<Integer, AtomicInteger> statuses) {
        Thread t = new Thread(() -> {
            List<String> skus = skus();
            for (int i = 0; running.get(); i++) {
                int s = status("/v1/items/" + skus.get(i % skus.size()) + "/complete-the-look");
                statuses.computeIfAbsent(s, k -> new AtomicInteger()).incrementAndGet();
            }
        }, "load");
        t.start();
        return t;
    }

    @Test
    @Order(1)
    void aStoreThatLostItsDataIs503AndNotReadyAndTheSameVersionRepublishedServesEverySkuWithin2s() throws Exception {
        for (String sku : skus()) assertThat(status("/v1/items/" + sku + "/similar")).isEqualTo(200);
        AtomicBoolean running = new AtomicBoolean(true);
        Map<Integer, AtomicInteger> during = new ConcurrentHashMap<>();
        Thread load = load(running, during);
        REDIS.flushAll();
        // uncached lists of known items: 503 "lost its data", never 404
        await().atMost(Duration.ofSeconds(10)).until(() -> status("/v1/items/" + skus().get(7) + "/bought-together") == 503);
        assertThat(body("/v1/items/" + skus().get(8) + "/bought-together")).contains("Model store lost its data");
        assertThat(status("/actuator/health/readiness")).isEqualTo(503);
        assertThat(status("/v1/popular")).isEqualTo(503);
        running.set(false);
        load.join();
        assertThat(during.keySet()).as("statuses under load while the store was empty").doesNotContain(404, 500);

        long t0 = System.nanoTime();
        StoreFixtures.publish(REDIS, MODEL, PUBLISHED_AT); // deterministic: the very same version
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> status("/v1/items/" + skus().get(9) + "/bought-together") == 200);
        for (String sku : skus()) {
            for (String list : List.of("complete-the-look", "bought-together", "similar")) {
                assertThat(status("/v1/items/" + sku + "/" + list)).as(sku + " " + list).isEqualTo(200);
            }
        }
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("every sku answers again").isLessThan(Duration.ofSeconds(6));
        assertThat(body("/v1/popular")).contains(skus().get(0).substring(0, 3));
        assertThat(status("/actuator/health/readiness")).isEqualTo(200);
    }

    @Test
    @Order(2)
    void slowClientsAreClosedAfterTheIdleTimeoutWhileOtherRequestsFlow() throws Exception {
        List<Socket> slow = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            Socket s = new Socket("127.0.0.1", Integer.parseInt(environment.getRequiredProperty("local.server.port")));
            s.getOutputStream().write("GET /v1/popular HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Half: sent".getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            s.setSoTimeout(8_000);
            slow.add(s);
        }
        long t0 = System.nanoTime();
        int served = 0;
        while (System.nanoTime() - t0 < 1_000_000_000L) {
            assertThat(status("/v1/items/" + skus().get(served % 50) + "/complete-the-look")).isEqualTo(200);
            served++;
        }
        assertThat(served).isPositive();
        for (Socket s : slow) {
            try (s; InputStream in = s.getInputStream()) {
                // the server closes the connection (end of stream), at most after an error answer; a read
                // still blocked after 8 s fails the test with SocketTimeoutException
                if (in.read() != -1) in.readAllBytes();
            }
        }
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("closed after the 2 s idle timeout").isLessThan(Duration.ofSeconds(10));
    }

    @Test
    @Order(3)
    void afterA45SecondRedisOutageAnswersResumeWithin2sOfRedisReturning() throws Exception {
        REDIS.stopProcess();
        try {
            long outageEnds = System.nanoTime() + Duration.ofSeconds(45).toNanos();
            int refused = 0;
            while (System.nanoTime() < outageEnds) { // requests all through the outage: fast 503s, or lists still in memory
                assertThat(status("/v1/items/UNKNOWN-" + refused + "/similar")).isEqualTo(503);
                assertThat(status("/v1/items/" + skus().get(refused % 40) + "/similar")).isIn(200, 503);
                refused++;
            }
            assertThat(status("/actuator/health/readiness")).isEqualTo(503);
            System.out.printf("%d requests answered 503 during the outage%n", refused);
        } finally {
            REDIS.restart();
            StoreFixtures.publish(REDIS, MODEL, PUBLISHED_AT);
        }
        long back = System.nanoTime();
        // an unknown sku needs Redis to be told apart from a lost store: 404 means the store answers again
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(20))
                .until(() -> status("/v1/items/UNKNOWN-AFTER/similar") == 404);
        assertThat(status("/actuator/health/readiness")).isEqualTo(200);
        System.out.printf("answers resumed %d ms after Redis returned%n", (System.nanoTime() - back) / 1_000_000);
    }

    @Test
    @Order(4)
    void aMalformedListValueIsA503ProblemNotA500AndOtherItemsStillAnswer() throws Exception {
        String key = dev.pointe.format.ModelKeys.DEFAULT.completeTheLook(MODEL.manifest().version(), "PT-BROKEN-1");
        REDIS.redis().set(key, "[[\"PT-BROKEN-2\",\"t\",\"c\",\"not a price\"");
        await().atMost(Duration.ofSeconds(10)).until(() -> status("/v1/items/" + skus().get(3) + "/complete-the-look") == 200);
        assertThat(status("/v1/items/PT-BROKEN-1/complete-the-look")).isEqualTo(503);
        assertThat(body("/v1/items/PT-BROKEN-1/complete-the-look")).contains("store-unavailable").doesNotContain("Exception", "dev.pointe");
        assertThat(status("/v1/items/" + skus().get(4) + "/complete-the-look")).isEqualTo(200);
    }
}

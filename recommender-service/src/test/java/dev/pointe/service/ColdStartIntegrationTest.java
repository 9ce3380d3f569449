package dev.pointe.service;

import dev.pointe.training.model.TrainedModel;
import dev.pointe.training.publish.StoreFixtures;
import dev.pointe.training.publish.TestRedisServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A new instance behind a load balancer: the packaged service starts in its own, cold JVM; the moment its
 * readiness says UP, 64 clients send it requests over every item for five seconds. None may get a 503: the
 * warm-up before readiness has already paid for the cold JIT and the Redis connections.
 */
class ColdStartIntegrationTest {

    private static final TestRedisServer REDIS = TestRedisServer.start();
    private static final TrainedModel MODEL = StoreFixtures.seeds(2);

    @AfterAll
    static void stop() {
        REDIS.stop();
    }

    @Test
    void aNewInstanceUnderLoadAnswersNo503AfterReadiness() throws Exception {
        StoreFixtures.publish(REDIS, MODEL, 1_800_000_000L);
        Path jar = Path.of("target", "pointe-service.jar");
        assertThat(jar).as("the packaged service (Failsafe runs after package)").exists();
        int port = TestRedisServer.freePort();
        int managementPort = TestRedisServer.freePort();
        Path log = Files.createTempFile("pointe-cold-start", ".log");
        Process service = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m", "-jar",
                jar.toString(), "--server.port=" + port, "--management.server.port=" + managementPort, "--pointe.redis.uri=" + REDIS.uri())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        String base = "http://127.0.0.1:" + port;
        try {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50)).ignoreExceptions()
                    .until(() -> http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/actuator/health/readiness")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
            List<String> skus = MODEL.lists().stream().map(l -> l.sku()).toList();
            String[] lists = {"complete-the-look", "bought-together", "similar"};
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            List<String> transportErrors = java.util.Collections.synchronizedList(new ArrayList<>());
            AtomicInteger next = new AtomicInteger();
            long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            List<CompletableFuture<Void>> clients = new ArrayList<>();
            for (int c = 0; c < 64; c++) {
                clients.add(CompletableFuture.runAsync(() -> {
                    while (System.nanoTime() < end) {
                        int i = next.getAndIncrement();
                        URI uri = URI.create(base + "/v1/items/" + skus.get(i % skus.size()) + "/" + lists[(i / skus.size()) % 3]);
                        int status = -1;
                        // a transport error (the JDK client reusing a connection as it closes) is retried once, as
                        // a load balancer would; an HTTP answer never is
                        for (int attempt = 0; attempt < 2 && status == -1; attempt++) {
                            try {
                                status = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
                                        HttpResponse.BodyHandlers.discarding()).statusCode();
                            } catch (Exception e) {
                                transportErrors.add(e.toString());
                            }
                        }
                        statuses.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
                    }
                }, java.util.concurrent.Executors.newSingleThreadExecutor()));
            }
            CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).join();
            System.out.println("cold start: statuses after readiness " + statuses + ", transport errors retried: " + transportErrors);
            assertThat(statuses.keySet()).as("statuses after readiness; log: " + log).containsOnly(200);
            assertThat(Files.readString(log)).contains("warm-up:");
            Files.delete(log); // kept when the test fails
        } finally {
            service.destroy();
            service.waitFor();
        }
    }
}

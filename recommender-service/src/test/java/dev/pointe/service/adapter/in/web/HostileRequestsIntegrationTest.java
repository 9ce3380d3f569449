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

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running service under hostile input: a seeded generator sends thousands of requests with odd paths,
 * encodings, parameter values, bodies, methods and headers, including the admin and actuator paths, over
 * raw sockets (so that malformed bytes reach the server as written). No answer may be a 5xx, no error body
 * may carry a stack frame or a Java class name, and the heap after GC stays where it was. The request count
 * is {@code -Dpointe.fuzz.requests} (default 3,000; {@code bench/fuzz.sh} runs 10,000 or more).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
class HostileRequestsIntegrationTest {

    private static final TestRedisServer REDIS = TestRedisServer.start();
    private static final TrainedModel MODEL = StoreFixtures.seeds(2);
    private static final Pattern LEAK = Pattern.compile(
            "(\\bat [a-z]+\\.[a-zA-Z.$]+\\(|\\b(java|javax|jdk|sun|org\\.springframework|reactor|io\\.netty|io\\.lettuce|tools\\.jackson|dev\\.pointe)\\.[a-z]+\\.[A-Za-z]|[A-Z][A-Za-z]+(Exception|Error)\\b)");

    static {
        StoreFixtures.publish(REDIS, MODEL, 1_800_000_000L);
    }

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        registry.add("pointe.redis.uri", REDIS::uri);
        registry.add("pointe.admin.api-key", () -> "s3cret-admin-key");
    }

    @AfterAll
    static void stopRedis() {
        REDIS.stop();
    }

    @Autowired
    Environment environment;

    private int port() {
        return Integer.parseInt(environment.getRequiredProperty("local.server.port"));
    }

    @Test
    void thousandsOfHostileRequestsGetNo5xxNoClassNamesAndLeaveTheHeapWhereItWas() throws Exception {
        int requests = Integer.getInteger("pointe.fuzz.requests", 3_000);
        HostileRequests generator = new HostileRequests(new Random(42), MODEL.lists().stream().map(l -> l.sku()).toList());
        for (int i = 0; i < 200; i++) send(generator.next()); // warm up before the first heap reading
        long before = usedHeapAfterGc();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String request = generator.next();
            RawHttp.Response response = send(request);
            if (response == null) {
                statuses.merge(0, 1, Integer::sum); // the server closed the connection: allowed for bytes that are not HTTP
                continue;
            }
            statuses.merge(response.status(), 1, Integer::sum);
            if (response.status() >= 500) failures.add(response.status() + " for " + abbreviate(request));
            boolean apiOrError = response.status() >= 400 || request.contains(" /v1/") || request.contains(" /admin");
            if (apiOrError && LEAK.matcher(response.body()).find()) {
                failures.add("leaks an internal name: " + abbreviate(response.body()) + " for " + abbreviate(request));
            }
        }
        long after = usedHeapAfterGc();
        System.out.printf("fuzz: %,d requests, statuses %s, heap after GC %,d KB before, %,d KB after%n",
                requests, statuses, before / 1024, after / 1024);
        assertThat(failures).isEmpty();
        assertThat(after - before).isLessThan(64L * 1024 * 1024);
        assertThat(statuses.keySet()).contains(200, 400, 404);
    }

    @Test
    void fortyThousandUniqueLongQueryStringsLeaveTheHeapWithin64Mb() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        String sku = MODEL.lists().get(0).sku();
        String base = "http://127.0.0.1:" + port() + "/v1/items/" + sku + "/complete-the-look?exclude=";
        Random random = new Random(7);
        send(http, base + "WARM-UP", 200).join();
        long before = usedHeapAfterGc();
        Semaphore window = new Semaphore(32);
        AtomicInteger ok = new AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<Throwable> firstFailure = new java.util.concurrent.atomic.AtomicReference<>();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            StringBuilder exclude = new StringBuilder(3_800);
            exclude.append("U").append(i);
            while (exclude.length() < 3_700) exclude.append(",X").append(Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
            window.acquire();
            String uri = base + exclude;
            // a transport error (the JDK client reusing a kept-alive connection as it closes) is retried once;
            // an HTTP answer other than 200 never is
            pending.add(send(http, uri, 200).exceptionallyCompose(e -> e instanceof java.io.IOException || e.getCause() instanceof java.io.IOException
                    ? send(http, uri, 200) : CompletableFuture.failedFuture(e)).whenComplete((r, e) -> {
                window.release();
                if (e == null) ok.incrementAndGet();
                else firstFailure.compareAndSet(null, e);
            }));
            if (pending.size() > 1_000) pending.removeIf(CompletableFuture::isDone);
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        long after = usedHeapAfterGc();
        System.out.printf("40,000 unique query strings: %,d answered 200, heap after GC %,d KB before, %,d KB after%n",
                ok.get(), before / 1024, after / 1024);
        assertThat(firstFailure.get()).as("the first failed request").isNull();
        assertThat(ok.get()).isEqualTo(40_000);
        assertThat(after - before).isLessThan(64L * 1024 * 1024);
    }

    private static CompletableFuture<HttpResponse<Void>> send(HttpClient http, String uri, int expected) {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.discarding()).thenApply(r -> {
                    if (r.statusCode() != expected) throw new IllegalStateException("status " + r.statusCode() + " for " + uri);
                    return r;
                });
    }

    /** One request on its own connection; null when the server closed it without an answer. */
    private RawHttp.Response send(String request) throws IOException {
        try (RawHttp http = RawHttp.connect(port())) {
            http.send(request);
            return http.read(request.startsWith("HEAD "));
        } catch (java.io.EOFException | java.net.SocketException e) {
            return null;
        }
    }

    private static long usedHeapAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) { // System.gc() is a synchronous full collection here; the lowest of three readings
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static String abbreviate(String s) {
        String one = s.replace("\r\n", "⏎ ");
        return one.length() <= 300 ? one : one.substring(0, 300) + "…";
    }
}

package dev.pointe.training.publish;

import dev.pointe.training.model.TrainedModel;
import io.lettuce.core.SetArgs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static dev.pointe.training.publish.StoreFixtures.KEYS;
import static dev.pointe.training.publish.StoreFixtures.assertCompleteManifest;
import static dev.pointe.training.publish.StoreFixtures.assertStoredExactly;
import static dev.pointe.training.publish.StoreFixtures.clockAt;
import static dev.pointe.training.publish.StoreFixtures.connect;
import static dev.pointe.training.publish.StoreFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublishLockIntegrationTest {

    private static final long T0 = 1_793_000_000L;
    private static TestRedisServer server;
    private static TrainedModel first;
    private static TrainedModel second;

    @BeforeAll
    static void startServer() {
        server = TestRedisServer.start();
        first = StoreFixtures.seeds(1);
        second = StoreFixtures.seeds(2);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) server.stop();
    }

    @BeforeEach
    void flush() {
        server.flushAll();
    }

    @Test
    void aLockHeldByAnotherPublisherFailsAtOnceAndWritesNothing() {
        server.redis().set(KEYS.lock(), "other", SetArgs.Builder.nx().px(60_000));
        long t0 = System.nanoTime();

        assertThatThrownBy(() -> StoreFixtures.publish(server, first, T0))
                .isInstanceOf(PublishException.class)
                .hasMessageMatching("another publish is running \\(lock pointe:\\{ctl\\}:lock held for 5\\d s more\\); waited 0 s\\."
                        + " Try again later or pass --lock-wait\\.");

        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
        assertThat(server.redis().keys("*")).containsExactly(KEYS.lock());
        assertThat(server.redis().get(KEYS.lock())).isEqualTo("other");
        assertThat(server.redis().pttl(KEYS.lock())).isGreaterThan(55_000L);
    }

    @Test
    void waitingLongerThanTheOtherLockLivesThenPublishes() {
        server.redis().set(KEYS.lock(), "other", SetArgs.Builder.nx().px(1_500));
        long t0 = System.nanoTime();
        PublishResult result;
        try (RedisModelStore store = connect(server)) {
            result = new RedisModelWriter(store, PublishSettings.defaults().withLock(Duration.ofSeconds(30), Duration.ofSeconds(5)),
                    clockAt(T0), n -> { }).publish(first);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - t0);

        assertThat(took).isBetween(Duration.ofMillis(1_200), Duration.ofMillis(4_500));
        assertThat(result.keys()).isEqualTo(1361);
        assertThat(result.activated()).isTrue();
        assertThat(server.redis().get(KEYS.active())).isEqualTo(first.manifest().version());
        assertThat(server.redis().exists(KEYS.lock())).as("lock released").isZero();
        assertCompleteManifest(server, KEYS, first, "2026-10-26T07:33:20Z");
    }

    @Test
    void waitingLessThanTheOtherLockLivesFailsAfterTheWait() {
        server.redis().set(KEYS.lock(), "other", SetArgs.Builder.nx().px(60_000));
        long t0 = System.nanoTime();
        try (RedisModelStore store = connect(server)) {
            RedisModelWriter writer = new RedisModelWriter(store, PublishSettings.defaults().withLock(Duration.ofSeconds(30),
                    Duration.ofMillis(1_000)), clockAt(T0), n -> { });
            assertThatThrownBy(() -> writer.publish(first)).isInstanceOf(PublishException.class)
                    .hasMessageContaining("another publish is running").hasMessageContaining("waited 1 s");
        }
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isBetween(Duration.ofMillis(1_000), Duration.ofMillis(3_000));
        assertThat(server.redis().keys("*")).containsExactly(KEYS.lock());
    }

    @Test
    void twoConcurrentPublishesThatWaitBothCompleteEachWithItsOwnData() throws Exception {
        List<Future<PublishResult>> results = runConcurrently(Duration.ofSeconds(30));
        PublishResult a = results.get(0).get();
        PublishResult b = results.get(1).get();

        assertThat(a.keys()).isEqualTo(1361);
        assertThat(b.keys()).isEqualTo(1361);
        // one finished first (previous: none), the other replaced it
        PublishResult earlier = a.previous() == null ? a : b;
        PublishResult later = earlier == a ? b : a;
        assertThat(earlier.previous()).isNull();
        assertThat(later.previous()).isEqualTo(earlier.version());
        assertThat(server.redis().get(KEYS.active())).isEqualTo(later.version());
        assertThat(server.redis().lrange(KEYS.history(), 0, -1)).containsExactly(earlier.version());
        assertStoredExactly(server, KEYS, first);
        assertStoredExactly(server, KEYS, second);
        assertCompleteManifest(server, KEYS, first, "2026-10-26T07:33:20Z");
        assertCompleteManifest(server, KEYS, second, "2026-10-26T07:33:21Z");
        assertThat(server.redis().exists(KEYS.lock())).isZero();
    }

    @Test
    void twoConcurrentPublishesThatDoNotWaitNeverMixTheirData() throws Exception {
        List<Future<PublishResult>> results = runConcurrently(Duration.ZERO);
        List<TrainedModel> models = List.of(first, second);
        int succeeded = 0;
        for (int i = 0; i < 2; i++) {
            TrainedModel model = models.get(i);
            String version = model.manifest().version();
            try {
                assertThat(results.get(i).get().version()).isEqualTo(version);
                succeeded++;
                assertStoredExactly(server, KEYS, model);
                assertCompleteManifest(server, KEYS, model, "2026-10-26T07:33:2" + i + "Z");
            } catch (java.util.concurrent.ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(PublishException.class).hasMessageContaining("another publish is running");
                assertThat(server.redis().exists(KEYS.manifest(version))).as("manifest of the refused " + version).isZero();
                assertThat(scan(server, KEYS.data(version) + "*")).as("data of the refused " + version).isEmpty();
            }
        }
        assertThat(succeeded).isBetween(1, 2);
        assertThat(server.redis().exists(KEYS.lock())).isZero();
    }

    @Test
    void aLockTakenOverWhileWritingStopsThePublishBeforeAnythingIsActivated() {
        TrainedModel served = StoreFixtures.synthetic("5e7ed00000000000", 10, 3);
        StoreFixtures.publish(server, served, T0);
        AtomicBoolean stolen = new AtomicBoolean();
        String version = first.manifest().version();

        try (RedisModelStore store = connect(server)) {
            RedisModelWriter writer = new RedisModelWriter(store, new PublishSettings(100, 1, Duration.ofSeconds(1), Duration.ZERO, true),
                    clockAt(T0 + 60), n -> {
                if (stolen.compareAndSet(false, true)) {
                    // someone else takes the lock, and the writer only notices at its next renewal (a third of the TTL)
                    server.redis().set(KEYS.lock(), "intruder", SetArgs.Builder.xx().px(60_000));
                    TestRedisServer.sleep(450);
                }
            });
            assertThatThrownBy(() -> writer.publish(first)).isInstanceOf(PublishException.class)
                    .hasMessageContaining("the publish lock expired or was taken over").hasMessageContaining("nothing was activated")
                    .hasMessageContaining(server.where());
        }

        assertThat(server.redis().get(KEYS.active())).isEqualTo("5e7ed00000000000");
        assertThat(server.redis().hget(KEYS.manifest(version), "status")).isEqualTo("WRITING");
        assertThat(server.redis().get(KEYS.lock())).as("the intruder's lock is not released by the loser").isEqualTo("intruder");
        assertThat(scan(server, KEYS.data(version) + "*").size()).isBetween(1, 1020);
    }

    @Test
    void aLockLostAfterTheLastWriteStillNeverMarksTheVersionComplete() {
        TrainedModel served = StoreFixtures.synthetic("5e7ed00000000000", 10, 3);
        StoreFixtures.publish(server, served, T0);
        String version = first.manifest().version();

        try (RedisModelStore store = connect(server)) {
            RedisModelWriter writer = new RedisModelWriter(store, PublishSettings.defaults(), clockAt(T0 + 60), n -> {
                if (n == 1361) server.redis().set(KEYS.lock(), "intruder", SetArgs.Builder.xx().px(60_000));
            });
            assertThatThrownBy(() -> writer.publish(first)).isInstanceOf(PublishException.class)
                    .hasMessageContaining("nothing was activated")
                    .hasMessageContaining("the publish lock expired or was taken over");
        }

        assertThat(server.redis().get(KEYS.active())).isEqualTo("5e7ed00000000000");
        assertThat(server.redis().hget(KEYS.manifest(version), "status")).isEqualTo("WRITING");
        assertThat(server.redis().llen(KEYS.history())).isZero();
        assertThat(scan(server, KEYS.data(version) + "*")).hasSize(1361);
        try (RedisModelStore store = connect(server)) {
            assertThatThrownBy(() -> new ModelRegistry(store).activate(version)).isInstanceOf(PublishException.class)
                    .hasMessageContaining("cannot be activated");
        }
    }

    /** Publishes the two seed models from two threads at once; the second one's clock is a second later. */
    private static List<Future<PublishResult>> runConcurrently(Duration lockWait) throws InterruptedException {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<PublishResult>> futures = new ArrayList<>();
        try {
            List<TrainedModel> models = List.of(first, second);
            for (int i = 0; i < 2; i++) {
                TrainedModel model = models.get(i);
                long at = T0 + i;
                futures.add(pool.submit(() -> {
                    try (RedisModelStore store = connect(server)) {
                        RedisModelWriter writer = new RedisModelWriter(store, PublishSettings.defaults().withLock(Duration.ofSeconds(30),
                                lockWait), clockAt(at), n -> { });
                        start.await(10, TimeUnit.SECONDS);
                        return writer.publish(model);
                    }
                }));
            }
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        return futures;
    }
}

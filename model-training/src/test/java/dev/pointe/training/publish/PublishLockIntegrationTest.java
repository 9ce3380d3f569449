package dev.pointe.training.publish;

import dev.pointe.training.io.InputException;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

import static dev.pointe.training.publish.StoreFixtures.KEYS;
import static dev.pointe.training.publish.StoreFixtures.assertCompleteManifest;
import static dev.pointe.training.publish.StoreFixtures.assertStoredExactly;
import static dev.pointe.training.publish.StoreFixtures.clockAt;
import static dev.pointe.training.publish.StoreFixtures.connect;
import static dev.pointe.training.publish.StoreFixtures.scan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

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
    void aLockHeldByAnotherPublisherFailsAtOnceBeforeTheModelIsReadAndWritesNothing() {
        server.redis().set(KEYS.lock(), "other", SetArgs.Builder.nx().px(60_000));
        AtomicBoolean modelRead = new AtomicBoolean();
        long t0 = System.nanoTime();

        try (RedisModelStore store = connect(server)) {
            RedisModelWriter writer = new RedisModelWriter(store, PublishSettings.defaults(), clockAt(T0), n -> { });
            assertThatThrownBy(() -> writer.publish(() -> {
                modelRead.set(true);
                return first;
            })).isInstanceOf(PublishException.class)
                    .hasMessageMatching(Pattern.quote("another publish is running: the publish lock pointe:{ctl}:lock is held for ")
                            + "(5\\d|60)" + Pattern.quote(" s more; waited 0 s. The lock is released when that publish ends, and "
                            + "expires by itself in ") + "(5\\d|60)" + Pattern.quote(" s if its publisher was killed. Try again later, "
                            + "or pass --lock-wait (e.g. PT2M) to wait for it. If no publish is running, delete the lock: redis-cli -u "
                            + server.where() + " DEL 'pointe:{ctl}:lock' (a publish that is still running then fails; it never "
                            + "activates a half-written version)."));
        }

        assertThat(modelRead).as("the model is read only once the lock is held").isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(2));
        assertThat(server.redis().keys("*")).containsExactly(KEYS.lock());
        assertThat(server.redis().get(KEYS.lock())).isEqualTo("other");
        assertThat(server.redis().pttl(KEYS.lock())).isGreaterThan(55_000L);
    }

    @Test
    void aLockWithoutExpirySaysItWasSetByHandAndHowToDeleteIt() {
        server.redis().set(KEYS.lock(), "set-by-hand");

        assertThatThrownBy(() -> StoreFixtures.publish(server, first, T0))
                .isInstanceOf(PublishException.class)
                .hasMessage("the publish lock pointe:{ctl}:lock is held and has no expiry (publishers always set one, so it was set "
                        + "by hand); waited 0 s. If no publish is running, delete it: redis-cli -u " + server.where()
                        + " DEL 'pointe:{ctl}:lock'");
        assertThat(server.redis().keys("*")).containsExactly(KEYS.lock());
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
                    .hasMessageContaining("another publish is running").hasMessageContaining("waited 1 s")
                    .hasMessageContaining("pass a longer --lock-wait.");
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

    @Test
    void theLockIsHeldAndRenewedWhileTheModelIsReadSoThatAnotherPublishFailsMeanwhile() {
        AtomicReference<Throwable> other = new AtomicReference<>();
        AtomicLong lockMillisLeftAfterRead = new AtomicLong();
        PublishResult result;
        try (RedisModelStore store = connect(server)) {
            // a 2 s lock and a read of 4.5 s: without renewals the lock would expire twice over
            RedisModelWriter writer = new RedisModelWriter(store, PublishSettings.defaults().withLock(Duration.ofSeconds(2), Duration.ZERO),
                    clockAt(T0), n -> { });
            result = writer.publish(() -> {
                assertThat(server.redis().exists(KEYS.lock())).as("lock taken before the read").isOne();
                TestRedisServer.sleep(4_500);
                other.set(catchThrowable(() -> StoreFixtures.publish(server, second, T0 + 1)));
                lockMillisLeftAfterRead.set(server.redis().pttl(KEYS.lock()));
                return first;
            });
        }

        assertThat(other.get()).isInstanceOf(PublishException.class).hasMessageContaining("another publish is running");
        assertThat(lockMillisLeftAfterRead.get()).isBetween(1L, 2_000L);
        assertThat(result.keys()).isEqualTo(1361);
        assertStoredExactly(server, KEYS, first);
        assertThat(server.redis().get(KEYS.active())).isEqualTo(first.manifest().version());
        assertThat(server.redis().exists(KEYS.manifest(second.manifest().version()))).isZero();
        assertThat(server.redis().exists(KEYS.lock())).as("lock released").isZero();
    }

    @Test
    void aLockTakenOverWhileTheModelIsReadFailsThePublishBeforeAnythingIsWritten() {
        try (RedisModelStore store = connect(server)) {
            RedisModelWriter writer = new RedisModelWriter(store, PublishSettings.defaults(), clockAt(T0), n -> { });
            assertThatThrownBy(() -> writer.publish(() -> {
                // someone followed the advice to delete the lock, and another publish took it
                server.redis().set(KEYS.lock(), "intruder", SetArgs.Builder.xx().px(60_000));
                return first;
            })).isInstanceOf(PublishException.class)
                    .hasMessage("the publish lock expired or was taken over by another publish while the model was read; "
                            + "nothing was written");
        }

        assertThat(server.redis().keys("*")).containsExactly(KEYS.lock());
        assertThat(server.redis().get(KEYS.lock())).as("the intruder's lock is not released by the loser").isEqualTo("intruder");
    }

    @Test
    void aModelThatCannotBeReadFailsWithItsOwnErrorAndReleasesTheLock() {
        try (RedisModelStore store = connect(server)) {
            RedisModelWriter writer = new RedisModelWriter(store, PublishSettings.defaults(), clockAt(T0), n -> { });
            assertThatThrownBy(() -> writer.publish(() -> {
                throw new InputException("model/items.jsonl:7", "not valid: Unexpected end-of-input");
            })).isInstanceOf(InputException.class).hasMessage("model/items.jsonl:7: not valid: Unexpected end-of-input");
        }

        assertThat(server.redis().keys("*")).isEmpty();
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

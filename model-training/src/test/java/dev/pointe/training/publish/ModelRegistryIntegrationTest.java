package dev.pointe.training.publish;

import dev.pointe.format.ModelCodec;
import dev.pointe.format.ModelEvent;
import dev.pointe.format.ModelStatus;
import dev.pointe.training.model.TrainedModel;
import io.lettuce.core.SetArgs;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static dev.pointe.training.publish.StoreFixtures.KEYS;
import static dev.pointe.training.publish.StoreFixtures.assertStoredExactly;
import static dev.pointe.training.publish.StoreFixtures.connect;
import static dev.pointe.training.publish.StoreFixtures.publish;
import static dev.pointe.training.publish.StoreFixtures.scan;
import static dev.pointe.training.publish.StoreFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ModelRegistryIntegrationTest {

    private static final long T0 = 1_793_000_000L;
    private static TestRedisServer server;
    private static TrainedModel first;
    private static TrainedModel second;

    private RedisModelStore store;
    private ModelRegistry registry;
    private StatefulRedisPubSubConnection<String, String> subscriber;
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

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
    void connectAndSubscribe() {
        server.flushAll();
        store = connect(server);
        registry = new ModelRegistry(store);
        subscriber = server.client().connectPubSub();
        subscriber.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                events.add(message);
            }
        });
        subscriber.sync().subscribe(KEYS.channel());
    }

    @AfterEach
    void close() {
        subscriber.close();
        store.close();
    }

    @Test
    void activateAndRollbackSwitchAtomicallyAndAnnounceIt() throws InterruptedException {
        String v1 = first.manifest().version();
        String v2 = second.manifest().version();
        assertThat(v1).isNotEqualTo(v2);
        assertThat(registry.active()).isNull();
        assertThat(registry.versions()).isEmpty();

        publish(server, first, T0);
        publish(server, second, T0 + 60);
        assertThat(nextEvent()).isEqualTo(new ModelEvent("activated", v1, null));
        assertThat(nextEvent()).isEqualTo(new ModelEvent("activated", v2, v1));
        assertThat(registry.active()).isEqualTo(v2);
        assertThat(registry.versions())
                .extracting(VersionInfo::version, VersionInfo::status, VersionInfo::active, VersionInfo::previous, v -> v.manifest().keys())
                .containsExactly(tuple(v2, ModelStatus.COMPLETE, true, false, 1361L), tuple(v1, ModelStatus.COMPLETE, false, true, 1361L));
        assertThat(registry.versions().get(0).manifest().publishedAt()).isEqualTo("2026-10-26T07:34:20Z");

        assertThat(registry.rollback()).isEqualTo(v2);
        assertThat(registry.active()).isEqualTo(v1);
        assertThat(nextEvent()).isEqualTo(new ModelEvent("rolled-back", v1, v2));
        assertThat(registry.versions()).extracting(VersionInfo::version, VersionInfo::active, VersionInfo::previous)
                .containsExactly(tuple(v2, false, false), tuple(v1, true, false));

        assertThatThrownBy(registry::rollback).isInstanceOf(PublishException.class)
                .hasMessage("there is no previous version to roll back to (active: " + v1 + ")");
        assertThat(registry.active()).isEqualTo(v1);

        assertThat(registry.activate(v2)).isEqualTo(v1);
        assertThat(nextEvent()).isEqualTo(new ModelEvent("activated", v2, v1));
        assertThat(server.redis().lrange(KEYS.history(), 0, -1)).containsExactly(v1);
        assertThat(registry.activate(v2)).as("activating the active version").isEqualTo(v2);
        assertThat(server.redis().lrange(KEYS.history(), 0, -1)).containsExactly(v1);
        assertNoMoreEvents();
        // both versions' data untouched by all the switching
        assertStoredExactly(server, KEYS, first);
        assertStoredExactly(server, KEYS, second);
    }

    @Test
    void activatingAMissingOrHalfWrittenVersionIsRefusedAndChangesNothing() throws InterruptedException {
        TrainedModel served = StoreFixtures.synthetic("aaaaaaaaaaaaaaaa", 20, 4);
        publish(server, served, T0);
        nextEvent();
        server.redis().hset(KEYS.manifest("bbbbbbbbbbbbbbbb"), Map.of("status", "WRITING", "writer", "some-token"));
        server.redis().zadd(KEYS.versions(), (T0 + 60) * 1000.0, "bbbbbbbbbbbbbbbb");

        assertThatThrownBy(() -> registry.activate("ffffffffffffffff")).isInstanceOf(PublishException.class)
                .hasMessage("version ffffffffffffffff is not in the store at " + server.where() + " (see 'versions')");
        assertThatThrownBy(() -> registry.activate("bbbbbbbbbbbbbbbb")).isInstanceOf(PublishException.class)
                .hasMessage("version bbbbbbbbbbbbbbbb cannot be activated: its publish did not complete (version bbbbbbbbbbbbbbbb is WRITING);"
                        + " publish it again, or remove it with 'prune'");

        assertThat(registry.active()).isEqualTo("aaaaaaaaaaaaaaaa");
        assertThat(server.redis().exists(KEYS.history())).isZero();
        assertThat(registry.versions()).extracting(VersionInfo::version, VersionInfo::status, VersionInfo::active)
                .containsExactly(tuple("bbbbbbbbbbbbbbbb", ModelStatus.WRITING, false), tuple("aaaaaaaaaaaaaaaa", ModelStatus.COMPLETE, true));
        assertThat(registry.versions().get(0).manifest()).as("no manifest JSON yet").isNull();
        assertNoMoreEvents();
    }

    @Test
    void rollbackToAVersionThatIsGoneIsRefused() throws InterruptedException {
        publish(server, StoreFixtures.synthetic("aaaaaaaaaaaaaaaa", 20, 4), T0);
        nextEvent();
        server.redis().lpush(KEYS.history(), "0123456789abcdef"); // history names a version whose manifest is gone

        assertThatThrownBy(registry::rollback).isInstanceOf(PublishException.class)
                .hasMessageContaining("the previous version 0123456789abcdef is missing or incomplete");
        assertThat(registry.active()).isEqualTo("aaaaaaaaaaaaaaaa");
        assertThat(server.redis().lrange(KEYS.history(), 0, -1)).containsExactly("0123456789abcdef");
        assertNoMoreEvents();
    }

    @Test
    void pruneKeepsTheVersionsARunningExperimentServes() {
        TrainedModel v1 = StoreFixtures.synthetic("2000000000000001", 10, 3);
        TrainedModel v2 = StoreFixtures.synthetic("2000000000000002", 11, 3);
        TrainedModel v3 = StoreFixtures.synthetic("2000000000000003", 12, 3);
        TrainedModel v4 = StoreFixtures.synthetic("2000000000000004", 13, 3);
        publish(server, v1, T0 + 10);
        publish(server, v2, T0 + 20);
        publish(server, v3, T0 + 30);
        publish(server, v4, T0 + 40); // active v4, previous v3
        server.redis().set(KEYS.experiment(), new String(dev.pointe.format.ModelCodec.encodeExperiment(new dev.pointe.format.Experiment(
                "e1", "2026-12-02T00:00:00Z", List.of(new dev.pointe.format.Experiment.Arm("control", "2000000000000004", 1),
                new dev.pointe.format.Experiment.Arm("old", "2000000000000001", 1)))), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(registry.prune(1).removedVersions()).containsExactly("2000000000000002");
        server.redis().del(KEYS.experiment());
        assertThat(registry.prune(1).removedVersions()).containsExactly("2000000000000001");
    }

    @Test
    void pruneKeepsNewestActivePreviousAndLiveWritesAndRemovesEverythingElse() {
        TrainedModel v1 = StoreFixtures.synthetic("1000000000000001", 30, 5);
        TrainedModel v2 = StoreFixtures.synthetic("1000000000000002", 31, 5);
        TrainedModel v3 = StoreFixtures.synthetic("1000000000000003", 32, 5);
        TrainedModel v4 = StoreFixtures.synthetic("1000000000000004", 33, 5);
        publish(server, v1, T0 + 10);
        publish(server, v2, T0 + 20);
        publish(server, v3, T0 + 30);
        publish(server, v4, T0 + 40);
        assertThat(registry.rollback()).isEqualTo("1000000000000004"); // active v3, previous v2, history [v2, v1]
        // a publish that died (its lock is gone) and one still running (holds the lock)
        writing("dead000000000000", "dead-token", T0 + 5, 7);
        writing("11ve000000000000", "live-token", T0 + 50, 4);
        server.redis().set(KEYS.lock(), "live-token", SetArgs.Builder.px(60_000));
        Map<String, String> v2Data = snapshot(server, KEYS, "1000000000000002");
        Map<String, String> v3Data = snapshot(server, KEYS, "1000000000000003");
        Map<String, String> v4Data = snapshot(server, KEYS, "1000000000000004");

        assertThatThrownBy(() -> registry.prune(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
        ModelRegistry.PruneResult result = registry.prune(1);

        assertThat(result.removedVersions()).containsExactly("1000000000000001", "dead000000000000");
        assertThat(result.removedKeys()).isEqualTo(4 * 30 + 1 + 7);
        assertThat(scan(server, KEYS.data("1000000000000001") + "*")).isEmpty();
        assertThat(scan(server, KEYS.data("dead000000000000") + "*")).isEmpty();
        assertThat(server.redis().exists(KEYS.manifest("1000000000000001"), KEYS.manifest("dead000000000000"))).isZero();
        assertThat(server.redis().zrange(KEYS.versions(), 0, -1))
                .containsExactly("1000000000000002", "1000000000000003", "1000000000000004", "11ve000000000000");
        assertThat(server.redis().lrange(KEYS.history(), 0, -1)).containsExactly("1000000000000002");
        assertThat(snapshot(server, KEYS, "1000000000000002")).isEqualTo(v2Data);
        assertThat(snapshot(server, KEYS, "1000000000000003")).isEqualTo(v3Data);
        assertThat(snapshot(server, KEYS, "1000000000000004")).isEqualTo(v4Data);
        assertThat(scan(server, KEYS.data("11ve000000000000") + "*")).hasSize(4);
        assertThat(registry.active()).isEqualTo("1000000000000003");
        assertThat(registry.versions()).extracting(VersionInfo::version, VersionInfo::status, VersionInfo::active, VersionInfo::previous)
                .containsExactly(tuple("11ve000000000000", ModelStatus.WRITING, false, false),
                        tuple("1000000000000004", ModelStatus.COMPLETE, false, false),
                        tuple("1000000000000003", ModelStatus.COMPLETE, true, false),
                        tuple("1000000000000002", ModelStatus.COMPLETE, false, true));

        // pruning again changes nothing; once the live writer's lock is gone its half-written version goes too
        assertThat(registry.prune(1).removedVersions()).isEmpty();
        server.redis().del(KEYS.lock());
        assertThat(registry.prune(1)).isEqualTo(new ModelRegistry.PruneResult(List.of("11ve000000000000"), 4));
        // rollback still reaches the kept previous version
        assertThat(registry.rollback()).isEqualTo("1000000000000003");
        assertThat(registry.active()).isEqualTo("1000000000000002");
        assertStoredExactly(server, KEYS, v2);
    }

    @Test
    void pruneWithNothingToRemoveRemovesNothing() {
        publish(server, first, T0);
        publish(server, second, T0 + 60);
        Map<String, String> before = snapshot(server, KEYS, first.manifest().version());

        assertThat(registry.prune(1)).isEqualTo(new ModelRegistry.PruneResult(List.of(), 0));
        assertThat(snapshot(server, KEYS, first.manifest().version())).isEqualTo(before);
        assertThat(registry.versions()).hasSize(2);
    }

    /** A version left WRITING by a publisher with the given token, with some data keys. */
    private static void writing(String version, String token, long epochSecond, int dataKeys) {
        server.redis().hset(KEYS.manifest(version), Map.of("status", "WRITING", "writer", token));
        server.redis().zadd(KEYS.versions(), epochSecond * 1000.0, version);
        for (int i = 0; i < dataKeys; i++) server.redis().set(KEYS.item(version, "SKU-" + i), "{}");
    }

    private ModelEvent nextEvent() throws InterruptedException {
        String event = events.poll(5, TimeUnit.SECONDS);
        assertThat(event).as("an event on " + KEYS.channel()).isNotNull();
        return ModelCodec.decodeEvent(event);
    }

    /** Sends a marker on the channel: it must be the next message, so nothing else was announced. */
    private void assertNoMoreEvents() throws InterruptedException {
        server.redis().publish(KEYS.channel(), "marker");
        assertThat(events.poll(5, TimeUnit.SECONDS)).isEqualTo("marker");
    }
}

package dev.pointe.training.publish;

import dev.pointe.format.ManifestFields;
import dev.pointe.format.ModelKeys;
import io.lettuce.core.RedisClient;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What activation and rollback do, whoever does them: the trainer's CLI ({@code ModelRegistry}) and the
 * service's admin API run the same cases through a subclass, on a real Redis started here. Versions are
 * written as bare manifest hashes: the scripts look at nothing else.
 */
public abstract class ActivationContract {

    /** Why a switch was refused, in the words of both implementations. */
    public enum Refusal { MISSING, INCOMPLETE, FORMAT, NO_PREVIOUS }

    /** A refused switch, as a subclass translates its own exception. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        public final Refusal why;

        public Refused(Refusal why, String message) {
            super(why + ": " + message);
            this.why = why;
        }
    }

    protected static final TestRedisServer REDIS = TestRedisServer.start();
    protected static final ModelKeys KEYS = ModelKeys.DEFAULT;

    @AfterAll
    static void stopRedis() {
        REDIS.stop();
    }

    /** Activates a version; returns the one active before (null when none). Refusals as {@link Refused}. */
    protected abstract String activate(String version);

    /** Rolls back; returns the version now active. Refusals as {@link Refused}. */
    protected abstract String rollback();

    @BeforeEach
    void emptyStore() {
        REDIS.flushAll();
    }

    private static void version(String version, String status, String format) {
        REDIS.redis().hset(KEYS.manifest(version), ManifestFields.STATUS, status);
        if (format != null) REDIS.redis().hset(KEYS.manifest(version), ManifestFields.FORMAT, format);
        REDIS.redis().zadd(KEYS.versions(), System.currentTimeMillis(), version);
    }

    private static String active() {
        return REDIS.redis().get(KEYS.active());
    }

    private static List<String> history() {
        return REDIS.redis().lrange(KEYS.history(), 0, -1);
    }

    @Test
    void activatingSwitchesThePointerRemembersTheOldOneAndAnnouncesIt() throws Exception {
        version("a", "COMPLETE", "2");
        version("b", "COMPLETE", null); // written before the format was stored: format 1
        RedisClient client = RedisClient.create(REDIS.uri());
        try (StatefulRedisPubSubConnection<String, String> pubSub = client.connectPubSub()) {
            BlockingQueue<String> events = new LinkedBlockingQueue<>();
            pubSub.addListener(new RedisPubSubAdapter<>() {
                @Override
                public void message(String channel, String message) {
                    events.add(message);
                }
            });
            pubSub.sync().subscribe(KEYS.channel());
            assertThat(activate("a")).isNull();
            assertThat(activate("b")).isEqualTo("a");
            assertThat(active()).isEqualTo("b");
            assertThat(history()).containsExactly("a");
            assertThat(events.poll(2, TimeUnit.SECONDS)).contains("\"version\":\"a\"");
            assertThat(events.poll(2, TimeUnit.SECONDS)).contains("\"version\":\"b\"").contains("\"previous\":\"a\"");
            // the active one again: nothing changes
            assertThat(activate("b")).isEqualTo("b");
            assertThat(history()).containsExactly("a");
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }

    @Test
    void refusesMissingIncompleteAndUnreadableVersionsAndChangesNothing() {
        version("a", "COMPLETE", "2");
        activate("a");
        version("w", "WRITING", "2");
        version("f", "COMPLETE", "99");
        assertRefused(() -> activate("nope"), Refusal.MISSING);
        assertRefused(() -> activate("w"), Refusal.INCOMPLETE);
        assertRefused(() -> activate("f"), Refusal.FORMAT);
        assertThat(active()).isEqualTo("a");
        assertThat(history()).isEmpty();
    }

    @Test
    void rollbackGoesBackToThePreviousCompleteVersion() {
        version("a", "COMPLETE", "2");
        version("b", "COMPLETE", "2");
        assertRefused(this::rollback, Refusal.NO_PREVIOUS);
        activate("a");
        activate("b");
        assertThat(rollback()).isEqualTo("a");
        assertThat(active()).isEqualTo("a");
        assertThat(history()).isEmpty();
        assertRefused(this::rollback, Refusal.NO_PREVIOUS);
    }

    @Test
    void rollbackRefusesAPreviousVersionThatCannotBeServed() {
        version("a", "COMPLETE", "2");
        version("b", "COMPLETE", "2");
        activate("a");
        activate("b");
        REDIS.redis().hset(KEYS.manifest("a"), Map.of(ManifestFields.FORMAT, "99"));
        assertRefused(this::rollback, Refusal.FORMAT);
        REDIS.redis().del(KEYS.manifest("a"));
        assertRefused(this::rollback, Refusal.INCOMPLETE);
        assertThat(active()).isEqualTo("b");
    }

    private static void assertRefused(Runnable call, Refusal why) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(Refused.class, r -> assertThat(r.why).isEqualTo(why));
    }
}

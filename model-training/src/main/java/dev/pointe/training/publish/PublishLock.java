package dev.pointe.training.publish;

import dev.pointe.format.StoreScripts;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;

import java.time.Duration;
import java.util.UUID;

/**
 * The store-wide publish lock: a key holding a random token, with an expiry so that a writer killed
 * with -9 cannot block publishing for longer than the TTL. Only the holder of the token can renew or
 * release it.
 */
final class PublishLock implements AutoCloseable {

    private final RedisCommands<String, String> redis;
    private final String key;
    private final String token = UUID.randomUUID().toString();
    private final Duration ttl;
    private long lastRenewNanos;

    private PublishLock(RedisCommands<String, String> redis, String key, Duration ttl) {
        this.redis = redis;
        this.key = key;
        this.ttl = ttl;
    }

    /**
     * Takes the lock, waiting up to {@code wait} for another publish to finish; throws a
     * {@link PublishException} when it is still held then.
     */
    static PublishLock acquire(RedisCommands<String, String> redis, String key, Duration ttl, Duration wait) {
        PublishLock lock = new PublishLock(redis, key, ttl);
        long deadline = System.nanoTime() + wait.toNanos();
        while (!"OK".equals(redis.set(key, lock.token, SetArgs.Builder.nx().px(ttl.toMillis())))) {
            if (System.nanoTime() >= deadline) {
                long left = redis.pttl(key);
                throw new PublishException("another publish is running (lock " + key + " held for "
                        + (left > 0 ? left / 1000 + " s more" : "now") + "); waited " + wait.toSeconds()
                        + " s. Try again later or pass --lock-wait.");
            }
            sleep(200);
        }
        lock.lastRenewNanos = System.nanoTime();
        return lock;
    }

    String token() {
        return token;
    }

    String key() {
        return key;
    }

    /** Extends the lock when a third of its TTL has passed; throws when it was lost. */
    void renewIfDue() {
        if (System.nanoTime() - lastRenewNanos < ttl.toNanos() / 3) return;
        Long renewed = redis.eval(StoreScripts.RENEW_LOCK, ScriptOutputType.INTEGER, new String[]{key}, token,
                Long.toString(ttl.toMillis()));
        if (renewed == null || renewed == 0) {
            throw new PublishException("the publish lock expired or was taken over by another publish");
        }
        lastRenewNanos = System.nanoTime();
    }

    @Override
    public void close() {
        redis.eval(StoreScripts.RELEASE_LOCK, ScriptOutputType.INTEGER, new String[]{key}, token);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted while waiting for the publish lock");
        }
    }
}

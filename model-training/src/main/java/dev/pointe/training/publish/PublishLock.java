package dev.pointe.training.publish;

import dev.pointe.format.StoreScripts;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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
     * {@link PublishException} when it is still held then, saying how long it has left and how to
     * delete it if its holder is dead.
     *
     * @param redisCliUri the store's address as {@code redis-cli -u} takes it, for the message
     */
    static PublishLock acquire(RedisCommands<String, String> redis, String key, Duration ttl, Duration wait, String redisCliUri) {
        PublishLock lock = new PublishLock(redis, key, ttl);
        long deadline = System.nanoTime() + wait.toNanos();
        while (!"OK".equals(redis.set(key, lock.token, SetArgs.Builder.nx().px(ttl.toMillis())))) {
            if (System.nanoTime() >= deadline) {
                long millisLeft = redis.pttl(key);
                if (millisLeft == -2) continue; // released between SET and PTTL: try again
                throw new PublishException(heldMessage(key, millisLeft, wait, redisCliUri));
            }
            sleep(200);
        }
        lock.lastRenewNanos = System.nanoTime();
        return lock;
    }

    /**
     * Why a publish cannot start: who holds the lock is unknown (a token), so the message gives the time
     * left, says that the lock expires by itself, and how to delete it when no publish is running.
     *
     * @param millisLeft the lock's PTTL: milliseconds left, or -1 when it has no expiry
     */
    static String heldMessage(String key, long millisLeft, Duration wait, String redisCliUri) {
        String delete = "redis-cli -u " + redisCliUri + " DEL '" + key + "'";
        if (millisLeft < 0) {
            return "the publish lock " + key + " is held and has no expiry (publishers always set one, so it was set by hand); "
                    + "waited " + wait.toSeconds() + " s. If no publish is running, delete it: " + delete;
        }
        long secondsLeft = (millisLeft + 999) / 1000;
        return "another publish is running: the publish lock " + key + " is held for " + secondsLeft + " s more; waited "
                + wait.toSeconds() + " s. The lock is released when that publish ends, and expires by itself in "
                + secondsLeft + " s if its publisher was killed. Try again later, or pass "
                + (wait.isZero() ? "--lock-wait (e.g. PT2M) to wait for it" : "a longer --lock-wait")
                + ". If no publish is running, delete the lock: " + delete
                + " (a publish that is still running then fails; it never activates a half-written version).";
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
        renew();
    }

    /** Extends the lock to its full TTL; throws a {@link PublishException} when it was lost. Thread-safe. */
    synchronized void renew() {
        Long renewed = redis.eval(StoreScripts.RENEW_LOCK, ScriptOutputType.INTEGER, new String[]{key}, token,
                Long.toString(ttl.toMillis()));
        if (renewed == null || renewed == 0) {
            throw new PublishException("the publish lock expired or was taken over by another publish");
        }
        lastRenewNanos = System.nanoTime();
    }

    /**
     * Renews the lock every third of its TTL on a background thread until closed: for work under the
     * lock that cannot call {@link #renewIfDue} itself, such as reading the model directory.
     */
    KeepAlive keepAlive() {
        return new KeepAlive();
    }

    /** Background renewals; {@link #close} stops them and renews once more, so a lost lock is noticed there. */
    final class KeepAlive implements AutoCloseable {

        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "publish-lock-renewal");
            thread.setDaemon(true);
            return thread;
        });
        private volatile RuntimeException failure;

        private KeepAlive() {
            long periodMillis = Math.max(1, ttl.toMillis() / 3);
            timer.scheduleWithFixedDelay(this::renewOrRecord, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        }

        private void renewOrRecord() {
            try {
                renew();
            } catch (RuntimeException e) {
                failure = e;
                throw e; // no further runs
            }
        }

        /** Stops the renewals; throws a {@link PublishException} when the lock was lost meanwhile. */
        @Override
        public void close() {
            timer.shutdown(); // no interrupt: a renewal under way finishes (within the command timeout)
            try {
                if (!timer.awaitTermination(ttl.toMillis(), TimeUnit.MILLISECONDS)) timer.shutdownNow();
            } catch (InterruptedException e) {
                timer.shutdownNow();
                Thread.currentThread().interrupt();
                throw new PublishException("interrupted while reading the model");
            }
            RuntimeException failed = failure;
            if (failed == null) {
                try {
                    renew();
                } catch (RuntimeException e) {
                    failed = e;
                }
            }
            if (failed instanceof PublishException) {
                throw new PublishException(failed.getMessage() + " while the model was read; nothing was written");
            }
            if (failed != null) {
                throw new PublishException("could not renew the publish lock while the model was read; nothing was written: "
                        + RedisModelWriter.rootMessage(failed), failed);
            }
        }
    }

    /** Releases the lock if it is still ours; throws a {@link PublishException} when Redis cannot be reached. */
    @Override
    public void close() {
        try {
            redis.eval(StoreScripts.RELEASE_LOCK, ScriptOutputType.INTEGER, new String[]{key}, token);
        } catch (PublishException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PublishException("could not release the publish lock " + key + " (it expires by itself within "
                    + ttl.toSeconds() + " s): " + RedisModelWriter.rootMessage(e), e);
        }
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

package dev.pointe.training.publish;

import java.time.Duration;

/**
 * How a publish runs.
 *
 * @param batchSize     SET commands per pipelined batch, 1..100,000
 * @param inFlight      batches sent before waiting for the oldest one's replies (back-pressure), ≥ 1
 * @param lockTtl       expiry of the publish lock; renewed while writing
 * @param lockWait      how long to wait for another publish to release the lock
 * @param activate      switch the active version when the write is verified
 */
public record PublishSettings(int batchSize, int inFlight, Duration lockTtl, Duration lockWait, boolean activate) {

    public PublishSettings {
        if (batchSize < 1 || batchSize > 100_000) throw new IllegalArgumentException("batchSize must be 1..100000");
        if (inFlight < 1) throw new IllegalArgumentException("inFlight must be at least 1");
        if (lockTtl.toMillis() < 1000) throw new IllegalArgumentException("the lock TTL must be at least 1 s");
    }

    public static PublishSettings defaults() {
        return new PublishSettings(2_000, 4, Duration.ofSeconds(30), Duration.ZERO, true);
    }

    public PublishSettings withActivate(boolean a) {
        return new PublishSettings(batchSize, inFlight, lockTtl, lockWait, a);
    }

    public PublishSettings withLock(Duration ttl, Duration wait) {
        return new PublishSettings(batchSize, inFlight, ttl, wait, activate);
    }
}

package dev.pointe.service.config;

import org.slf4j.Logger;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Logs a repeated warning at most once per interval per kind, with how many were suppressed since the
 * last line: an outage writes a handful of lines, not one per request. Kinds are a small fixed set
 * chosen by the caller (never client input), so the map stays small.
 */
public final class RateLimitedLog {

    private final Logger log;
    private final long intervalNanos;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    private static final class Window {
        final AtomicLong nextAt = new AtomicLong(Long.MIN_VALUE);
        final AtomicLong suppressed = new AtomicLong();
    }

    public RateLimitedLog(Logger log, java.time.Duration interval) {
        this(log, interval, System::nanoTime);
    }

    RateLimitedLog(Logger log, java.time.Duration interval, LongSupplier nanoClock) {
        this.log = log;
        this.intervalNanos = interval.toNanos();
        this.clock = nanoClock;
    }

    /**
     * Warns {@code message} (one {@code {}} placeholder for the detail) unless this kind was logged within
     * the interval; returns true when a line was written.
     */
    public boolean warn(String kind, String message, Object detail) {
        Window w = windows.computeIfAbsent(kind, k -> new Window());
        long now = clock.getAsLong();
        long next = w.nextAt.get();
        if ((next != Long.MIN_VALUE && now - next < 0) || !w.nextAt.compareAndSet(next, now + intervalNanos)) {
            w.suppressed.incrementAndGet();
            return false;
        }
        long skipped = w.suppressed.getAndSet(0);
        if (skipped > 0) log.warn(message + " ({} more like it since the last line)", detail, skipped);
        else log.warn(message, detail);
        return true;
    }
}

package dev.pointe.service.config;

import org.junit.jupiter.api.Test;
import org.slf4j.helpers.NOPLogger;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitedLogTest {

    @Test
    void writesOneLinePerIntervalAndKind() {
        AtomicLong now = new AtomicLong(0);
        RateLimitedLog log = new RateLimitedLog(NOPLogger.NOP_LOGGER, Duration.ofSeconds(10), now::get);
        assertThat(log.warn("store", "down: {}", "x")).isTrue();
        int written = 0;
        for (int i = 0; i < 10_000; i++) if (log.warn("store", "down: {}", "x")) written++;
        assertThat(written).isZero();
        assertThat(log.warn("other", "other: {}", "y")).isTrue();
        now.set(Duration.ofSeconds(10).toNanos());
        assertThat(log.warn("store", "down: {}", "x")).isTrue();
        assertThat(log.warn("store", "down: {}", "x")).isFalse();
    }
}

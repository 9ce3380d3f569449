package dev.pointe.service.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * The service's settings ({@code pointe.*}), checked at start-up.
 *
 * @param redis     where the model store is
 * @param nearCache the in-process cache of model values
 * @param http      response caching headers
 * @param admin     the admin API's credentials
 * @param catalog   the shop's catalogue API (live stock and prices)
 * @param warmUp    requests through the real path before the service reports ready
 * @param events    shopper events, online metrics and experiments
 */
@ConfigurationProperties("pointe")
public record PointeProperties(@DefaultValue Redis redis, @DefaultValue NearCache nearCache, @DefaultValue Http http,
                               @DefaultValue Admin admin, @DefaultValue Catalog catalog, @DefaultValue WarmUp warmUp,
                               @DefaultValue Events events) {

    /**
     * @param consume        count the events stream into online metrics in this instance (a consumer of the shared group)
     * @param claimAfter     events another consumer read but did not count for this long (it died) are counted here
     * @param experimentPoll how often the running experiment is re-read: every instance assigns arms within this long of a change
     * @param minImpressions impressions per arm before an experiment report names a winner
     */
    public record Events(@DefaultValue("true") boolean consume, @DefaultValue("30s") Duration claimAfter,
                         @DefaultValue("1s") Duration experimentPoll, @DefaultValue("1000") int minImpressions) {
        public Events {
            if (claimAfter.isNegative() || claimAfter.isZero()) throw new IllegalArgumentException("pointe.events.claim-after must be positive");
            if (experimentPoll.compareTo(Duration.ofMillis(100)) < 0) throw new IllegalArgumentException("pointe.events.experiment-poll must be at least 100ms");
            if (minImpressions < 1) throw new IllegalArgumentException("pointe.events.min-impressions must be at least 1");
        }
    }

    /**
     * @param requests requests sent through the real HTTP path before readiness; 0 = no warm-up
     * @param maxTime  the warm-up's time budget; readiness waits at most this long for it
     */
    public record WarmUp(@DefaultValue("3000") int requests, @DefaultValue("20s") Duration maxTime) {
        public WarmUp {
            if (requests < 0) throw new IllegalArgumentException("pointe.warm-up.requests must not be negative");
        }
    }

    /**
     * @param uri            redis:// or rediss:// URI (password, database)
     * @param prefix         key prefix of the model store
     * @param commandTimeout budget of one Redis command; a slower Redis counts as down
     * @param pollInterval   how often the active version is re-read besides pub/sub (safety net)
     * @param maxInFlight    model reads in flight at most; beyond it a request is refused at once (503,
     *                       Retry-After 1) instead of queueing behind them
     * @param connectionPerEventLoop one model connection on each of the HTTP server's event loops, so that a read
     *                       needs no hand-off between threads (false: one model connection on Lettuce's own loops)
     */
    public record Redis(@DefaultValue("redis://127.0.0.1:6379") String uri, @DefaultValue("pointe") String prefix,
                        @DefaultValue("500ms") Duration commandTimeout, @DefaultValue("5s") Duration pollInterval,
                        @DefaultValue("256") int maxInFlight, @DefaultValue("true") boolean connectionPerEventLoop) {
        public Redis {
            if (uri == null || !(uri.startsWith("redis://") || uri.startsWith("rediss://"))) {
                throw new IllegalArgumentException("pointe.redis.uri must start with redis:// or rediss://, was " + uri);
            }
            if (commandTimeout.isNegative() || commandTimeout.isZero()) throw new IllegalArgumentException("pointe.redis.command-timeout must be positive");
            if (maxInFlight < 1) throw new IllegalArgumentException("pointe.redis.max-in-flight must be at least 1");
            if (pollInterval.compareTo(Duration.ofMillis(100)) < 0) throw new IllegalArgumentException("pointe.redis.poll-interval must be at least 100ms");
        }
    }

    /**
     * @param enabled        keep decoded lists and finished answers in memory (both per model version)
     * @param maxBytes       bound of the decoded lists and items, estimated heap bytes
     * @param maxAnswerBytes bound of the finished answers (JSON bytes and keys); only canonical queries are kept
     */
    public record NearCache(@DefaultValue("true") boolean enabled, @DefaultValue("128MB") DataSize maxBytes,
                            @DefaultValue("32MB") DataSize maxAnswerBytes) {
        public NearCache {
            if (maxBytes.toBytes() < 1 || maxAnswerBytes.toBytes() < 1) {
                throw new IllegalArgumentException("pointe.near-cache.max-bytes and max-answer-bytes must be positive");
            }
        }
    }

    /**
     * @param apiKey the key admin requests must send ({@code X-API-Key} or {@code Authorization: Bearer});
     *               empty = the admin API is off and refuses every request. When set, at least
     *               {@value #MIN_KEY_LENGTH} characters and not a well-known placeholder: the service refuses to start otherwise
     */
    public record Admin(@DefaultValue("") String apiKey) {
        /** Shortest admin key accepted. */
        public static final int MIN_KEY_LENGTH = 16;
        private static final java.util.Set<String> WELL_KNOWN = java.util.Set.of("change-me", "changeme", "change-me-please",
                "admin", "administrator", "password", "secret", "test", "demo", "default", "pointe", "apikey", "api-key",
                "0123456789abcdef", "1234567890123456", "aaaaaaaaaaaaaaaa");

        public Admin {
            if (!apiKey.isEmpty()) {
                String lower = apiKey.trim().toLowerCase(java.util.Locale.ROOT);
                if (WELL_KNOWN.contains(lower) || lower.startsWith("change-me") || lower.startsWith("changeme")) {
                    throw new IllegalArgumentException("pointe.admin.api-key is a well-known placeholder: set a random key of at least "
                            + MIN_KEY_LENGTH + " characters (e.g. openssl rand -hex 24), or leave it empty to turn the admin API off");
                }
                if (apiKey.length() < MIN_KEY_LENGTH) {
                    throw new IllegalArgumentException("pointe.admin.api-key is shorter than " + MIN_KEY_LENGTH + " characters: set a random "
                            + "key (e.g. openssl rand -hex 24), or leave it empty to turn the admin API off");
                }
            }
        }

        @Override
        public String toString() {
            return "Admin[apiKey=" + (apiKey.isEmpty() ? "" : "***") + "]";
        }
    }

    /**
     * @param baseUrl          the shop's catalogue API, e.g. {@code https://shop.example/api}; empty = no
     *                         live stock or prices (answers straight from the model)
     * @param timeout          time budget of one availability call; slower answers count as failures
     * @param cacheTtl         how long an item's stock and price are reused
     * @param failureThreshold share of failed calls (percent, 1..100) that opens the circuit breaker
     * @param openFor          how long the open breaker skips the catalogue before trying again
     */
    public record Catalog(@DefaultValue("") String baseUrl, @DefaultValue("150ms") Duration timeout,
                          @DefaultValue("30s") Duration cacheTtl, @DefaultValue("50") int failureThreshold,
                          @DefaultValue("10s") Duration openFor) {
        public Catalog {
            if (failureThreshold < 1 || failureThreshold > 100) throw new IllegalArgumentException("pointe.catalog.failure-threshold must be 1..100");
            if (!baseUrl.isEmpty() && !(baseUrl.startsWith("http://") || baseUrl.startsWith("https://"))) {
                throw new IllegalArgumentException("pointe.catalog.base-url must be an http(s) URL, was " + baseUrl);
            }
        }
    }

    /**
     * @param maxAge             Cache-Control max-age of recommendation responses
     * @param corsAllowedOrigins shop frontends allowed to call the API from browsers; empty = none
     * @param maxUriLength       longest request target (path and query, characters) answered; longer: 414
     * @param maxHeaderBytes     largest request header block answered; larger: 431
     * @param idleTimeout        a connection with no request in progress (kept alive, or a request only half
     *                           sent) is closed after this long
     * @param maxConnections     open connections at most; further ones are closed at once
     * @param fastPath           serve plain GETs of the item lists straight on Reactor Netty, ahead of WebFlux (same
     *                           answers; false sends every request through WebFlux)
     */
    public record Http(@DefaultValue("60s") Duration maxAge, @DefaultValue("") java.util.List<String> corsAllowedOrigins,
                       @DefaultValue("8192") int maxUriLength, @DefaultValue("16KB") DataSize maxHeaderBytes,
                       @DefaultValue("30s") Duration idleTimeout, @DefaultValue("10000") int maxConnections,
                       @DefaultValue("true") boolean fastPath) {
        public Http {
            if (maxUriLength < 256) throw new IllegalArgumentException("pointe.http.max-uri-length must be at least 256");
            if (maxConnections < 1) throw new IllegalArgumentException("pointe.http.max-connections must be at least 1");
        }
    }
}

package dev.pointe.service.adapter.out.redis;

import dev.pointe.format.ModelKeys;
import dev.pointe.format.RecommendationId;
import dev.pointe.format.ShopperEventRecord;
import dev.pointe.format.StoreScripts;
import dev.pointe.service.config.ServiceMetrics;
import io.lettuce.core.Consumer;
import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XAutoClaimArgs;
import io.lettuce.core.XGroupCreateArgs;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.StringCodec;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Turns the events stream into online counters per model version and experiment arm: a consumer in the group
 * {@value #GROUP}, so that several service instances share the stream and each event is counted once. Each
 * event is counted and acknowledged by one script ({@link StoreScripts#COUNT_EVENTS}, a batch at a time); the events a dead
 * instance had read but not acknowledged are claimed by the others after {@code claimAfter}.
 */
public final class OnlineMetricsConsumer implements AutoCloseable {

    /** The consumer group of every service instance. */
    public static final String GROUP = "pointe-online-metrics";

    private static final Logger LOG = LoggerFactory.getLogger(OnlineMetricsConsumer.class);

    private final RedisClient client;
    private final RedisURI uri;
    private final ModelKeys keys;
    private final String name;
    private final Duration claimAfter;
    private final MeterRegistry registry;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile StatefulRedisConnection<String, String> connection;
    /** Versions in the store and arms of experiments ever started: ids naming others count as unattributed (bounded counters). */
    private java.util.Set<String> knownVersions = java.util.Set.of();
    private java.util.Set<String> knownArms = java.util.Set.of(RecommendationId.NO_ARM);
    private long knownAt;
    /** Entries of the stream the group has not read yet (Redis 7's XINFO GROUPS lag); -1 until known. */
    private final java.util.concurrent.atomic.AtomicLong lag = new java.util.concurrent.atomic.AtomicLong(-1);
    private long lagAt;

    public OnlineMetricsConsumer(RedisClient client, RedisURI uri, ModelKeys keys, String name, Duration claimAfter, MeterRegistry registry) {
        this.client = client;
        this.uri = uri;
        this.keys = keys;
        this.name = name;
        this.claimAfter = claimAfter;
        this.registry = registry;
        registry.gauge(ServiceMetrics.ONLINE_LAG, lag);
        // exported as 0 from the start, so that dashboards and alerts see the series before the first event
        for (String type : ShopperEventRecord.TYPES) registry.counter(ServiceMetrics.ONLINE_EVENTS, "type", type, "version", "unattributed", "arm", RecommendationId.NO_ARM);
        registry.counter(ServiceMetrics.ONLINE_REVENUE, "version", "unattributed", "arm", RecommendationId.NO_ARM);
        this.thread = new Thread(this::run, "pointe-events-consumer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void run() {
        long backoff = 100;
        while (running) {
            try {
                if (connection == null || !connection.isOpen()) {
                    // its own connection: XREADGROUP BLOCK would hold up every other command on a shared one
                    RedisURI blocking = RedisURI.builder(uri).withTimeout(Duration.ofSeconds(5)).build();
                    connection = client.connect(StringCodec.UTF8, blocking);
                    createGroup();
                }
                var redis = connection.sync();
                if (System.nanoTime() - knownAt > 10_000_000_000L) refreshKnown();
                if (System.nanoTime() - lagAt > 5_000_000_000L) readLag();
                var claimed = redis.xautoclaim(keys.events(), XAutoClaimArgs.Builder.xautoclaim(Consumer.from(GROUP, name),
                        claimAfter, "0-0").count(100));
                if (!claimed.getMessages().isEmpty()) count(claimed.getMessages());
                List<StreamMessage<String, String>> read = redis.xreadgroup(Consumer.from(GROUP, name),
                        XReadArgs.Builder.count(200).block(Duration.ofMillis(500)), XReadArgs.StreamOffset.lastConsumed(keys.events()));
                if (!read.isEmpty()) count(read);
                backoff = 100;
            } catch (RuntimeException e) {
                if (!running) break;
                if (e.getMessage() != null && e.getMessage().contains("NOGROUP")) {
                    var gone = connection; // the stream or group is gone (a flush): create them again, on a new connection
                    connection = null;
                    if (gone != null) gone.closeAsync();
                } else {
                    LOG.warn("events consumer: {} (retrying in {} ms)", e.toString(), backoff);
                }
                sleep(backoff);
                backoff = Math.min(5_000, backoff * 2);
            }
        }
    }

    private void createGroup() {
        try {
            // from the stream's start: events stored before the first consumer ever ran are counted too
            connection.sync().xgroupCreate(XReadArgs.StreamOffset.from(keys.events(), "0-0"), GROUP, XGroupCreateArgs.Builder.mkstream(true));
        } catch (RedisBusyException e) {
            // BUSYGROUP: another instance (or an earlier run) created it
        }
    }

    /** The group's lag: how far behind the stream's end the consumers are (the trim does not wait for them). */
    private void readLag() {
        lagAt = System.nanoTime();
        for (Object group : connection.sync().xinfoGroups(keys.events())) {
            if (!(group instanceof List<?> fields)) continue;
            Object name = null;
            Object value = null;
            for (int i = 0; i + 1 < fields.size(); i += 2) {
                if ("name".equals(String.valueOf(fields.get(i)))) name = fields.get(i + 1);
                if ("lag".equals(String.valueOf(fields.get(i)))) value = fields.get(i + 1);
            }
            if (GROUP.equals(String.valueOf(name)) && value instanceof Long l) lag.set(l);
        }
    }

    /** Re-reads the versions in the store and the arms of experiments ever started. */
    private void refreshKnown() {
        var redis = connection.sync();
        knownVersions = java.util.Set.copyOf(redis.zrange(keys.versions(), 0, -1));
        java.util.Set<String> arms = new java.util.HashSet<>(redis.smembers(keys.experimentArms()));
        arms.add(RecommendationId.NO_ARM);
        knownArms = arms;
        knownAt = System.nanoTime();
    }

    private boolean known(RecommendationId rec) {
        return knownVersions.contains(rec.version()) && knownArms.contains(rec.arm());
    }

    /** Counts and acknowledges a batch: one script for the whole batch. */
    private void count(List<StreamMessage<String, String>> messages) {
        List<String> scriptKeys = new ArrayList<>();
        scriptKeys.add(keys.events());
        scriptKeys.add(keys.onlineMetricsIndex());
        java.util.Map<String, Integer> hashIndex = new java.util.HashMap<>();
        List<String> args = new ArrayList<>(messages.size() * 8);
        args.add(GROUP);
        List<String[]> counted = new ArrayList<>(messages.size());
        for (StreamMessage<String, String> m : messages) {
            ShopperEventRecord e;
            try {
                e = ShopperEventRecord.of(m.getBody());
            } catch (RuntimeException bad) {
                e = null;
            }
            RecommendationId rec = e == null ? null : RecommendationId.parse(e.recommendationId());
            if (rec != null && !known(rec) && System.nanoTime() - knownAt > 100_000_000L) refreshKnown(); // a new version or experiment
            if (rec != null && !known(rec)) rec = null;
            String version = rec == null ? "unattributed" : rec.version();
            String arm = rec == null ? RecommendationId.NO_ARM : rec.arm();
            String hash = keys.onlineMetrics(version, arm);
            Integer h = hashIndex.get(hash);
            if (h == null) {
                scriptKeys.add(hash);
                h = scriptKeys.size(); // 1-based in Lua
                hashIndex.put(hash, h);
            }
            List<String> pairs = new ArrayList<>(6);
            if (e != null) {
                int quantity = e.quantity() == null ? 1 : e.quantity();
                switch (e.type()) {
                    case "impression" -> add(pairs, "impressions", 1);
                    case "click" -> add(pairs, "clicks", 1);
                    case "add_to_cart" -> add(pairs, "add_to_cart", quantity);
                    case "purchase" -> {
                        add(pairs, "purchases", 1);
                        add(pairs, "units", quantity);
                        if (e.price() != null) add(pairs, "revenue_cents", Math.round(e.price() * quantity * 100));
                    }
                    default -> add(pairs, "views", 1);
                }
                counted.add(new String[]{e.type(), version, arm,
                        e.type().equals("purchase") && e.price() != null ? Double.toString(e.price() * quantity) : null});
            } else {
                counted.add(null);
            }
            args.add(m.getId());
            args.add(Integer.toString(h));
            args.add(version + ":" + arm);
            args.add(Integer.toString(pairs.size() / 2));
            args.addAll(pairs);
        }
        List<Object> flags;
        try {
            flags = connection.async().<List<Object>>eval(StoreScripts.COUNT_EVENTS, ScriptOutputType.MULTI, scriptKeys.toArray(String[]::new),
                    args.toArray(String[]::new)).get(5, TimeUnit.SECONDS);
        } catch (Exception failed) {
            throw new IllegalStateException("counting events failed: " + failed, failed); // unacknowledged: counted later
        }
        for (int i = 0; i < counted.size() && i < flags.size(); i++) {
            String[] c = counted.get(i);
            if (c == null || !Long.valueOf(1).equals(flags.get(i))) continue; // counted by another consumer, or malformed
            registry.counter(ServiceMetrics.ONLINE_EVENTS, "type", c[0], "version", c[1], "arm", c[2]).increment();
            if (c[3] != null) registry.counter(ServiceMetrics.ONLINE_REVENUE, "version", c[1], "arm", c[2]).increment(Double.parseDouble(c[3]));
        }
    }

    private static void add(List<String> args, String field, long by) {
        args.add(field);
        args.add(Long.toString(by));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        var c = connection;
        if (c != null) c.close();
    }
}

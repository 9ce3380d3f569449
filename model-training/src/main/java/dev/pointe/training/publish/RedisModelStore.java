package dev.pointe.training.publish;

import dev.pointe.format.ModelKeys;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;

import java.time.Duration;

/**
 * The connections of the trainer to a Redis model store: one with string values for control keys,
 * one with byte values for reading data, one with byte keys and values for bulk writes. Accepts {@code redis://[user:password@]host:port[/db]} and
 * {@code rediss://} (TLS) URIs.
 */
public final class RedisModelStore implements AutoCloseable {

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> control;
    private final StatefulRedisConnection<String, byte[]> data;
    private final StatefulRedisConnection<byte[], byte[]> bulk;
    private final ModelKeys keys;
    private final String where;
    private final String redisCliUri;
    private final boolean cluster;

    private RedisModelStore(RedisClient client, StatefulRedisConnection<String, String> control,
                            StatefulRedisConnection<String, byte[]> data, StatefulRedisConnection<byte[], byte[]> bulk,
                            ModelKeys keys, String where, String redisCliUri) {
        this.client = client;
        this.control = control;
        this.data = data;
        this.bulk = bulk;
        this.keys = keys;
        this.where = where;
        this.redisCliUri = redisCliUri;
        this.cluster = control.sync().info("cluster").contains("cluster_enabled:1");
    }

    /** Connects, or throws a {@link PublishException} naming the server (never the password). */
    public static RedisModelStore connect(String uri, ModelKeys keys, Duration commandTimeout) {
        RedisURI redisUri;
        try {
            redisUri = RedisURI.create(uri);
        } catch (IllegalArgumentException e) {
            throw new PublishException("invalid Redis URI (expected redis://host:port or rediss://...): " + e.getMessage());
        }
        redisUri.setTimeout(commandTimeout);
        String where = (redisUri.isSsl() ? "rediss://" : "redis://") + redisUri.getHost() + ":" + redisUri.getPort()
                + "/" + redisUri.getDatabase();
        RedisClient client = RedisClient.create(redisUri);
        client.setOptions(ClientOptions.builder()
                .autoReconnect(false) // a publish that lost its connection must fail, not resume half-way
                .socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(5)).build())
                .timeoutOptions(TimeoutOptions.enabled(commandTimeout))
                .build());
        try {
            StatefulRedisConnection<String, String> control = client.connect(StringCodec.UTF8);
            StatefulRedisConnection<String, byte[]> data = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
            StatefulRedisConnection<byte[], byte[]> bulk = client.connect(ByteArrayCodec.INSTANCE);
            return new RedisModelStore(client, control, data, bulk, keys, where, redisCliUri(uri, where));
        } catch (RedisConnectionException e) {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new PublishException("cannot connect to Redis at " + where + ": " + cause.getMessage(), e);
        }
    }

    /**
     * The address for {@code redis-cli -u} in messages: {@link #where()}, with placeholders where the
     * URI had credentials (never the password itself).
     */
    private static String redisCliUri(String uri, String where) {
        String userInfo;
        try {
            userInfo = java.net.URI.create(uri).getRawUserInfo();
        } catch (IllegalArgumentException e) {
            userInfo = null;
        }
        if (userInfo == null || userInfo.isEmpty() || userInfo.equals(":")) return where;
        int colon = userInfo.indexOf(':');
        String credentials = colon > 0 ? "USER:PASSWORD@" : ":PASSWORD@"; // Lettuce reads "x@" as a password
        int hostStart = where.indexOf("://") + 3;
        return where.substring(0, hostStart) + credentials + where.substring(hostStart);
    }

    /** The store's address for {@code redis-cli -u}, with USER and PASSWORD placeholders when it needs credentials. */
    String redisCliUri() {
        return redisCliUri;
    }

    public StatefulRedisConnection<String, String> control() {
        return control;
    }

    StatefulRedisConnection<String, byte[]> data() {
        return data;
    }

    /** The bulk-write connection: keys and values as bytes. */
    StatefulRedisConnection<byte[], byte[]> bulk() {
        return bulk;
    }

    public ModelKeys keys() {
        return keys;
    }

    /**
     * True when the server runs in cluster mode: data keys of one version live in many slots, so
     * writes, checks and deletes of data keys go one key per command (still pipelined).
     */
    public boolean cluster() {
        return cluster;
    }

    /** Server address for messages, without credentials. */
    public String where() {
        return where;
    }

    @Override
    public void close() {
        try {
            control.close();
            data.close();
            bulk.close();
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }
}

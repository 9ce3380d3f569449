package dev.pointe.training.publish;

import dev.pointe.format.StoreScripts;
import dev.pointe.format.ItemData;
import dev.pointe.format.ListEntry;
import dev.pointe.format.ListValueWriter;
import dev.pointe.format.ManifestFields;
import dev.pointe.format.ModelCodec;
import dev.pointe.format.ModelKeys;
import dev.pointe.format.ModelStatus;
import dev.pointe.format.StoredManifest;
import dev.pointe.training.catalog.CatalogReader;
import dev.pointe.training.catalog.Product;
import dev.pointe.training.model.ItemLists;
import dev.pointe.training.model.Manifest;
import dev.pointe.training.model.ModelEntry;
import dev.pointe.training.model.ModelWriter;
import dev.pointe.training.model.TrainedModel;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.output.StatusOutput;
import io.lettuce.core.protocol.CommandArgs;
import io.lettuce.core.protocol.CommandType;

import java.nio.channels.ClosedChannelException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.zip.CRC32C;

/**
 * Publishes a model to Redis so that readers never see it half-written:
 * <ol>
 *   <li>take the publish lock (a token with an expiry, renewed while reading the model and while
 *       writing), before the model is read: a publish that cannot run fails at once;</li>
 *   <li>refuse the model when a value would be larger than {@link #MAX_VALUE_BYTES}, before writing anything;</li>
 *   <li>record the version as WRITING (manifest hash, version index);</li>
 *   <li>write every data key under the new version with pipelined SETs, a bounded number of batches in
 *       flight (back-pressure), checking every reply;</li>
 *   <li>verify: count the keys back with EXISTS and compare; record the count and a CRC-32C of all keys
 *       and values (hardware-accelerated: a SHA-256 cost a third of the publish time);</li>
 *   <li>mark the manifest COMPLETE (only while still holding the lock), then switch the active pointer
 *       atomically and announce it on the channel.</li>
 * </ol>
 * A writer that dies at any step leaves the active version untouched and the new one WRITING, which
 * is never activated and which {@code prune} removes.
 */
public final class RedisModelWriter implements ModelWriter {

    /**
     * The largest value the publisher writes: 8 MiB (8,388,608 bytes). A served list is read whole on
     * every request; within the catalogue's field limits (see {@link CatalogReader}) a list of 50
     * entries stays under 1 MB, so a value of megabytes means a text field of megabytes copied into
     * every list entry (which Redis may also refuse by closing the connection).
     */
    public static final int MAX_VALUE_BYTES = 8 * 1024 * 1024;

    private static final long REPLY_TIMEOUT_SECONDS = 60;
    /** Keys per MSET. Data keys of one version may sit in different cluster slots; see docs/redis-model-format.md. */
    private static final int MSET_KEYS = 64;
    /** From this size on, a write whose connection is lost gets a hint about Redis's limits on command size. */
    private static final long LARGE_COMMAND_BYTES = 1024 * 1024;

    private final RedisModelStore store;
    private final PublishSettings settings;
    private final Clock clock;
    private final LongConsumer progress;
    private PublishResult last;

    public RedisModelWriter(RedisModelStore store, PublishSettings settings, Clock clock, LongConsumer progress) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        this.progress = progress;
    }

    @Override
    public void write(TrainedModel model) {
        last = publish(model);
    }

    /** The result of the last {@link #write}. */
    public PublishResult lastResult() {
        return last;
    }

    /** Publishes a model that is already in memory (see {@link #publish(Supplier)}). */
    public PublishResult publish(TrainedModel model) {
        return publish(() -> model);
    }

    /**
     * Takes the publish lock, then gets the model from {@code source} (reading a model directory takes
     * tens of seconds for a big catalogue) while the lock is renewed in the background, then publishes it.
     * A publish that finds the lock held (after waiting up to the lock wait) fails before {@code source}
     * is asked for anything. Exceptions of {@code source} pass unchanged, after the lock is released.
     *
     * @throws PublishException when the lock is held, a value is too large, or Redis fails or refuses;
     *                          the message says what is left in the store
     */
    public PublishResult publish(Supplier<TrainedModel> source) {
        ModelKeys keys = store.keys();
        RedisCommands<String, String> redis = store.control().sync();
        try (PublishLock lock = takeLock(redis, keys)) {
            TrainedModel model;
            try (PublishLock.KeepAlive renewing = lock.keepAlive()) {
                model = source.get();
            }
            return publishHoldingLock(model, lock, redis, keys);
        }
    }

    private PublishLock takeLock(RedisCommands<String, String> redis, ModelKeys keys) {
        try {
            return PublishLock.acquire(redis, keys.lock(), settings.lockTtl(), settings.lockWait(), store.redisCliUri());
        } catch (PublishException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PublishException("cannot take the publish lock " + keys.lock() + " at " + store.where() + ": "
                    + rootMessage(e), e);
        }
    }

    private PublishResult publishHoldingLock(TrainedModel model, PublishLock lock, RedisCommands<String, String> redis,
                                             ModelKeys keys) {
        String version = model.manifest().version();
        try {
            checkNames(model);
            ModelRegistry registry = new ModelRegistry(store);
            if (ModelStatus.COMPLETE.name().equals(redis.hget(keys.manifest(version), ManifestFields.STATUS))) {
                String previous = settings.activate() ? registry.activate(version) : null;
                return new PublishResult(version, 0, 0, 0, true, previous, settings.activate());
            }
            Map<String, byte[]> displays = displays(model);
            byte[] popular = popularValue(model);
            checkValueSizes(model, keys, displays, popular);

            String publishedAt = clock.instant().toString();
            StoredManifest writing = manifest(model.manifest(), publishedAt, 0, "");
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put(ManifestFields.STATUS, ModelStatus.WRITING.name());
            fields.put(ManifestFields.WRITER, lock.token());
            fields.put(ManifestFields.MANIFEST, ModelCodec.encodeManifest(writing));
            fields.put(ManifestFields.FORMAT, Integer.toString(ModelCodec.FORMAT_VERSION));
            redis.hset(keys.manifest(version), fields);
            redis.zadd(keys.versions(), clock.millis(), version);

            long t0 = System.nanoTime();
            Written written;
            try {
                written = writeData(model, keys, lock, displays, popular);
                verify(written, keys, version);
            } catch (RuntimeException e) {
                throw new PublishException("publish of " + version + " to " + store.where() + " failed; nothing was activated, "
                        + version + " stays WRITING (publish again, or remove it with 'prune'): "
                        + (e instanceof PublishException ? e.getMessage() : rootMessage(e)), e);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;

            StoredManifest complete = manifest(model.manifest(), publishedAt, written.keys.size(), written.checksum);
            redis.eval(StoreScripts.MARK_COMPLETE, ScriptOutputType.INTEGER, new String[]{keys.lock(), keys.manifest(version)},
                    lock.token(), ModelCodec.encodeManifest(complete));
            String previous = settings.activate() ? registry.activate(version) : null;
            return new PublishResult(version, written.keys.size(), written.bytes, seconds, false, previous, settings.activate());
        } catch (PublishException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new PublishException("publish of " + version + " to " + store.where() + " failed, nothing was activated: "
                    + rootMessage(e), e);
        }
    }

    private record Written(List<String> keys, long bytes, String checksum) {
    }

    private Written writeData(TrainedModel model, ModelKeys keys, PublishLock lock, Map<String, byte[]> displays,
                              byte[] popular) {
        String version = model.manifest().version();
        Pipeline pipeline = new Pipeline(store.bulk(), lock);
        try {
            int index = 0;
            for (Product product : model.products()) {
                ItemLists lists = model.lists().get(index++);
                pipeline.set(keys.item(version, product.sku()), ModelCodec.encodeItem(item(product)));
                pipeline.set(keys.completeTheLook(version, product.sku()), encode(lists.completeTheLook(), displays, listWriter));
                pipeline.set(keys.boughtTogether(version, product.sku()), encode(lists.boughtTogether(), displays, listWriter));
                pipeline.set(keys.similar(version, product.sku()), encode(lists.similar(), displays, listWriter));
            }
            pipeline.set(keys.popular(version), popular);
            pipeline.finish();
        } finally {
            store.bulk().setAutoFlushCommands(true);
        }
        return new Written(pipeline.keys, pipeline.bytes, String.format("crc32c:%08x", pipeline.checksum.getValue()));
    }

    /** Every product's encoded display part (sku, title, category, price, image), by sku. */
    private static Map<String, byte[]> displays(TrainedModel model) {
        Map<String, byte[]> displays = new HashMap<>(model.products().size() * 2);
        for (Product p : model.products()) {
            displays.put(p.sku(), ListValueWriter.display(p.sku(), p.title(), p.category(), p.price(), p.imageUrl(), p.brand(),
                    p.stock(), p.colours(), p.styleTags()));
        }
        return displays;
    }

    private static byte[] popularValue(TrainedModel model) {
        Map<String, Product> products = new HashMap<>();
        for (Product p : model.products()) products.put(p.sku(), p);
        Map<String, List<ListEntry>> popular = new LinkedHashMap<>();
        model.popular().forEach((category, list) -> popular.put(category, entries(list, products)));
        return ModelCodec.encodePopular(popular);
    }

    /**
     * Refuses the model, before anything is written, when one of its values would be larger than
     * {@link #MAX_VALUE_BYTES}. Cheap: an upper bound of each value's size from lengths, and the exact
     * size (by encoding) only of values whose bound is over the limit.
     */
    private void checkValueSizes(TrainedModel model, ModelKeys keys, Map<String, byte[]> displays, byte[] popular) {
        String version = model.manifest().version();
        int longestDisplay = 0;
        for (byte[] display : displays.values()) longestDisplay = Math.max(longestDisplay, display.length);
        int index = 0;
        for (Product product : model.products()) {
            ItemLists lists = model.lists().get(index++);
            if (itemBytesBound(product) > MAX_VALUE_BYTES) {
                checkValueSize(model, keys.item(version, product.sku()), ModelCodec.encodeItem(item(product)).length);
            }
            checkListSize(model, keys.completeTheLook(version, product.sku()), lists.completeTheLook(), displays, longestDisplay);
            checkListSize(model, keys.boughtTogether(version, product.sku()), lists.boughtTogether(), displays, longestDisplay);
            checkListSize(model, keys.similar(version, product.sku()), lists.similar(), displays, longestDisplay);
        }
        checkValueSize(model, keys.popular(version), popular.length);
    }

    private void checkListSize(TrainedModel model, String key, List<ModelEntry> list, Map<String, byte[]> displays,
                               int longestDisplay) {
        if (listBytesBound(list, longestDisplay) > MAX_VALUE_BYTES) {
            checkValueSize(model, key, encode(list, displays, listWriter).length);
        }
    }

    private void checkValueSize(TrainedModel model, String key, long bytes) {
        if (bytes <= MAX_VALUE_BYTES) return;
        String version = model.manifest().version();
        String why = key.equals(store.keys().popular(version))
                ? String.format(Locale.ROOT, "The popular lists of all %,d categories are in this one value: train with a coarser "
                        + "category column or a smaller --list-size.", model.popular().size())
                : String.format(Locale.ROOT, "A text field of the item or of the items on its lists is far too long (a title or image "
                        + "URL of megabytes?): train again from a catalogue within the field limits (title %,d characters, image URL "
                        + "%,d, sku %,d, category %,d).", CatalogReader.MAX_TITLE_LENGTH, CatalogReader.MAX_IMAGE_URL_LENGTH,
                        CatalogReader.MAX_SKU_LENGTH, CatalogReader.MAX_CATEGORY_LENGTH);
        throw new PublishException(String.format(Locale.ROOT, "publish of %s to %s refused, nothing was written: the value of %s "
                        + "would be %,d bytes, more than the %,d bytes (%d MiB) a model value may have. %s",
                version, store.where(), key, bytes, MAX_VALUE_BYTES, MAX_VALUE_BYTES >> 20, why));
    }

    /**
     * At least the bytes of an item's JSON value: no character takes more than 6 bytes (a control
     * character escaped as backslash, u and four hex digits), and names, numbers and punctuation take
     * less than 256 bytes plus 3 per string.
     */
    private static long itemBytesBound(Product p) {
        long chars = (long) p.sku().length() + p.title().length() + p.category().length() + p.slot().length()
                + p.brand().length() + p.imageUrl().length();
        int strings = 6 + p.colours().size() + p.materials().size() + p.styleTags().size();
        for (List<String> values : List.of(p.colours(), p.materials(), p.styleTags())) {
            for (String v : values) chars += v.length();
        }
        return 256 + 6 * chars + 3L * strings;
    }

    /**
     * At least the bytes of a list value: per entry its display part (at most the longest, or for an
     * unknown sku its sku and category escaped), a score of at most 24 characters, brackets and commas,
     * and the reason and shared values escaped.
     */
    private static long listBytesBound(List<ModelEntry> list, int longestDisplay) {
        long bytes = 2;
        for (ModelEntry e : list) {
            long display = Math.max(longestDisplay, 6L * (e.sku().length() + e.category().length()) + 48);
            bytes += display + 40 + 6L * e.reason().length();
            for (String shared : e.shared()) bytes += 6L * shared.length() + 3;
        }
        return bytes;
    }

    /**
     * Pipelined writes: keys are grouped into MSETs of {@link #MSET_KEYS} (one reply per group instead
     * of per key), flushed every batch-size keys, with at most in-flight batches awaiting replies.
     */
    private final class Pipeline {
        private final StatefulRedisConnection<byte[], byte[]> connection;
        private final RedisAsyncCommands<byte[], byte[]> async;
        private final PublishLock lock;
        private final ArrayDeque<List<SentCommand>> inFlight = new ArrayDeque<>();
        private List<SentCommand> batch = new ArrayList<>();
        private CommandArgs<byte[], byte[]> group = new CommandArgs<>(ByteArrayCodec.INSTANCE);
        private int groupSize;
        private String groupFirstKey;
        private long groupBytes;
        private String groupLargestKey;
        private int groupLargestBytes;
        private int keysInBatch;
        private final int groupLimit = store.cluster() ? 1 : MSET_KEYS;
        final List<String> keys = new ArrayList<>();
        long bytes;
        final CRC32C checksum = new CRC32C();

        Pipeline(StatefulRedisConnection<byte[], byte[]> connection, PublishLock lock) {
            this.connection = connection;
            this.async = connection.async();
            this.lock = lock;
            connection.setAutoFlushCommands(false);
        }

        void set(String key, byte[] value) {
            byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
            group.addKey(keyBytes).addValue(value);
            if (groupSize == 0) groupFirstKey = key;
            groupSize++;
            groupBytes += value.length;
            if (groupLargestKey == null || value.length > groupLargestBytes) {
                groupLargestKey = key;
                groupLargestBytes = value.length;
            }
            keys.add(key);
            bytes += value.length;
            checksum.update(keyBytes);
            checksum.update(0);
            checksum.update(value);
            if (groupSize >= groupLimit) closeGroup();
            if (++keysInBatch >= settings.batchSize()) send();
        }

        private void closeGroup() {
            if (groupSize == 0) return;
            // dispatch instead of mset(Map): no hashing of hundreds of thousands of fresh key strings;
            // on a cluster, groups of one key (a SET), as the keys of a group would span slots
            RedisFuture<String> reply = groupSize == 1 && store.cluster()
                    ? async.dispatch(CommandType.SET, new StatusOutput<>(ByteArrayCodec.INSTANCE), group)
                    : async.dispatch(CommandType.MSET, new StatusOutput<>(ByteArrayCodec.INSTANCE), group);
            batch.add(new SentCommand(reply, groupFirstKey, groupSize, groupBytes, groupLargestKey, groupLargestBytes));
            group = new CommandArgs<>(ByteArrayCodec.INSTANCE);
            groupSize = 0;
            groupBytes = 0;
            groupLargestKey = null;
        }

        private void send() {
            closeGroup();
            connection.flushCommands();
            inFlight.add(batch);
            batch = new ArrayList<>();
            keysInBatch = 0;
            while (inFlight.size() > settings.inFlight()) await(inFlight.poll());
            lock.renewIfDue();
            progress.accept(keys.size());
        }

        void finish() {
            send();
            while (!inFlight.isEmpty()) await(inFlight.poll());
        }
    }

    /**
     * One SET or MSET sent, with what a failure message needs: its first key, its key count and value
     * bytes, and its largest value.
     */
    private record SentCommand(RedisFuture<String> reply, String firstKey, int keyCount, long valueBytes, String largestKey,
                               int largestBytes) {

        /** E.g. "pointe:m:V:item:A (1,234 bytes)", or for an MSET its size, first key and largest value. */
        String describe() {
            if (keyCount == 1) return String.format(Locale.ROOT, "%s (%,d bytes)", firstKey, valueBytes);
            return String.format(Locale.ROOT, "an MSET of %d keys starting at %s (%,d bytes; largest value: %s, %,d bytes)",
                    keyCount, firstKey, valueBytes, largestKey, largestBytes);
        }
    }

    /**
     * Waits for a batch's replies; any reply but OK fails the publish with the keys of the failing
     * command and Redis's own words or the connection's failure.
     */
    private static void await(List<SentCommand> batch) {
        for (SentCommand command : batch) {
            String reply;
            try {
                reply = command.reply().get(REPLY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof io.lettuce.core.RedisCommandExecutionException) {
                    throw new PublishException("Redis refused the write of " + command.describe() + ": " + rootMessage(cause), cause);
                }
                String hint = command.valueBytes() >= LARGE_COMMAND_BYTES
                        ? ". Redis closes the connection of a command larger than its client-query-buffer-limit, or with a value "
                        + "larger than its proto-max-bulk-len: see its log"
                        : "";
                throw new PublishException("lost the connection to Redis while writing " + command.describe() + ": "
                        + rootMessage(cause) + hint, cause);
            } catch (TimeoutException e) {
                throw new PublishException("Redis did not answer the write of " + command.describe() + " within "
                        + REPLY_TIMEOUT_SECONDS + " s", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PublishException("interrupted while writing", e);
            }
            if (!"OK".equals(reply)) throw new PublishException("Redis answered '" + reply + "' to the write of " + command.describe());
        }
    }

    /** Counts the written keys back (multi-key EXISTS, pipelined) and fails when any is missing. */
    private void verify(Written written, ModelKeys keys, String version) {
        RedisAsyncCommands<String, byte[]> async = store.data().async();
        List<RedisFuture<Long>> counts = new ArrayList<>();
        int chunk = store.cluster() ? 1 : 500;
        for (int from = 0; from < written.keys.size(); from += chunk) {
            List<String> part = written.keys.subList(from, Math.min(written.keys.size(), from + chunk));
            counts.add(async.exists(part.toArray(String[]::new)));
        }
        long found = 0;
        for (RedisFuture<Long> f : counts) {
            try {
                found += f.get(REPLY_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof io.lettuce.core.RedisCommandExecutionException) {
                    throw new PublishException("verification of " + version + " failed: " + rootMessage(e), e);
                }
                throw new PublishException("lost the connection to Redis while verifying " + version, e.getCause());
            } catch (TimeoutException e) {
                throw new PublishException("verification of " + version + " failed: Redis did not answer in time", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PublishException("interrupted while verifying", e);
            }
        }
        if (found != written.keys.size()) {
            throw new PublishException("verification of " + version + " failed: wrote " + written.keys.size() + " keys but found "
                    + found + " (evicted? check maxmemory-policy: a model store needs noeviction); nothing was activated");
        }
    }

    private static StoredManifest manifest(Manifest m, String publishedAt, long keys, String checksum) {
        return new StoredManifest(m.version(), m.createdAt(), publishedAt, m.dataset(), m.config(), m.inputs(), m.counts(),
                m.metrics(), keys, checksum);
    }

    private static ItemData item(Product p) {
        return new ItemData(p.sku(), p.title(), p.category(), p.slot(), p.brand(), p.price(), p.colours(), p.materials(),
                p.styleTags(), p.stock(), p.imageUrl());
    }

    private final ListValueWriter listWriter = new ListValueWriter();

    /** The list value with each entry's display data, written straight to bytes (the hot loop). */
    private static byte[] encode(List<ModelEntry> list, Map<String, byte[]> displays, ListValueWriter writer) {
        for (ModelEntry e : list) {
            byte[] display = displays.get(e.sku());
            if (display == null) display = ListValueWriter.display(e.sku(), "", e.category(), 0, "", "", ListEntry.UNKNOWN_STOCK, List.of(), List.of());
            writer.add(display, e.score(), e.reason(), e.shared());
        }
        return writer.finish();
    }

    private static List<ListEntry> entries(List<ModelEntry> list, Map<String, Product> products) {
        List<ListEntry> out = new ArrayList<>(list.size());
        for (ModelEntry e : list) {
            Product p = products.get(e.sku());
            out.add(p == null ? new ListEntry(e.sku(), "", e.category(), 0, "", e.score(), e.reason(), e.shared())
                    : new ListEntry(e.sku(), p.title(), e.category(), p.price(), p.imageUrl(), e.score(), e.reason(), e.shared(),
                            p.brand(), p.stock(), p.colours(), p.styleTags()));
        }
        return out;
    }

    private static void checkNames(TrainedModel model) {
        for (Product p : model.products()) {
            if (p.sku().indexOf('{') >= 0 || p.sku().indexOf('}') >= 0) {
                throw new PublishException("sku '" + p.sku() + "' contains a brace, which Redis Cluster reads as a hash tag");
            }
        }
    }

    /**
     * The message of the innermost cause; "the connection was closed" for Netty's closed-channel
     * exceptions, which have no message (their class name alone reads like a bug).
     */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        if (t instanceof ClosedChannelException) return "the connection was closed";
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}

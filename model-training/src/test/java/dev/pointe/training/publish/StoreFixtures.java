package dev.pointe.training.publish;

import dev.pointe.format.ItemData;
import dev.pointe.format.ListEntry;
import dev.pointe.format.ModelCodec;
import dev.pointe.format.ModelKeys;
import dev.pointe.format.StoredManifest;
import dev.pointe.training.catalog.Product;
import dev.pointe.training.cli.PointeCli;
import dev.pointe.training.data.DatasetLoader;
import dev.pointe.training.data.DatasetPresets;
import dev.pointe.training.looks.LookConfig;
import dev.pointe.training.model.DirectoryModelWriter;
import dev.pointe.training.model.ItemLists;
import dev.pointe.training.model.Manifest;
import dev.pointe.training.model.ModelBuilder;
import dev.pointe.training.model.ModelEntry;
import dev.pointe.training.model.TrainedModel;
import dev.pointe.training.similarity.CooccurrenceConfig;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.sync.RedisCommands;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32C;

import static org.assertj.core.api.Assertions.assertThat;

/** Models, expected store contents and CLI capture shared by the Redis integration tests. */
public final class StoreFixtures {

    static final Path SEEDS = Path.of(System.getProperty("pointe.repo.root", "..")).resolve("seeds");
    static final ModelKeys KEYS = ModelKeys.DEFAULT;

    private static final Map<Integer, TrainedModel> SEED_MODELS = new HashMap<>();

    private StoreFixtures() {
    }

    // ---------------------------------------------------------------- models

    /** The seed data trained with the given minimum support (2 is the default); cached for the whole run. */
    public static synchronized TrainedModel seeds(int minSupport) {
        return SEED_MODELS.computeIfAbsent(minSupport, s -> new ModelBuilder(CooccurrenceConfig.defaults().withMinSupport(s), LookConfig.defaults())
                .build(new DatasetLoader().load(DatasetPresets.seeds(SEEDS, 0.05), n -> { }), null, List.of(), n -> { }));
    }

    /**
     * A synthetic model: {@code items} products in 8 categories, lists of {@code listSize} entries,
     * popular lists per category. Same arguments give the same model.
     */
    public static TrainedModel synthetic(String version, int items, int listSize) {
        return synthetic(version, items, listSize, false);
    }

    /** As above; with {@code awkwardText} titles, brands, shared values and image URLs need JSON escaping and UTF-8. */
    static TrainedModel synthetic(String version, int items, int listSize, boolean awkwardText) {
        int categories = 8;
        List<Product> products = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            String category = (awkwardText ? "châles-" : "cat-") + (i % categories);
            String title = awkwardText ? "Wrap \"Étoile\" n°" + i + " \\ 🩰\n\tline\u0001" : "Synthetic item " + i;
            products.add(new Product(sku(i, awkwardText), title, category, i % 2 == 0 ? "tops" : "",
                    awkwardText ? "Répétto \"Paris\"" : "Brand " + (i % 13), (i % 500) + 0.5,
                    List.of(i % 2 == 0 ? "blush" : "noir"), List.of("tulle"), List.of("balletcore"), i % 7 - 1,
                    awkwardText ? "https://cdn.example/ä b/" + i + ".jpg?x=\"1\"" : "/img/" + i + ".jpg"));
        }
        List<String> sharedEven = awkwardText ? List.of("crème", "naïve \"soft\"", "back\\slash", "tab\there") : List.of("blush", "tulle");
        List<ItemLists> lists = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            List<ModelEntry> ctl = new ArrayList<>(listSize);
            List<ModelEntry> together = new ArrayList<>(listSize);
            List<ModelEntry> similar = new ArrayList<>(listSize);
            for (int j = 1; j <= Math.min(listSize, items - 1); j++) {
                Product other = products.get((i + j) % items);
                ctl.add(new ModelEntry(other.sku(), other.category(), 1.0 - j * 0.0123, j % 3 == 0 ? "ms" : "bt",
                        j % 2 == 0 ? sharedEven : List.of()));
                Product bought = products.get((i + 2 * j) % items);
                together.add(new ModelEntry(bought.sku(), bought.category(), 0.75 - j * 0.01, "bt", j % 2 == 0 ? List.of() : sharedEven));
                Product alike = products.get((i + categories * j) % items);
                similar.add(new ModelEntry(alike.sku(), alike.category(), 0.5 / j, "ss", j % 2 == 1 ? sharedEven : List.of()));
            }
            lists.add(new ItemLists(products.get(i).sku(), ctl, together, similar));
        }
        Map<String, List<ModelEntry>> popular = new TreeMap<>();
        for (Product p : products) {
            List<ModelEntry> list = popular.computeIfAbsent(p.category(), c -> new ArrayList<>());
            if (list.size() < listSize) list.add(new ModelEntry(p.sku(), p.category(), 1000.0 / (list.size() + 1), "pc", List.of()));
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("synthetic", true);
        config.put("items", items);
        config.put("listSize", listSize);
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("items", (long) items);
        counts.put("categories", (long) Math.min(items, categories));
        Manifest manifest = new Manifest(1, version, "2026-10-31T00:00:00Z", "synthetic", config,
                Map.of("synthetic.csv", "0".repeat(64)), counts, Map.of("random/cross-category/pointe/hr@10", 0.25));
        return new TrainedModel(manifest, products, lists, popular);
    }

    private static String sku(int i, boolean awkward) {
        return String.format(awkward ? "SKU-ü-%06d" : "SYN-%06d", i);
    }

    static Path writeDirectory(TrainedModel model, Path dir) {
        new DirectoryModelWriter(dir).write(model);
        return dir;
    }

    static Clock clockAt(long epochSecond) {
        return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }

    public static RedisModelStore connect(TestRedisServer server) {
        return RedisModelStore.connect(server.uri(), KEYS, Duration.ofSeconds(10));
    }

    static RedisModelStore connect(TestRedisServer server, ModelKeys keys) {
        return RedisModelStore.connect(server.uri(), keys, Duration.ofSeconds(10));
    }

    /** Publishes with default settings (activating) at the given time. */
    public static PublishResult publish(TestRedisServer server, TrainedModel model, long epochSecond) {
        try (RedisModelStore store = connect(server)) {
            return new RedisModelWriter(store, PublishSettings.defaults(), clockAt(epochSecond), n -> { }).publish(model);
        }
    }

    // ---------------------------------------------------------------- expected contents

    static ItemData expectedItem(Product p) {
        return new ItemData(p.sku(), p.title(), p.category(), p.slot(), p.brand(), p.price(), p.colours(), p.materials(),
                p.styleTags(), p.stock(), p.imageUrl());
    }

    static List<ListEntry> expectedList(List<ModelEntry> entries, Map<String, Product> bySku) {
        List<ListEntry> out = new ArrayList<>();
        for (ModelEntry e : entries) {
            Product p = bySku.get(e.sku());
            out.add(p == null ? new ListEntry(e.sku(), "", e.category(), 0, "", e.score(), e.reason(), e.shared())
                    : new ListEntry(e.sku(), p.title(), e.category(), p.price(), p.imageUrl(), e.score(), e.reason(), e.shared(),
                            p.brand(), p.stock(), p.colours(), p.styleTags()));
        }
        return out;
    }

    static Map<String, Product> bySku(TrainedModel model) {
        Map<String, Product> out = new HashMap<>();
        for (Product p : model.products()) out.put(p.sku(), p);
        return out;
    }

    /** Every data key the publisher writes for a model, in write order. */
    static List<String> dataKeys(ModelKeys keys, TrainedModel model) {
        String version = model.manifest().version();
        List<String> out = new ArrayList<>();
        for (Product p : model.products()) {
            out.add(keys.item(version, p.sku()));
            out.add(keys.completeTheLook(version, p.sku()));
            out.add(keys.boughtTogether(version, p.sku()));
            out.add(keys.similar(version, p.sku()));
        }
        out.add(keys.popular(version));
        return out;
    }

    /**
     * Reads back every data key of the model's version and asserts it decodes to exactly the model's
     * data, and that no other data key exists under the version.
     */
    static void assertStoredExactly(TestRedisServer server, ModelKeys keys, TrainedModel model) {
        RedisCommands<String, byte[]> redis = server.bytes();
        String version = model.manifest().version();
        Map<String, Product> bySku = bySku(model);
        for (int i = 0; i < model.products().size(); i++) {
            Product p = model.products().get(i);
            ItemLists lists = model.lists().get(i);
            byte[] item = redis.get(keys.item(version, p.sku()));
            byte[] ctl = redis.get(keys.completeTheLook(version, p.sku()));
            byte[] together = redis.get(keys.boughtTogether(version, p.sku()));
            byte[] similar = redis.get(keys.similar(version, p.sku()));
            assertThat(item).as("item key of %s", p.sku()).isNotNull();
            assertThat(ctl).as("ctl key of %s", p.sku()).isNotNull();
            assertThat(together).as("bt key of %s", p.sku()).isNotNull();
            assertThat(similar).as("sim key of %s", p.sku()).isNotNull();
            assertThat(ModelCodec.decodeItem(item)).as("item of %s", p.sku()).isEqualTo(expectedItem(p));
            assertThat(ModelCodec.decodeList(ctl)).as("complete-the-look of %s", p.sku())
                    .containsExactlyElementsOf(expectedList(lists.completeTheLook(), bySku));
            assertThat(ModelCodec.decodeList(together)).as("bought-together of %s", p.sku())
                    .containsExactlyElementsOf(expectedList(lists.boughtTogether(), bySku));
            assertThat(ModelCodec.decodeList(similar)).as("similar of %s", p.sku())
                    .containsExactlyElementsOf(expectedList(lists.similar(), bySku));
        }
        byte[] popular = redis.get(keys.popular(version));
        assertThat(popular).as("popular key").isNotNull();
        Map<String, List<ListEntry>> storedPopular = ModelCodec.decodePopular(popular);
        assertThat(storedPopular.keySet()).containsExactlyElementsOf(model.popular().keySet());
        model.popular().forEach((category, list) ->
                assertThat(storedPopular.get(category)).as("popular %s", category).containsExactlyElementsOf(expectedList(list, bySku)));
        assertThat(scan(server, keys.data(version) + "*")).as("data keys of %s", version)
                .hasSize(4 * model.products().size() + 1)
                .containsExactlyInAnyOrderElementsOf(dataKeys(keys, model));
    }

    /**
     * Asserts the manifest hash of a complete version: status COMPLETE, no writer, the model's manifest
     * with the key count and a checksum that matches the stored bytes.
     */
    static StoredManifest assertCompleteManifest(TestRedisServer server, ModelKeys keys, TrainedModel model, String publishedAt) {
        String version = model.manifest().version();
        Map<String, String> hash = server.redis().hgetall(keys.manifest(version));
        assertThat(hash).as("manifest hash of %s", version).containsOnlyKeys("status", "manifest", "format")
                .containsEntry("status", "COMPLETE").containsEntry("format", Integer.toString(ModelCodec.FORMAT_VERSION));
        StoredManifest stored = ModelCodec.decodeManifest(hash.get("manifest"));
        Manifest m = model.manifest();
        assertThat(stored.version()).isEqualTo(version);
        assertThat(stored.createdAt()).isEqualTo(m.createdAt());
        assertThat(stored.publishedAt()).isEqualTo(publishedAt);
        assertThat(stored.dataset()).isEqualTo(m.dataset());
        assertThat(stored.inputs()).isEqualTo(m.inputs());
        assertThat(stored.counts()).isEqualTo(m.counts());
        assertThat(stored.metrics()).isEqualTo(m.metrics());
        assertThat(stored.config().keySet()).containsExactlyElementsOf(m.config().keySet());
        m.config().forEach((k, v) -> assertThat(String.valueOf(stored.config().get(k))).as("config %s", k).isEqualTo(String.valueOf(v)));
        assertThat(stored.keys()).isEqualTo(4L * model.products().size() + 1);
        assertThat(stored.checksum()).isEqualTo(checksumOfStored(server, keys, model, stored.checksum()));
        return stored;
    }

    /**
     * The checksum of the stored values in write order, in the format of {@code like}: "crc32c:" + 8 hex
     * digits (CRC-32C of key, 0, value for every key), or 64 hex digits (SHA-256 of the same bytes).
     */
    static String checksumOfStored(TestRedisServer server, ModelKeys keys, TrainedModel model, String like) {
        assertThat(like).as("checksum format").matches("crc32c:[0-9a-f]{8}|[0-9a-f]{64}");
        RedisCommands<String, byte[]> redis = server.bytes();
        boolean crc = like.startsWith("crc32c:");
        CRC32C crc32c = new CRC32C();
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String key : dataKeys(keys, model)) {
            byte[] value = redis.get(key);
            assertThat(value).as(key).isNotNull();
            byte[] k = key.getBytes(StandardCharsets.UTF_8);
            if (crc) {
                crc32c.update(k);
                crc32c.update(0);
                crc32c.update(value);
            } else {
                sha.update(k);
                sha.update((byte) 0);
                sha.update(value);
            }
        }
        return crc ? String.format("crc32c:%08x", crc32c.getValue()) : HexFormat.of().formatHex(sha.digest());
    }

    /** Every key matching a pattern (SCAN). */
    static List<String> scan(TestRedisServer server, String pattern) {
        RedisCommands<String, String> redis = server.redis();
        List<String> out = new ArrayList<>();
        ScanArgs args = ScanArgs.Builder.matches(pattern).limit(1000);
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            KeyScanCursor<String> page = redis.scan(cursor, args);
            out.addAll(page.getKeys());
            cursor = page;
        } while (!cursor.isFinished());
        return out;
    }

    /** Every data key of a version with its value: to check later that nothing changed. */
    static Map<String, String> snapshot(TestRedisServer server, ModelKeys keys, String version) {
        RedisCommands<String, byte[]> redis = server.bytes();
        Map<String, String> out = new TreeMap<>();
        for (String key : scan(server, keys.data(version) + "*")) {
            out.put(key, HexFormat.of().formatHex(redis.get(key)));
        }
        return out;
    }

    /** Total bytes of the values of the model's data keys. */
    static long storedBytes(TestRedisServer server, ModelKeys keys, TrainedModel model) {
        long total = 0;
        for (String key : dataKeys(keys, model)) total += server.redis().strlen(key);
        return total;
    }

    // ---------------------------------------------------------------- CLI

    record Run(int exit, String out, String err) {
    }

    /** Runs the CLI in this JVM, capturing what it prints. */
    static synchronized Run cli(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = PointeCli.run(args);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static void deleteQuietly(Path dir) {
        if (dir == null || !java.nio.file.Files.exists(dir)) return;
        try (var walk = java.nio.file.Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) java.nio.file.Files.deleteIfExists(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

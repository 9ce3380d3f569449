package dev.pointe.training.publish;

import dev.pointe.format.ModelCodec;
import dev.pointe.format.ModelEvent;
import dev.pointe.format.ModelKeys;
import dev.pointe.format.StoredManifest;
import dev.pointe.training.catalog.Product;
import dev.pointe.training.model.ItemLists;
import dev.pointe.training.model.TrainedModel;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static dev.pointe.training.publish.StoreFixtures.KEYS;
import static dev.pointe.training.publish.StoreFixtures.assertCompleteManifest;
import static dev.pointe.training.publish.StoreFixtures.assertStoredExactly;
import static dev.pointe.training.publish.StoreFixtures.clockAt;
import static dev.pointe.training.publish.StoreFixtures.connect;
import static dev.pointe.training.publish.StoreFixtures.scan;
import static dev.pointe.training.publish.StoreFixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedisModelWriterIntegrationTest {

    private static final long T0 = 1_793_000_000L; // 2026-10-26T07:33:20Z
    private static TestRedisServer server;
    private static TrainedModel model;

    private StatefulRedisPubSubConnection<String, String> subscriber;
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    @BeforeAll
    static void startServer() {
        server = TestRedisServer.start();
        model = StoreFixtures.seeds(2);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) server.stop();
    }

    @BeforeEach
    void subscribe() {
        server.flushAll();
        subscriber = server.client().connectPubSub();
        subscriber.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                events.add(message);
            }
        });
        subscriber.sync().subscribe(KEYS.channel());
    }

    @AfterEach
    void unsubscribe() {
        subscriber.close();
    }

    @Test
    void publishWritesEveryKeyExactlyVerifiesAndActivates() throws InterruptedException {
        String version = model.manifest().version();
        int items = model.products().size();
        List<Long> progress = new ArrayList<>();
        PublishResult result;
        try (RedisModelStore store = connect(server)) {
            result = new RedisModelWriter(store, PublishSettings.defaults(), clockAt(T0), progress::add).publish(model);
        }

        assertThat(items).isEqualTo(340);
        assertThat(result.version()).isEqualTo(version);
        assertThat(result.keys()).isEqualTo(4L * items + 1);
        assertThat(result.bytes()).isEqualTo(StoreFixtures.storedBytes(server, KEYS, model));
        assertThat(result.alreadyPresent()).isFalse();
        assertThat(result.previous()).isNull();
        assertThat(result.activated()).isTrue();
        assertThat(progress).isSortedAccordingTo(Long::compare).last().isEqualTo(4L * items + 1);

        assertStoredExactly(server, KEYS, model);
        StoredManifest stored = assertCompleteManifest(server, KEYS, model, "2026-10-26T07:33:20Z");
        assertThat(stored.counts()).containsEntry("items", 340L);

        // control keys: exactly active, versions, manifest; no lock left, no history (nothing was active before)
        assertThat(server.redis().keys(KEYS.prefix() + ":{ctl}:*"))
                .containsExactlyInAnyOrder(KEYS.active(), KEYS.versions(), KEYS.manifest(version));
        assertThat(server.redis().dbsize()).isEqualTo(4L * items + 1 + 3);
        assertThat(server.redis().zrangeWithScores(KEYS.versions(), 0, -1)).hasSize(1)
                .allSatisfy(v -> {
                    assertThat(v.getValue()).isEqualTo(version);
                    assertThat(v.getScore()).isEqualTo(T0 * 1000.0);
                });
        assertThat(server.redis().get(KEYS.active())).isEqualTo(version);

        String event = events.poll(5, TimeUnit.SECONDS);
        assertThat(event).as("activation event").isNotNull();
        assertThat(ModelCodec.decodeEvent(event)).isEqualTo(new ModelEvent("activated", version, null));
        assertThat(events.poll(200, TimeUnit.MILLISECONDS)).as("a second event").isNull();
    }

    @Test
    void publishingACompleteVersionAgainRewritesNothing() throws InterruptedException {
        String version = model.manifest().version();
        StoreFixtures.publish(server, model, T0);
        assertThat(events.poll(5, TimeUnit.SECONDS)).isNotNull();
        Map<String, String> manifestBefore = server.redis().hgetall(KEYS.manifest(version));
        Map<String, String> dataBefore = snapshot(server, KEYS, version);
        // a key the publisher would overwrite if it wrote again
        String probe = KEYS.item(version, model.products().get(0).sku());
        server.redis().set(probe, "marker");

        PublishResult again;
        PublishResult notActivating;
        try (RedisModelStore store = connect(server)) {
            again = new RedisModelWriter(store, PublishSettings.defaults(), clockAt(T0 + 3600), n -> { }).publish(model);
            notActivating = new RedisModelWriter(store, PublishSettings.defaults().withActivate(false), clockAt(T0 + 7200), n -> { })
                    .publish(model);
        }

        assertThat(again).isEqualTo(new PublishResult(version, 0, 0, 0, true, version, true));
        assertThat(notActivating).isEqualTo(new PublishResult(version, 0, 0, 0, true, null, false));
        assertThat(server.redis().get(probe)).isEqualTo("marker");
        server.redis().del(probe);
        assertThat(snapshot(server, KEYS, version)).hasSize(dataBefore.size() - 1)
                .isEqualTo(withoutKey(dataBefore, probe));
        assertThat(server.redis().hgetall(KEYS.manifest(version))).isEqualTo(manifestBefore);
        assertThat(server.redis().zscore(KEYS.versions(), version)).isEqualTo(T0 * 1000.0);
        assertThat(server.redis().llen(KEYS.history())).isZero();
        assertThat(server.redis().exists(KEYS.lock())).isZero();
        assertThat(events.poll(300, TimeUnit.MILLISECONDS)).as("re-activating the active version announces nothing").isNull();
    }

    @Test
    void batchSizesOneAndSevenStoreTheSameBytesAsTheDefault() {
        String version = model.manifest().version();
        ModelKeys one = new ModelKeys("b1");
        ModelKeys seven = new ModelKeys("b7");
        List<Long> progressOfSeven = new ArrayList<>();
        StoreFixtures.publish(server, model, T0);
        try (RedisModelStore store = connect(server, one)) {
            new RedisModelWriter(store, new PublishSettings(1, 1, Duration.ofSeconds(30), Duration.ZERO, true), clockAt(T0), n -> { })
                    .publish(model);
        }
        try (RedisModelStore store = connect(server, seven)) {
            new RedisModelWriter(store, new PublishSettings(7, 3, Duration.ofSeconds(30), Duration.ZERO, true), clockAt(T0),
                    progressOfSeven::add).publish(model);
        }

        Map<String, String> reference = snapshot(server, KEYS, version);
        assertThat(reference).hasSize(4 * model.products().size() + 1);
        for (ModelKeys keys : List.of(one, seven)) {
            assertStoredExactly(server, keys, model);
            Map<String, String> data = snapshot(server, keys, version);
            assertThat(data).hasSameSizeAs(reference);
            reference.forEach((key, value) -> assertThat(data.get(keys.prefix() + key.substring(KEYS.prefix().length())))
                    .as("%s under %s", key, keys.prefix()).isEqualTo(value));
            // same manifest; the checksum covers the keys too, so it differs with the prefix but matches its own data
            StoredManifest own = assertCompleteManifest(server, keys, model, "2026-10-26T07:33:20Z");
            StoredManifest ref = ModelCodec.decodeManifest(server.redis().hget(KEYS.manifest(version), "manifest"));
            assertThat(own).usingRecursiveComparison().ignoringFields("checksum").isEqualTo(ref);
            assertThat(server.redis().get(keys.active())).isEqualTo(version);
        }
        // progress is reported per batch of about 7 keys (a whole item's 3 keys at most more), up to every key
        assertThat(progressOfSeven).doesNotHaveDuplicates().isSorted().endsWith(4L * model.products().size() + 1)
                .hasSizeGreaterThanOrEqualTo((4 * model.products().size() + 1) / 9);
    }

    @Test
    void textThatNeedsEscapingAndUtf8SurvivesTheRoundTrip() {
        TrainedModel awkward = StoreFixtures.synthetic("a1b2c3d4e5f60718", 40, 12, true);
        PublishResult result = StoreFixtures.publish(server, awkward, T0);

        assertThat(result.keys()).isEqualTo(161);
        assertStoredExactly(server, KEYS, awkward);
        assertCompleteManifest(server, KEYS, awkward, "2026-10-26T07:33:20Z");
        Product first = awkward.products().get(0);
        assertThat(ModelCodec.decodeItem(server.bytes().get(KEYS.item("a1b2c3d4e5f60718", first.sku()))).title())
                .isEqualTo("Wrap \"Étoile\" n°0 \\ 🩰\n\tline\u0001");
        assertThat(ModelCodec.decodeList(server.bytes().get(KEYS.completeTheLook("a1b2c3d4e5f60718", first.sku()))).get(1).shared())
                .containsExactly("crème", "naïve \"soft\"", "back\\slash", "tab\there");
    }

    @Test
    void listEntriesOfUnknownSkusGetEmptyDisplayData() {
        TrainedModel base = StoreFixtures.synthetic("00000000000000aa", 16, 3);
        List<ItemLists> lists = new ArrayList<>(base.lists());
        ItemLists firstLists = lists.get(0);
        List<dev.pointe.training.model.ModelEntry> ctl = new ArrayList<>(firstLists.completeTheLook());
        ctl.add(new dev.pointe.training.model.ModelEntry("GONE-1", "cat-9", 0.001, "pc", List.of()));
        lists.set(0, new ItemLists(firstLists.sku(), ctl, firstLists.boughtTogether(), firstLists.similar()));
        TrainedModel withUnknown = new TrainedModel(base.manifest(), base.products(), lists, base.popular());

        StoreFixtures.publish(server, withUnknown, T0);

        assertStoredExactly(server, KEYS, withUnknown);
        assertThat(ModelCodec.decodeList(server.bytes().get(KEYS.completeTheLook("00000000000000aa", firstLists.sku()))))
                .last().isEqualTo(new dev.pointe.format.ListEntry("GONE-1", "", "cat-9", 0, "", 0.001, "pc", List.of()));
    }

    @Test
    void notActivatingLeavesTheActiveVersionAndAnnouncesNothing() throws InterruptedException {
        TrainedModel first = StoreFixtures.synthetic("1111111111111111", 10, 3);
        StoreFixtures.publish(server, first, T0);
        assertThat(events.poll(5, TimeUnit.SECONDS)).isNotNull();
        PublishResult result;
        try (RedisModelStore store = connect(server)) {
            result = new RedisModelWriter(store, PublishSettings.defaults().withActivate(false), clockAt(T0 + 60), n -> { })
                    .publish(model);
        }
        assertThat(result.activated()).isFalse();
        assertThat(result.previous()).isNull();
        assertThat(result.keys()).isEqualTo(1361);
        assertThat(server.redis().get(KEYS.active())).isEqualTo("1111111111111111");
        assertThat(server.redis().hget(KEYS.manifest(model.manifest().version()), "status")).isEqualTo("COMPLETE");
        assertThat(server.redis().llen(KEYS.history())).isZero();
        assertThat(events.poll(300, TimeUnit.MILLISECONDS)).isNull();
    }

    @Test
    void aSkuWithABraceIsRefusedBeforeAnythingIsWritten() {
        TrainedModel base = StoreFixtures.synthetic("2222222222222222", 5, 2);
        List<Product> products = new ArrayList<>(base.products());
        Product p = products.get(3);
        products.set(3, new Product("BAD{tag}", p.title(), p.category(), p.slot(), p.brand(), p.price(), p.colours(),
                p.materials(), p.styleTags(), p.stock(), p.imageUrl()));
        TrainedModel bad = new TrainedModel(base.manifest(), products, base.lists(), base.popular());

        assertThatThrownBy(() -> StoreFixtures.publish(server, bad, T0))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("sku 'BAD{tag}' contains a brace");
        assertThat(server.redis().dbsize()).isZero();
        assertThat(scan(server, "*")).isEmpty();
    }

    /** Issue: a 10 MB title copied into every list entry; such a value is now refused before anything is written. */
    @Test
    void aValueOverTheLimitIsRefusedNamingTheKeyAndSizeBeforeAnythingIsWritten() {
        TrainedModel base = StoreFixtures.synthetic("3333333333333333", 20, 4);
        List<Product> products = new ArrayList<>(base.products());
        products.set(3, withTitle(products.get(3), "t".repeat(10_000_000)));
        TrainedModel huge = new TrainedModel(base.manifest(), products, base.lists(), base.popular());
        // the first value checked that shows item 3: the complete-the-look list of item 0 (items 1 to 4)
        String key = KEYS.completeTheLook("3333333333333333", "SYN-000000");
        int bytes = ModelCodec.encodeList(StoreFixtures.expectedList(huge.lists().get(0).completeTheLook(),
                StoreFixtures.bySku(huge))).length;
        assertThat(bytes).isBetween(10_000_000, 10_001_000);

        assertThatThrownBy(() -> StoreFixtures.publish(server, huge, T0))
                .isInstanceOf(PublishException.class)
                .hasMessage(String.format(java.util.Locale.ROOT, "publish of 3333333333333333 to %s refused, nothing was written: "
                        + "the value of %s would be %,d bytes, more than the 8,388,608 bytes (8 MiB) a model value may have. A text "
                        + "field of the item or of the items on its lists is far too long (a title or image URL of megabytes?): train "
                        + "again from a catalogue within the field limits (title 500 characters, image URL 2,048, sku 200, category "
                        + "200).", server.where(), key, bytes));
        assertThat(server.redis().dbsize()).as("no manifest, no data, no lock").isZero();
    }

    @Test
    void popularListsOverTheLimitAreRefusedWithTheirOwnAdvice() {
        TrainedModel base = StoreFixtures.synthetic("4444444444444444", 20, 2);
        List<Product> products = new ArrayList<>(base.products());
        for (int i = 0; i < products.size(); i++) products.set(i, withTitle(products.get(i), "t".repeat(500)));
        // 30 categories of 600 entries, each entry about 550 bytes: about 10 MB in the one popular key
        Map<String, List<dev.pointe.training.model.ModelEntry>> popular = new java.util.TreeMap<>();
        for (int c = 0; c < 30; c++) {
            List<dev.pointe.training.model.ModelEntry> list = new ArrayList<>();
            for (int i = 0; i < 600; i++) {
                Product p = products.get(i % products.size());
                list.add(new dev.pointe.training.model.ModelEntry(p.sku(), p.category(), 600 - i, "pc", List.of()));
            }
            popular.put("c-" + c, list);
        }
        TrainedModel model = new TrainedModel(base.manifest(), products, base.lists(), popular);
        Map<String, List<dev.pointe.format.ListEntry>> expected = new java.util.LinkedHashMap<>();
        popular.forEach((c, list) -> expected.put(c, StoreFixtures.expectedList(list, StoreFixtures.bySku(model))));
        int bytes = ModelCodec.encodePopular(expected).length;

        assertThatThrownBy(() -> StoreFixtures.publish(server, model, T0))
                .isInstanceOf(PublishException.class)
                .hasMessage(String.format(java.util.Locale.ROOT, "publish of 4444444444444444 to %s refused, nothing was written: "
                        + "the value of %s would be %,d bytes, more than the 8,388,608 bytes (8 MiB) a model value may have. The "
                        + "popular lists of all 30 categories are in this one value: train with a coarser category column or a smaller "
                        + "--list-size.", server.where(), KEYS.popular("4444444444444444"), bytes));
        assertThat(server.redis().dbsize()).isZero();
    }

    /** Just under the limit: published, byte for byte. */
    @Test
    void aValueJustUnderTheLimitIsPublished() {
        TrainedModel base = StoreFixtures.synthetic("5555555555555555", 6, 1);
        List<Product> products = new ArrayList<>(base.products());
        products.set(1, withTitle(products.get(1), "t".repeat(8_000_000)));
        TrainedModel big = new TrainedModel(base.manifest(), products, base.lists(), base.popular());

        PublishResult result = StoreFixtures.publish(server, big, T0);

        assertThat(result.keys()).isEqualTo(25);
        assertThat(server.redis().strlen(KEYS.completeTheLook("5555555555555555", "SYN-000000"))).isBetween(8_000_000L, 8_388_608L);
        assertStoredExactly(server, KEYS, big);
    }

    private static Product withTitle(Product p, String title) {
        return new Product(p.sku(), title, p.category(), p.slot(), p.brand(), p.price(), p.colours(), p.materials(),
                p.styleTags(), p.stock(), p.imageUrl());
    }

    /**
     * BUG (reported): ModelKeys promises a store that "also works on Redis Cluster" with data keys "never
     * touched by multi-key commands", but the publisher verifies with multi-key EXISTS over data keys of
     * different slots (and the new bulk path writes with multi-key MSET). Even a single-shard cluster,
     * where no redirection is needed, answers CROSSSLOT, so no publish can ever complete there.
     */
    @Test
    void aSingleShardRedisClusterAcceptsThePublish() {
        try (TestRedisServer cluster = TestRedisServer.start("--cluster-enabled", "yes")) {
            cluster.redis().clusterAddSlots(java.util.stream.IntStream.range(0, 16384).toArray());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!cluster.redis().clusterInfo().contains("cluster_state:ok")) {
                assertThat(System.nanoTime()).as("cluster state ok").isLessThan(deadline);
                TestRedisServer.sleep(50);
            }
            TrainedModel small = StoreFixtures.synthetic("c1c1c1c1c1c1c1c1", 30, 5);

            PublishResult result = StoreFixtures.publish(cluster, small, T0);

            assertThat(result.keys()).isEqualTo(121);
            assertStoredExactly(cluster, KEYS, small);
            assertThat(cluster.redis().get(KEYS.active())).isEqualTo("c1c1c1c1c1c1c1c1");
        }
    }

    private static Map<String, String> withoutKey(Map<String, String> map, String key) {
        Map<String, String> copy = new java.util.TreeMap<>(map);
        copy.remove(key);
        return copy;
    }
}

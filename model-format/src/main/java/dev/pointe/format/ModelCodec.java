package dev.pointe.format;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Encodes and decodes every value of the store as compact UTF-8 JSON. The one codec both the trainer
 * and the service use; {@link #FORMAT_VERSION} changes when a value's shape does.
 */
public final class ModelCodec {

    /**
     * Version of the value shapes below, stored with every published version ({@link ManifestFields#FORMAT}).
     * 2: list entries carry brand, stock, colours and tags.
     */
    public static final int FORMAT_VERSION = 2;

    /** Format versions this code reads; a version stored in another format must not be served by it. */
    public static boolean readable(int formatVersion) {
        return formatVersion == 1 || formatVersion == 2;
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ModelCodec() {
    }

    public static byte[] encodeList(List<ListEntry> entries) {
        ListValueWriter writer = new ListValueWriter();
        for (ListEntry e : entries) {
            writer.add(e);
        }
        return writer.finish();
    }

    /** Decodes a list value; throws {@link IllegalArgumentException} for a malformed value. */
    public static List<ListEntry> decodeList(byte[] value) {
        return ListValueReader.read(value);
    }

    /** Decodes the list value in {@code length} bytes of {@code buffer} from {@code offset}. */
    public static List<ListEntry> decodeList(byte[] buffer, int offset, int length) {
        return ListValueReader.read(buffer, offset, length);
    }

    public static byte[] encodePopular(Map<String, List<ListEntry>> byCategory) {
        return JSON.writeValueAsBytes(byCategory);
    }

    /** Decodes the best-sellers value (category → list), of format 1 or 2. */
    public static Map<String, List<ListEntry>> decodePopular(byte[] value) {
        return ListValueReader.readPopular(value);
    }

    public static byte[] encodeItem(ItemData item) {
        return JSON.writeValueAsBytes(item);
    }

    public static ItemData decodeItem(byte[] value) {
        return read(value, new TypeReference<>() { }, "item");
    }

    public static String encodeManifest(StoredManifest manifest) {
        return JSON.writeValueAsString(manifest);
    }

    public static StoredManifest decodeManifest(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8), new TypeReference<>() { }, "manifest");
    }

    public static byte[] encodeRules(RuleSet rules) {
        return JSON.writeValueAsBytes(rules);
    }

    /** Decodes stored rules; throws {@link IllegalArgumentException} for a malformed value. */
    public static RuleSet decodeRules(byte[] value) {
        return read(value, new TypeReference<>() { }, "rules");
    }

    public static byte[] encodeExperiment(Experiment experiment) {
        return JSON.writeValueAsBytes(experiment);
    }

    public static Experiment decodeExperiment(byte[] value) {
        return read(value, new TypeReference<>() { }, "experiment");
    }

    public static String encodeShopperEvent(ShopperEventRecord event) {
        return JSON.writeValueAsString(event);
    }

    /** Decodes a stored shopper event; throws {@link IllegalArgumentException} for a malformed one. */
    public static ShopperEventRecord decodeShopperEvent(String json) {
        ShopperEventRecord e = read(json.getBytes(StandardCharsets.UTF_8), new TypeReference<>() { }, "shopper event");
        if (e.eventId() == null || e.type() == null || e.session() == null || e.sku() == null) {
            throw new IllegalArgumentException("malformed shopper event value: lacks one of eventId, type, session, sku");
        }
        return e;
    }

    public static String encodeEvent(ModelEvent event) {
        return JSON.writeValueAsString(event);
    }

    public static ModelEvent decodeEvent(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8), new TypeReference<>() { }, "event");
    }

    private static <T> T read(byte[] value, TypeReference<T> type, String what) {
        try {
            return JSON.readValue(value, type);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("malformed " + what + " value: " + e.getOriginalMessage(), e);
        }
    }
}

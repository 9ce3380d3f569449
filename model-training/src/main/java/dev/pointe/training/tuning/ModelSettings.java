package dev.pointe.training.tuning;

import dev.pointe.training.io.InputException;
import dev.pointe.training.looks.LookConfig;
import dev.pointe.training.similarity.CooccurrenceConfig;
import dev.pointe.training.similarity.SimilarityMeasure;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Every setting that shapes a model: co-occurrence and list settings, as one value that {@code tune}
 * writes and {@code train --config} / {@code evaluate --config} read. The file is a flat JSON object of
 * the names of {@link #toMap()}; a file may give only some of them (the rest keep their defaults).
 */
public record ModelSettings(CooccurrenceConfig cooccurrence, LookConfig looks) {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Set<String> NAMES = Set.of("measure", "topK", "minSupport", "maxItemsPerBasket", "maxBasketsPerUser",
            "seed", "listSize", "maxPerCategory", "diversity", "styleWeight", "itemSmoothing", "familySmoothing",
            "categorySmoothing", "twoHopWeight", "contentPool");

    /** The built-in defaults: the one source of every default setting. */
    public static ModelSettings defaults() {
        return new ModelSettings(CooccurrenceConfig.defaults(), LookConfig.defaults());
    }

    /** The settings by name, in a fixed order (they are part of a model's version fingerprint). */
    public Map<String, Object> toMap() {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("measure", cooccurrence.measure().id());
        c.put("topK", cooccurrence.topK());
        c.put("minSupport", cooccurrence.minSupport());
        c.put("maxItemsPerBasket", cooccurrence.maxItemsPerBasket());
        c.put("maxBasketsPerUser", cooccurrence.maxBasketsPerUser());
        c.put("seed", cooccurrence.seed());
        c.put("listSize", looks.listSize());
        c.put("maxPerCategory", looks.maxPerCategory());
        c.put("diversity", looks.diversity());
        c.put("styleWeight", looks.styleWeight());
        c.put("itemSmoothing", looks.itemSmoothing());
        c.put("familySmoothing", looks.familySmoothing());
        c.put("categorySmoothing", looks.categorySmoothing());
        c.put("twoHopWeight", looks.twoHopWeight());
        c.put("contentPool", looks.contentPool());
        return c;
    }

    /** These settings with the given ones replaced (names of {@link #toMap()}; values as JSON would give them). */
    public ModelSettings with(Map<String, ?> changes) {
        Map<String, Object> m = toMap();
        for (var e : changes.entrySet()) {
            if (!NAMES.contains(e.getKey())) throw new IllegalArgumentException("unknown setting '" + e.getKey() + "' (known: " + new java.util.TreeSet<>(NAMES) + ")");
            m.put(e.getKey(), e.getValue());
        }
        try {
            CooccurrenceConfig co = new CooccurrenceConfig(SimilarityMeasure.named(text(m, "measure")), integer(m, "topK"),
                    integer(m, "minSupport"), integer(m, "maxItemsPerBasket"), integer(m, "maxBasketsPerUser"),
                    ((Number) number(m, "seed")).longValue(), cooccurrence.threads());
            LookConfig lc = new LookConfig(integer(m, "listSize"), integer(m, "maxPerCategory"), decimal(m, "diversity"),
                    decimal(m, "styleWeight"), decimal(m, "itemSmoothing"), decimal(m, "familySmoothing"),
                    decimal(m, "categorySmoothing"), decimal(m, "twoHopWeight"), integer(m, "contentPool"));
            return new ModelSettings(co, lc);
        } catch (ClassCastException e) {
            throw new IllegalArgumentException("a setting has the wrong type: " + changes);
        }
    }

    public ModelSettings withThreads(int threads) {
        CooccurrenceConfig c = cooccurrence;
        return new ModelSettings(new CooccurrenceConfig(c.measure(), c.topK(), c.minSupport(), c.maxItemsPerBasket(),
                c.maxBasketsPerUser(), c.seed(), threads), looks);
    }

    /** Reads a settings file over these settings; names the file and the setting on any problem. */
    public ModelSettings read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "no such settings file");
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new InputException(file.toString(), "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) throw new InputException(file.toString(), "expected a JSON object of settings");
        JsonNode settings = root.has("settings") && root.get("settings").isObject() ? root.get("settings") : root;
        Map<String, Object> changes = new LinkedHashMap<>();
        for (var e : settings.properties()) {
            JsonNode v = e.getValue();
            if (!NAMES.contains(e.getKey())) {
                throw new InputException(file + ": setting '" + e.getKey() + "'", "unknown (known: " + new java.util.TreeSet<>(NAMES) + ")");
            }
            if (e.getKey().equals("measure")) {
                if (!v.isString()) throw new InputException(file + ": setting 'measure'", "must be a string");
                changes.put(e.getKey(), v.asString());
            } else {
                if (!v.isNumber()) throw new InputException(file + ": setting '" + e.getKey() + "'", "must be a number, was " + v);
                changes.put(e.getKey(), v.numberValue());
            }
        }
        try {
            return with(changes);
        } catch (IllegalArgumentException e) {
            throw new InputException(file.toString(), e.getMessage());
        }
    }

    /** The settings as the JSON a settings file holds. */
    public String toJson() {
        return JSON.writeValueAsString(toMap()) + "\n";
    }

    private static String text(Map<String, Object> m, String name) {
        return String.valueOf(m.get(name));
    }

    private static Number number(Map<String, Object> m, String name) {
        Object v = m.get(name);
        if (!(v instanceof Number n)) throw new IllegalArgumentException("setting '" + name + "' must be a number, was " + v);
        return n;
    }

    private static int integer(Map<String, Object> m, String name) {
        Number n = number(m, name);
        if (n.doubleValue() != Math.rint(n.doubleValue()) || Math.abs(n.doubleValue()) > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("setting '" + name + "' must be a whole number, was " + n);
        }
        return n.intValue();
    }

    private static double decimal(Map<String, Object> m, String name) {
        return number(m, name).doubleValue();
    }
}

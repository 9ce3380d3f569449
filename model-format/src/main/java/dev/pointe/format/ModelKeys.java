package dev.pointe.format;

import java.util.Objects;

/**
 * Every Redis key and channel of a Pointe model store, under one prefix (default {@code pointe}).
 *
 * <p>Two families, so that the store also works on Redis Cluster:
 * <ul>
 *   <li><b>Control keys</b> carry the hash tag {@code {ctl}} and so live in one slot: the active
 *       pointer, the version index, the manifests, the activation history and the publish lock. The
 *       activation and rollback scripts read and write several of them atomically.</li>
 *   <li><b>Data keys</b> ({@code <prefix>:m:<version>:...}) carry no hash tag, so a large model spreads
 *       over the cluster's shards. They are only ever read one at a time (one GET per request) and
 *       written in pipelines, never touched by multi-key commands.</li>
 * </ul>
 * Versions and skus are used verbatim; skus must not contain '{' or '}' (checked by the writer).
 */
public record ModelKeys(String prefix) {

    public static final ModelKeys DEFAULT = new ModelKeys("pointe");

    public ModelKeys {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isBlank() || prefix.contains("{") || prefix.contains("}") || prefix.contains(" ")) {
            throw new IllegalArgumentException("invalid key prefix '" + prefix + "'");
        }
    }

    /** STRING: the id of the version being served. */
    public String active() {
        return prefix + ":{ctl}:active";
    }

    /** ZSET: every known version, scored by publish start time in epoch milliseconds. */
    public String versions() {
        return prefix + ":{ctl}:versions";
    }

    /** HASH with fields {@code status} ({@link ModelStatus}), {@code manifest} (JSON) and {@code writer} (lock token). */
    public String manifest(String version) {
        return prefix + ":{ctl}:manifest:" + version;
    }

    /** LIST: previously active versions, newest first (what rollback goes back to). */
    public String history() {
        return prefix + ":{ctl}:history";
    }

    /** STRING with expiry: the publish lock, holding the writer's random token. */
    public String lock() {
        return prefix + ":{ctl}:lock";
    }

    /** STRING: the shop's merchandising rules ({@link RuleSet} JSON), beside the models and kept across versions. */
    public String rules() {
        return prefix + ":{ctl}:rules";
    }

    /** Pub/sub channel announcing a change of the rules (the new {@link RuleSet#version()}, decimal). */
    public String rulesChannel() {
        return prefix + ":rules:events";
    }

    /**
     * STREAM: shopper events ({@link ShopperEventRecord} fields), trimmed to about {@link StoreScripts#EVENTS_MAX_LENGTH}
     * entries. The events keys share the hash tag {@code {ev}} so that one script may touch several.
     */
    public String events() {
        return prefix + ":{ev}:events";
    }

    /** STRING with expiry: an event id already stored (idempotency), kept {@link StoreScripts#EVENT_ID_TTL_SECONDS}. */
    public String eventSeen(String eventId) {
        return prefix + ":{ev}:seen:" + eventId;
    }

    /**
     * HASH: online counters of one model version and experiment arm: impressions, clicks, add_to_cart, purchases,
     * revenue (in cents) — written by the events consumer.
     */
    public String onlineMetrics(String version, String arm) {
        return prefix + ":{ev}:metrics:" + version + ":" + arm;
    }

    /** SET: every "version:arm" that has online counters (what a report lists). */
    public String onlineMetricsIndex() {
        return prefix + ":{ev}:metrics";
    }

    /** SET: the arm names of every experiment ever started: the only arms online counters are kept for. */
    public String experimentArms() {
        return prefix + ":{ctl}:experiment-arms";
    }

    /** STRING: the running experiment ({@link Experiment} JSON); absent when none runs. */
    public String experiment() {
        return prefix + ":{ctl}:experiment";
    }

    /** Pub/sub channel announcing activations and rollbacks ({@link ModelEvent} JSON). */
    public String channel() {
        return prefix + ":model:events";
    }

    /** STRING: the complete-the-look list of one item ({@link ListCodec}). */
    public String completeTheLook(String version, String sku) {
        return data(version) + "ctl:" + sku;
    }

    /** STRING: the bought-together list of one item ({@link ListCodec}). */
    public String boughtTogether(String version, String sku) {
        return data(version) + "bt:" + sku;
    }

    /** STRING: the similar-items list of one item ({@link ListCodec}). */
    public String similar(String version, String sku) {
        return data(version) + "sim:" + sku;
    }

    /** STRING: one item's product data ({@link ItemData} JSON). */
    public String item(String version, String sku) {
        return data(version) + "item:" + sku;
    }

    /** STRING: best-sellers per category ({@link ListCodec} per category, a JSON object), the last fallback. */
    public String popular(String version) {
        return data(version) + "popular";
    }

    /** The common start of every data key of a version, for SCAN MATCH {@code <this>*}. */
    public String data(String version) {
        return prefix + ":m:" + version + ":";
    }
}

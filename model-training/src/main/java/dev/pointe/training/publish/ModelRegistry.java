package dev.pointe.training.publish;

import dev.pointe.format.ManifestFields;
import dev.pointe.format.ScriptError;
import dev.pointe.format.StoreScripts;
import dev.pointe.format.ModelCodec;
import dev.pointe.format.ModelKeys;
import dev.pointe.format.ModelStatus;
import dev.pointe.format.StoredManifest;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.ScoredValue;
import io.lettuce.core.api.sync.RedisCommands;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads and switches the versions in a Redis model store: activate, rollback, list, prune. Every
 * switch is one atomic script that also announces itself on the store's channel.
 */
public final class ModelRegistry {

    private final RedisModelStore store;
    private final ModelKeys keys;
    private final RedisCommands<String, String> redis;

    public ModelRegistry(RedisModelStore store) {
        this.store = store;
        this.keys = store.keys();
        this.redis = store.control().sync();
    }

    /** The active version, or null when none was ever activated. */
    public String active() {
        return redis.get(keys.active());
    }

    /**
     * Makes a complete version the active one. Returns the version active before (null when none).
     * Refuses missing and incomplete versions with a clear message.
     */
    public String activate(String version) {
        try {
            String old = redis.eval(StoreScripts.ACTIVATE, ScriptOutputType.VALUE,
                    new String[]{keys.active(), keys.manifest(version), keys.history()}, version, keys.channel(),
                    StoreScripts.readableFormats());
            return old == null || old.isEmpty() ? null : old;
        } catch (RedisCommandExecutionException e) {
            throw translate(e, version);
        }
    }

    /** Goes back to the previously active version. Returns the version that was active. */
    public String rollback() {
        String previous = redis.lindex(keys.history(), 0);
        if (previous == null) {
            throw new PublishException("there is no previous version to roll back to (active: " + active() + ")");
        }
        try {
            String old = redis.eval(StoreScripts.ROLLBACK, ScriptOutputType.VALUE,
                    new String[]{keys.active(), keys.history(), keys.manifest(previous)}, previous, keys.channel(),
                    StoreScripts.readableFormats());
            return old == null || old.isEmpty() ? null : old;
        } catch (RedisCommandExecutionException e) {
            throw translate(e, previous);
        }
    }

    /** Every version, newest publish first. */
    public List<VersionInfo> versions() {
        String active = active();
        String previous = redis.lindex(keys.history(), 0);
        List<VersionInfo> out = new ArrayList<>();
        for (ScoredValue<String> v : redis.zrevrangeWithScores(keys.versions(), 0, -1)) {
            String version = v.getValue();
            Map<String, String> fields = redis.hgetall(keys.manifest(version));
            ModelStatus status = fields.containsKey(ManifestFields.STATUS) ? ModelStatus.valueOf(fields.get(ManifestFields.STATUS)) : ModelStatus.WRITING;
            StoredManifest manifest = null;
            if (fields.containsKey(ManifestFields.MANIFEST)) {
                try {
                    manifest = ModelCodec.decodeManifest(fields.get(ManifestFields.MANIFEST));
                } catch (IllegalArgumentException e) {
                    manifest = null;
                }
            }
            out.add(new VersionInfo(version, status, manifest, version.equals(active), version.equals(previous)));
        }
        return out;
    }

    /** What {@link #prune} removed. */
    public record PruneResult(List<String> removedVersions, long removedKeys) {
    }

    /**
     * Keeps the {@code keep} newest complete versions, the active one, the previous one (rollback's
     * target) and those a running experiment serves, and removes every other version with UNLINK: older complete ones and writes that died
     * (status WRITING and not the current lock holder's).
     */
    public PruneResult prune(int keep) {
        if (keep < 1) throw new IllegalArgumentException("--keep must be at least 1");
        String lockHolder = redis.get(keys.lock());
        java.util.Set<String> inExperiment = new java.util.HashSet<>();
        String experiment = redis.get(keys.experiment());
        if (experiment != null) {
            try {
                ModelCodec.decodeExperiment(experiment.getBytes(java.nio.charset.StandardCharsets.UTF_8)).arms()
                        .forEach(a -> inExperiment.add(a.version()));
            } catch (IllegalArgumentException e) {
                throw new PublishException("the running experiment at " + keys.experiment() + " is not valid JSON; prune refuses to "
                        + "guess which versions it serves (" + e.getMessage() + ")");
            }
        }
        int completeKept = 0;
        List<String> removed = new ArrayList<>();
        long removedKeys = 0;
        for (VersionInfo v : versions()) {
            boolean protectedVersion = v.active() || v.previous() || inExperiment.contains(v.version()); // an experiment serves it
            if (v.status() == ModelStatus.COMPLETE) {
                if (protectedVersion || completeKept < keep) {
                    completeKept++;
                    continue;
                }
            } else {
                String writer = redis.hget(keys.manifest(v.version()), ManifestFields.WRITER);
                if (protectedVersion || (writer != null && writer.equals(lockHolder))) continue; // still being written
            }
            removedKeys += unlinkData(v.version());
            redis.del(keys.manifest(v.version()));
            redis.zrem(keys.versions(), v.version());
            redis.lrem(keys.history(), 0, v.version());
            removed.add(v.version());
        }
        return new PruneResult(removed, removedKeys);
    }

    /** UNLINKs every data key of a version (SCAN MATCH, batches of 1,000). */
    long unlinkData(String version) {
        long count = 0;
        ScanArgs args = ScanArgs.Builder.matches(keys.data(version) + "*").limit(1000);
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            KeyScanCursor<String> page = redis.scan(cursor, args);
            cursor = page;
            if (page.getKeys().isEmpty()) continue;
            if (store.cluster()) {
                for (String key : page.getKeys()) count += redis.unlink(key); // keys of one page span slots
            } else {
                count += redis.unlink(page.getKeys().toArray(String[]::new));
            }
        } while (!cursor.isFinished());
        return count;
    }

    private PublishException translate(RedisCommandExecutionException e, String version) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        ScriptError error = ScriptError.of(message);
        if (error == null) return new PublishException("Redis refused: " + message, e);
        return switch (error) {
            case MISSING -> new PublishException("version " + version + " is not in the store at " + store.where() + " (see 'versions')", error);
            case INCOMPLETE -> new PublishException("version " + version + " cannot be activated: its publish did not complete ("
                    + ScriptError.detail(message) + "); publish it again, or remove it with 'prune'", error);
            case FORMAT -> new PublishException(ScriptError.detail(message) + "; use a trainer that reads it, or publish it again", error);
            case CHANGED, LOCKLOST -> new PublishException(ScriptError.detail(message), error);
        };
    }
}

package dev.pointe.training.model;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.data.Dataset;
import dev.pointe.training.evaluation.EvaluationResult;
import dev.pointe.training.evaluation.MethodResult;
import dev.pointe.training.looks.LookConfig;
import dev.pointe.training.looks.LookModel;
import dev.pointe.training.looks.Reason;
import dev.pointe.training.similarity.CooccurrenceConfig;
import dev.pointe.training.tuning.ModelSettings;
import dev.pointe.training.events.Baskets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/** Trains on a whole dataset and builds both lists for every catalogue item. */
public final class ModelBuilder {

    public static final int FORMAT_VERSION = 1;

    private final CooccurrenceConfig cooccurrence;
    private final LookConfig looks;

    public ModelBuilder(CooccurrenceConfig cooccurrence, LookConfig looks) {
        this.cooccurrence = cooccurrence;
        this.looks = looks;
    }

    /**
     * @param asOf        the model's creation time; null = the latest event time (or the epoch when the
     *                    data has no times)
     * @param evaluations offline results to record in the manifest; may be empty
     * @param progress    receives item counts as lists are built
     */
    public TrainedModel build(Dataset data, Instant asOf, List<EvaluationResult> evaluations, IntConsumer progress) {
        Catalog catalog = data.catalog();
        LookModel model = LookModel.learn(data.baskets(), catalog, cooccurrence, looks, progress);
        ModelLists lists = new ModelLists(model, looks);
        ItemLists[] built = new ItemLists[catalog.size()];
        ParallelItems.forEach(catalog.size(), cooccurrence.threads(), item -> built[item] = lists.of(item), progress);
        long ctlEntries = 0;
        long togetherEntries = 0;
        long similarEntries = 0;
        long contentOnly = 0;
        for (ItemLists l : built) {
            if (!l.completeTheLook().isEmpty() && !l.completeTheLook().get(0).reason().equals(Reason.BOUGHT_TOGETHER.code())) contentOnly++;
            ctlEntries += l.completeTheLook().size();
            togetherEntries += l.boughtTogether().size();
            similarEntries += l.similar().size();
        }
        Map<String, Object> config = config();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("items", (long) catalog.size());
        counts.put("categories", (long) catalog.categories().size());
        counts.put("baskets", (long) data.baskets().size());
        counts.put("events", data.events());
        counts.put("users", (long) data.users());
        counts.put("completeTheLookEntries", ctlEntries);
        counts.put("boughtTogetherEntries", togetherEntries);
        counts.put("similarEntries", similarEntries);
        counts.put("itemsWithoutBehaviourData", contentOnly);
        Manifest manifest = new Manifest(FORMAT_VERSION, fingerprint(config, data.checksums()),
                createdAt(asOf, data.latestEventTime()).toString(), data.name(), config, new TreeMap<>(data.checksums()), counts,
                metrics(evaluations));
        return new TrainedModel(manifest, catalog.products(), List.of(built), lists.popular());
    }

    /** The settings that shape the model, in a fixed order (they are part of the version fingerprint). */
    Map<String, Object> config() {
        return new ModelSettings(cooccurrence, looks).toMap();
    }

    /** First 16 hex digits of SHA-256 over the format version, the config and the sorted input checksums. */
    static String fingerprint(Map<String, Object> config, Map<String, String> checksums) {
        StringBuilder text = new StringBuilder("pointe-model-format=" + FORMAT_VERSION + "\n");
        config.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        new TreeMap<>(checksums).forEach((k, v) -> text.append("input:").append(k).append('=').append(v).append('\n'));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant createdAt(Instant asOf, long latestEventTime) {
        if (asOf != null) return asOf;
        return latestEventTime == Baskets.NO_TIME ? Instant.EPOCH : Instant.ofEpochSecond(latestEventTime);
    }

    private static Map<String, Double> metrics(List<EvaluationResult> evaluations) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (EvaluationResult r : evaluations) {
            String prefix = r.split().name().toLowerCase(Locale.ROOT).replace('_', '-') + "/" + r.protocol().id() + "/";
            for (MethodResult m : r.methods()) {
                for (Integer k : r.ks()) {
                    out.put(prefix + m.method() + "/hr@" + k, ModelLists.round(m.hitRate().get(k)));
                    out.put(prefix + m.method() + "/ndcg@" + k, ModelLists.round(m.ndcg().get(k)));
                }
            }
        }
        return out;
    }
}

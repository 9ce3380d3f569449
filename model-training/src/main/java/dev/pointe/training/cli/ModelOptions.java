package dev.pointe.training.cli;

import dev.pointe.training.looks.LookConfig;
import dev.pointe.training.similarity.CooccurrenceConfig;
import dev.pointe.training.tuning.ModelSettings;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Algorithm settings shared by train, evaluate and tune. Each comes from, in order: its option, the
 * {@code --config} file, the built-in default ({@link ModelSettings#defaults()}, the one source of
 * defaults; the help texts show them).
 */
final class ModelOptions {

    static {
        // the help texts read the defaults from ModelSettings through ${sys:...}
        ModelSettings.defaults().toMap().forEach((k, v) -> System.setProperty("pointe.default." + k, String.valueOf(v)));
    }

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file (JSON, as 'tune' writes it); options given on the command line win over it.")
    Path config;

    @Option(names = "--measure", paramLabel = "NAME",
            description = "How neighbours are chosen: confidence (baskets shared, then popularity: the plain count), llr (signed root "
                    + "log-likelihood ratio), llr-raw (Mahout's unsigned G²), cosine, jaccard, lift (default: ${sys:pointe.default.measure}).")
    String measure;
    @Option(names = "--top-k", description = "Neighbours kept per item and list kind (default: ${sys:pointe.default.topK}).")
    Integer topK;
    @Option(names = "--min-support", description = "Baskets a pair must share to count (default: ${sys:pointe.default.minSupport}).")
    Integer minSupport;
    @Option(names = "--max-items-per-basket", description = "Larger baskets are down-sampled, seeded (default: ${sys:pointe.default.maxItemsPerBasket}).")
    Integer maxItemsPerBasket;
    @Option(names = "--max-baskets-per-user", description = "Heavier shoppers keep a seeded sample of baskets (default: ${sys:pointe.default.maxBasketsPerUser}).")
    Integer maxBasketsPerUser;
    @Option(names = "--seed", description = "Seed of down-sampling and splits (default: ${sys:pointe.default.seed}).")
    Long seed;
    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    Integer threads;
    @Option(names = "--list-size", description = "Items per published list (default: ${sys:pointe.default.listSize}).")
    Integer listSize;
    @Option(names = "--max-per-category", description = "Hard cap on items of one category in a list; 0 = none (default: ${sys:pointe.default.maxPerCategory}).")
    Integer maxPerCategory;
    @Option(names = "--diversity", description = "Soft cap in (0, 1]: the n-th item of a category already listed competes with "
            + "score x diversity^n; 1 = by score alone (default: ${sys:pointe.default.diversity}).")
    Double diversity;
    @Option(names = "--style-weight", description = "Lift for shared colours/materials/tags: score x (1 + w x Jaccard) (default: ${sys:pointe.default.styleWeight}).")
    Double styleWeight;
    @Option(names = "--item-smoothing", description = "Pseudo-baskets by which an item's own evidence backs off to its family's "
            + "and its category's (default: ${sys:pointe.default.itemSmoothing}).")
    Double itemSmoothing;
    @Option(names = "--family-smoothing", description = "Pseudo-baskets by which a family's evidence backs off to its category's "
            + "(default: ${sys:pointe.default.familySmoothing}).")
    Double familySmoothing;
    @Option(names = "--category-smoothing", description = "Pseudo-baskets by which a category's pairing backs off to overall "
            + "category popularity (default: ${sys:pointe.default.categorySmoothing}).")
    Double categorySmoothing;
    @Option(names = "--two-hop-weight", description = "Share of the category prior replaced by the two-step estimate: items bought "
            + "with what is bought with the seed, in [0, 1] (default: ${sys:pointe.default.twoHopWeight}).")
    Double twoHopWeight;
    @Option(names = "--content-pool", description = "Candidates taken from the category prior alone (default: ${sys:pointe.default.contentPool}).")
    Integer contentPool;

    /** The names of the settings given as options on the command line. */
    java.util.Set<String> given() {
        return given(ModelSettings.defaults()).keySet();
    }

    /** The settings: options over the --config file over the defaults. */
    ModelSettings settings() {
        ModelSettings base = ModelSettings.defaults();
        if (config != null) base = base.read(config);
        ModelSettings settings = base.with(given(base));
        return threads == null ? settings : settings.withThreads(threads);
    }

    private Map<String, Object> given(ModelSettings base) {
        Map<String, Object> given = new LinkedHashMap<>();
        put(given, "measure", measure);
        put(given, "topK", topK);
        put(given, "minSupport", minSupport);
        put(given, "maxItemsPerBasket", maxItemsPerBasket);
        put(given, "maxBasketsPerUser", maxBasketsPerUser);
        put(given, "seed", seed);
        put(given, "listSize", listSize);
        put(given, "maxPerCategory", maxPerCategory);
        put(given, "diversity", diversity);
        put(given, "styleWeight", styleWeight);
        put(given, "itemSmoothing", itemSmoothing);
        put(given, "familySmoothing", familySmoothing);
        put(given, "categorySmoothing", categorySmoothing);
        put(given, "twoHopWeight", twoHopWeight);
        put(given, "contentPool", contentPool);
        return given;
    }

    private static void put(Map<String, Object> map, String name, Object value) {
        if (value != null) map.put(name, value);
    }

    CooccurrenceConfig cooccurrence() {
        return settings().cooccurrence();
    }

    LookConfig looks() {
        return settings().looks();
    }

    long seed() {
        return settings().cooccurrence().seed();
    }
}

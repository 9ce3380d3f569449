package dev.pointe.training.cli;

import dev.pointe.training.looks.LookConfig;
import dev.pointe.training.similarity.CooccurrenceConfig;
import dev.pointe.training.similarity.SimilarityMeasure;
import picocli.CommandLine.Option;

/** Algorithm settings shared by train and evaluate. */
final class ModelOptions {

    @Option(names = "--measure", defaultValue = "llr",
            description = "Pair score: llr (signed root log-likelihood ratio), llr-raw (Mahout's unsigned G²), cosine, jaccard, lift (default: ${DEFAULT-VALUE}).")
    String measure;
    @Option(names = "--top-k", defaultValue = "50", description = "Neighbours kept per item (default: ${DEFAULT-VALUE}).")
    int topK;
    @Option(names = "--min-support", defaultValue = "2", description = "Baskets a pair must share to count (default: ${DEFAULT-VALUE}).")
    int minSupport;
    @Option(names = "--max-items-per-basket", defaultValue = "500", description = "Larger baskets are down-sampled, seeded (default: ${DEFAULT-VALUE}).")
    int maxItemsPerBasket;
    @Option(names = "--max-baskets-per-user", defaultValue = "1000", description = "Heavier shoppers keep a seeded sample of baskets (default: ${DEFAULT-VALUE}).")
    int maxBasketsPerUser;
    @Option(names = "--seed", defaultValue = "42", description = "Seed of down-sampling and splits (default: ${DEFAULT-VALUE}).")
    long seed;
    @Option(names = "--threads", description = "Worker threads (default: the number of cores).")
    Integer threads;
    @Option(names = "--list-size", defaultValue = "20", description = "Items per published list (default: ${DEFAULT-VALUE}).")
    int listSize;
    @Option(names = "--max-per-category", defaultValue = "3", description = "At most this many items of one category in a look (default: ${DEFAULT-VALUE}).")
    int maxPerCategory;
    @Option(names = "--style-weight", defaultValue = "1.0", description = "Boost for shared colours/materials/tags: score × (1 + w × Jaccard) (default: ${DEFAULT-VALUE}).")
    double styleWeight;

    CooccurrenceConfig cooccurrence() {
        return new CooccurrenceConfig(SimilarityMeasure.named(measure), topK, minSupport, maxItemsPerBasket, maxBasketsPerUser,
                seed, threads == null ? Runtime.getRuntime().availableProcessors() : threads);
    }

    LookConfig looks() {
        LookConfig d = LookConfig.defaults();
        return new LookConfig(listSize, maxPerCategory, styleWeight, d.affinityFloor(), d.contentPool());
    }
}

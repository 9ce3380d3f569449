package dev.pointe.training.similarity;

/**
 * Settings of a co-occurrence run.
 *
 * @param measure            how a pair is scored
 * @param topK               neighbours kept per item and per list, 1..10,000
 * @param minSupport         minimum (weighted) baskets a pair must share, at least 1
 * @param maxItemsPerBasket  larger baskets are down-sampled to this many items, at least 2
 * @param maxBasketsPerUser  shoppers with more baskets keep a sample of this many, at least 1
 * @param seed               seed of the down-sampling
 * @param threads            worker threads, at least 1
 */
public record CooccurrenceConfig(SimilarityMeasure measure, int topK, int minSupport, int maxItemsPerBasket,
                                 int maxBasketsPerUser, long seed, int threads) {

    public CooccurrenceConfig {
        if (topK < 1 || topK > 10_000) throw new IllegalArgumentException("topK must be 1..10000, was " + topK);
        if (minSupport < 1) throw new IllegalArgumentException("minSupport must be at least 1, was " + minSupport);
        if (maxItemsPerBasket < 2) throw new IllegalArgumentException("maxItemsPerBasket must be at least 2, was " + maxItemsPerBasket);
        if (maxBasketsPerUser < 1) throw new IllegalArgumentException("maxBasketsPerUser must be at least 1, was " + maxBasketsPerUser);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }

    public static CooccurrenceConfig defaults() {
        return new CooccurrenceConfig(Measures.CONFIDENCE, 50, 1, 500, 1000, 42L,
                Runtime.getRuntime().availableProcessors());
    }

    public CooccurrenceConfig withMeasure(SimilarityMeasure m) {
        return new CooccurrenceConfig(m, topK, minSupport, maxItemsPerBasket, maxBasketsPerUser, seed, threads);
    }

    public CooccurrenceConfig withTopK(int k) {
        return new CooccurrenceConfig(measure, k, minSupport, maxItemsPerBasket, maxBasketsPerUser, seed, threads);
    }

    public CooccurrenceConfig withMinSupport(int s) {
        return new CooccurrenceConfig(measure, topK, s, maxItemsPerBasket, maxBasketsPerUser, seed, threads);
    }
}

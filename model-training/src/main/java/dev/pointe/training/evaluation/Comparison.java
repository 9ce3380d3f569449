package dev.pointe.training.evaluation;

/**
 * Pointe's published list against one other method on the same cases: the ratio of their HR@K and
 * NDCG@K, each with a 95% paired-bootstrap interval (the same resampled cases for both).
 *
 * @param k the cut-off (the report's main K)
 */
public record Comparison(String method, String baseline, int k, double hitRateRatio, Interval hitRateRatioInterval,
                         double ndcgRatio, Interval ndcgRatioInterval) {
}

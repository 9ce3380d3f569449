package dev.pointe.training.evaluation;

import java.util.Map;

/**
 * One method's scores on one split, for every cut-off K.
 *
 * @param hitRate         mean HR@K per K
 * @param hitRateInterval 95% bootstrap interval of HR@K per K
 * @param ndcg            mean NDCG@K per K
 * @param ndcgInterval    95% bootstrap interval of NDCG@K per K
 * @param precision       mean precision@K per K
 * @param recall          mean recall@K per K
 * @param coverage        share of catalogue items shown in at least one top-K list, per K
 * @param diversity       mean number of distinct categories in a top-K list, per K
 * @param trainSeconds    wall time to train, seconds
 */
public record MethodResult(String method, Map<Integer, Double> hitRate, Map<Integer, Interval> hitRateInterval,
                           Map<Integer, Double> ndcg, Map<Integer, Interval> ndcgInterval,
                           Map<Integer, Double> precision, Map<Integer, Double> recall,
                           Map<Integer, Double> coverage, Map<Integer, Double> diversity, double trainSeconds) {

    public MethodResult withoutTiming() {
        return new MethodResult(method, hitRate, hitRateInterval, ndcg, ndcgInterval, precision, recall, coverage, diversity, 0);
    }
}

package dev.pointe.training.looks;

/**
 * Settings of the complete-the-look and similar-items lists.
 *
 * @param listSize        items per list, 1..200
 * @param maxPerCategory  at most this many items of one category in a complete-the-look list, at least 1
 * @param styleWeight     how much shared attributes lift a co-occurrence score: score × (1 + w × Jaccard), ≥ 0
 * @param affinityFloor   share of a candidate's score kept even when its category never met the seed's,
 *                        in [0, 1]: 0 trusts the learned category affinity fully
 * @param contentPool     best-sellers per category considered as attribute-based candidates, at least 1
 */
public record LookConfig(int listSize, int maxPerCategory, double styleWeight, double affinityFloor, int contentPool) {

    public LookConfig {
        if (listSize < 1 || listSize > 200) throw new IllegalArgumentException("listSize must be 1..200, was " + listSize);
        if (maxPerCategory < 1) throw new IllegalArgumentException("maxPerCategory must be at least 1, was " + maxPerCategory);
        if (!(styleWeight >= 0)) throw new IllegalArgumentException("styleWeight must be >= 0, was " + styleWeight);
        if (!(affinityFloor >= 0 && affinityFloor <= 1)) throw new IllegalArgumentException("affinityFloor must be in [0,1], was " + affinityFloor);
        if (contentPool < 1) throw new IllegalArgumentException("contentPool must be at least 1, was " + contentPool);
    }

    public static LookConfig defaults() {
        return new LookConfig(20, 3, 1.0, 0.2, 60);
    }
}

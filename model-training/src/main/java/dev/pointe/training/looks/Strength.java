package dev.pointe.training.looks;

/**
 * How strongly a seed calls for a candidate: the pair's association score (signed root LLR: is the
 * pair real?) times the confidence P(candidate | seed) = together / seed baskets (how likely is it?).
 * LLR alone favours rare pairs that are certainly related but seldom wanted; confidence alone favours
 * best-sellers; their product beat both on every dataset we measured (docs/evaluation.md).
 */
public final class Strength {

    private Strength() {
    }

    /**
     * @param association the pair's similarity score, &gt; 0
     * @param together    (weighted) baskets holding both
     * @param seedCount   (weighted) baskets holding the seed, ≥ together
     */
    public static double of(double association, long together, long seedCount) {
        return seedCount == 0 ? 0 : association * together / seedCount;
    }
}

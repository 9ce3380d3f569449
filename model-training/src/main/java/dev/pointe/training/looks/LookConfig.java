package dev.pointe.training.looks;

/**
 * Settings of the published lists (complete-the-look, bought-together, similar items). The defaults
 * were chosen by {@code tune} on validation splits of H&amp;M, Brijs retail and Groceries
 * (docs/evaluation.md); a shop's own data may prefer others: {@code tune} finds them.
 *
 * @param listSize          items per published list, 1..200
 * @param maxPerCategory    hard cap on items of one category in a list, 1..listSize; {@code 0} = no cap
 * @param diversity         soft cap, in (0, 1]: the n-th item of a category already in the list competes
 *                          with its score × diversity^n, so a list spreads over categories only where
 *                          their evidence is close; 1 = rank by score alone
 * @param styleWeight       weight of style coherence: score × affinity^w, where affinity is how much more often
 *                          than chance the two items' colours, materials and tags are bought together
 *                          ({@link AttributeAffinity}), ≥ 0; 0 = ignore attributes
 * @param itemSmoothing     pseudo-baskets of the seed's own evidence that follow its family (then the
 *                          category prior), ≥ 0: the larger, the more a thinly sold item borrows from its
 *                          variants and its category
 * @param familySmoothing   pseudo-baskets of the family's evidence that follow the category prior, ≥ 0
 * @param categorySmoothing pseudo-baskets of a category's own co-occurrence with other categories that
 *                          follow overall category popularity, ≥ 0 (a category seen with few baskets
 *                          borrows what the whole shop buys)
 * @param twoHopWeight      share of the category prior replaced by the two-step estimate (items bought with
 *                          what is bought with the seed), in [0, 1]
 * @param contentPool       candidates taken from the category prior alone (best-sellers of the categories
 *                          that go with the seed's), at least 1
 */
public record LookConfig(int listSize, int maxPerCategory, double diversity, double styleWeight, double itemSmoothing,
                         double familySmoothing, double categorySmoothing, double twoHopWeight, int contentPool) {

    public LookConfig {
        if (listSize < 1 || listSize > 200) throw new IllegalArgumentException("listSize must be 1..200, was " + listSize);
        if (maxPerCategory < 0 || maxPerCategory > listSize) {
            throw new IllegalArgumentException("maxPerCategory must be 0 (no cap) .. listSize (" + listSize + "), was " + maxPerCategory);
        }
        if (!(diversity > 0 && diversity <= 1)) throw new IllegalArgumentException("diversity must be in (0, 1], was " + diversity);
        if (!(styleWeight >= 0) || Double.isInfinite(styleWeight)) throw new IllegalArgumentException("styleWeight must be >= 0, was " + styleWeight);
        if (!(itemSmoothing >= 0) || Double.isInfinite(itemSmoothing)) {
            throw new IllegalArgumentException("itemSmoothing must be >= 0, was " + itemSmoothing);
        }
        if (!(familySmoothing >= 0) || Double.isInfinite(familySmoothing)) {
            throw new IllegalArgumentException("familySmoothing must be >= 0, was " + familySmoothing);
        }
        if (!(categorySmoothing >= 0) || Double.isInfinite(categorySmoothing)) {
            throw new IllegalArgumentException("categorySmoothing must be >= 0, was " + categorySmoothing);
        }
        if (!(twoHopWeight >= 0 && twoHopWeight <= 1)) throw new IllegalArgumentException("twoHopWeight must be in [0, 1], was " + twoHopWeight);
        if (contentPool < 1) throw new IllegalArgumentException("contentPool must be at least 1, was " + contentPool);
    }

    public static LookConfig defaults() {
        return new LookConfig(20, 0, 0.9, 2.0, 100, 300, 10, 0.5, 100);
    }

    /** The hard cap per category as a count: {@link #maxPerCategory()}, or the list size when there is none. */
    public int capPerCategory() {
        return maxPerCategory == 0 ? listSize : maxPerCategory;
    }

    public LookConfig withListSize(int n) {
        return new LookConfig(n, Math.min(maxPerCategory, n), diversity, styleWeight, itemSmoothing, familySmoothing,
                categorySmoothing, twoHopWeight, contentPool);
    }
}

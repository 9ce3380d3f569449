package dev.pointe.training.similarity;

/**
 * The result of a co-occurrence run over (down-sampled) baskets.
 *
 * @param itemCounts    (weighted) baskets holding each item
 * @param total         (weighted) number of baskets
 * @param all           each item's best neighbours, any category (category-blind)
 * @param sameCategory  each item's best neighbours in its own category (substitutes); equal to
 *                      {@code all} when no categories were given
 * @param otherCategory each item's best neighbours in other categories (complements); equal to
 *                      {@code all} when no categories were given
 */
public record ItemAssociations(long[] itemCounts, long total, Neighbours all, Neighbours sameCategory,
                               Neighbours otherCategory) {
}

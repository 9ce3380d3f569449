package dev.pointe.training.evaluation;

/**
 * A trained method under evaluation: given the items a shopper holds (one seed for complete-the-look,
 * the rest of a basket for leave-one-out), the items it would show, best first.
 */
public interface Recommender {

    /**
     * At most {@code k} distinct item ids, best first, never one of {@code seeds}. Fewer (or none)
     * when the method has nothing to say.
     */
    int[] recommend(int[] seeds, int k);
}

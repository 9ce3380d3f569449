package dev.pointe.training.events;

/**
 * How much one event of each type counts in co-occurrence, as a small whole number (1..100).
 * An item's weight in a basket is the largest weight of its events there; a pair counts
 * {@code min(weight A, weight B)} per basket, so that with all weights 1 the counts are exactly
 * Mahout's "baskets holding both".
 */
public record EventWeights(int view, int cart, int purchase) {

    public static final EventWeights DEFAULT = new EventWeights(1, 2, 4);
    public static final EventWeights UNIFORM = new EventWeights(1, 1, 1);

    public EventWeights {
        check("view", view);
        check("cart", cart);
        check("purchase", purchase);
    }

    private static void check(String name, int weight) {
        if (weight < 1 || weight > 100) {
            throw new IllegalArgumentException("event weight " + name + " must be 1..100, was " + weight);
        }
    }

    public int of(EventType type) {
        return switch (type) {
            case VIEW -> view;
            case CART -> cart;
            case PURCHASE -> purchase;
        };
    }
}

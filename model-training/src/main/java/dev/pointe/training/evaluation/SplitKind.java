package dev.pointe.training.evaluation;

/** How held-out data is chosen. */
public enum SplitKind {
    /** A seeded random share of baskets is held out whole. */
    RANDOM,
    /** The latest share of baskets (by time) is held out whole; needs timestamps. */
    TEMPORAL,
    /** Every basket keeps all but its held-out items in training (classic leave-one-out). */
    LEAVE_ONE_OUT
}

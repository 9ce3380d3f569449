package dev.pointe.training.evaluation;

/** The question an evaluation case asks. */
public enum Protocol {
    /** Hide one item of a basket; the rest of the basket is the seed set; any item may be the answer. */
    NEXT_ITEM,
    /**
     * Complete the look: one item of a basket is the seed; the held-out targets are the basket's items
     * from categories other than the seed's.
     */
    CROSS_CATEGORY
}

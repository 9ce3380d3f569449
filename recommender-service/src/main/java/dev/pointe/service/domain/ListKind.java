package dev.pointe.service.domain;

/** The two lists a model holds per item. */
public enum ListKind {
    /** Complementary items from other categories. */
    COMPLETE_THE_LOOK,
    /** Same-category alternatives. */
    SIMILAR
}

package dev.pointe.format;

/** The life of a version in the store. */
public enum ModelStatus {
    /** Being written; never activated. Left behind by a publish that died, until prune removes it. */
    WRITING,
    /** Every key written and verified; may be activated. */
    COMPLETE
}

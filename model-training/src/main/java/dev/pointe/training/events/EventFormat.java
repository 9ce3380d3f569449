package dev.pointe.training.events;

/** The layouts of interaction files the trainer reads (any of them may be gzipped). */
public enum EventFormat {
    /** Comma- (or other-) separated values with a header line. */
    CSV,
    /** One JSON object per line. */
    JSONL,
    /** One basket per line: the line's items, split by a delimiter; no header. */
    BASKET_LINES
}

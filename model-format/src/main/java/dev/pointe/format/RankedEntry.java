package dev.pointe.format;

/**
 * What serving needs of a list entry, whoever holds it: the trainer's entries before they are encoded,
 * the service's decoded {@link ListEntry}s.
 */
public interface RankedEntry {

    /** The recommended item. */
    String sku();

    /** Its category. */
    String category();

    /** Its ranking score; comparable only within one list. */
    double score();
}

package dev.pointe.training.evaluation;

import java.util.Locale;

/**
 * The question an evaluation case asks of a held-out basket. The single-target protocols (one seed,
 * one held-out target) are the primary ones: they are what the literature reports and what a shopper
 * on a product page does. The others are kept as secondary, easier protocols.
 */
public enum Protocol {
    /**
     * (a) Complete the look, the primary protocol for categorised catalogues: one item of the basket is
     * the seed, one item of another category is the target. Scores the complete-the-look list.
     */
    CROSS_CATEGORY("cross-category", "one seed, one held-out target of another category"),
    /**
     * (b) Bought together: one item is the seed, any other item of the basket is the target. Scores the
     * bought-together list (which is the complete-the-look list of a catalogue without categories).
     */
    NEXT_ITEM("next-item", "one seed, one held-out target from the same basket"),
    /** Similar items: one item is the seed, another item of the same category in its basket the target. */
    SAME_CATEGORY("same-category", "one seed, one held-out target of the seed's category"),
    /** (c, secondary) One seed; every item of another category in its basket is a target. */
    CROSS_CATEGORY_ALL("cross-category-all", "one seed, every item of another category a target"),
    /** (c, secondary) One item is hidden; the rest of the basket is the seed set (a cart, {@code POST /v1/looks}). */
    REST_OF_BASKET("rest-of-basket", "the rest of the basket as seeds, one hidden target");

    private final String id;
    private final String description;

    Protocol(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The name used on the command line and in reports. */
    public String id() {
        return id;
    }

    /** One line for reports. */
    public String description() {
        return description;
    }

    /** True when the protocol asks about categories, so it needs a catalogue with two or more. */
    public boolean needsCategories() {
        return this == CROSS_CATEGORY || this == CROSS_CATEGORY_ALL || this == SAME_CATEGORY;
    }

    public static Protocol parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Protocol p : values()) if (p.id.equals(t)) return p;
        throw new IllegalArgumentException("unknown protocol '" + text + "' (expected one of cross-category, next-item, "
                + "same-category, cross-category-all, rest-of-basket)");
    }
}

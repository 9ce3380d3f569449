package dev.pointe.format;

/**
 * Why an item is in an answer: the codes stored in list values and sent to clients as {@code reasonCode}.
 * The trainer writes the first six; the service adds the merchandising ones.
 */
public enum ReasonCode {
    /** Shoppers put the two items in the same basket (session or order). */
    BOUGHT_TOGETHER("bt"),
    /** Shoppers bought it with other variants (colours, sizes) of the seed's product. */
    BOUGHT_WITH_VARIANT("bv"),
    /** Little behaviour data: chosen for shared colours, materials or style tags with the seed. */
    MATCHING_STYLE("ms"),
    /** A best-seller of its category (a list's own low-evidence entry, or a fallback or fill). */
    POPULAR_IN_CATEGORY("pc"),
    /** Same category, shoppers compare them in the same sessions (a substitute). */
    VIEWED_TOGETHER("vt"),
    /** Same category, shares colours, materials or style tags (a substitute by content). */
    SIMILAR_STYLE("ss"),
    /** Put at a fixed position by a shop's merchandising rule. */
    PINNED("pinned"),
    /** Ranked higher by a shop's merchandising rule. */
    BOOSTED("boosted");

    private final String code;

    ReasonCode(String code) {
        this.code = code;
    }

    /** The code as stored and sent. */
    public String code() {
        return code;
    }

    /** The reason of a code; null for a code this version does not know. */
    public static ReasonCode of(String code) {
        for (ReasonCode r : values()) if (r.code.equals(code)) return r;
        return null;
    }
}

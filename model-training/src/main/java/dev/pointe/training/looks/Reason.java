package dev.pointe.training.looks;

/** Why an item is recommended; a stable code that the service turns into words. */
public enum Reason {
    /** Shoppers put the two items in the same basket (session or order). */
    BOUGHT_TOGETHER("bt"),
    /** Shoppers bought it with other variants (colours, sizes) of the seed's product. */
    BOUGHT_WITH_VARIANT("bv"),
    /** Little behaviour data: chosen for shared colours, materials or style tags with the seed. */
    MATCHING_STYLE("ms"),
    /** Little behaviour data and no shared attributes: a best-seller of a category that completes the seed's. */
    POPULAR_IN_CATEGORY("pc"),
    /** Same category, shoppers compare them in the same sessions (a substitute). */
    VIEWED_TOGETHER("vt"),
    /** Same category, shares colours, materials or style tags (a substitute by content). */
    SIMILAR_STYLE("ss");

    private final String code;

    Reason(String code) {
        this.code = code;
    }

    /** Two-letter code used in the compact model format. */
    public String code() {
        return code;
    }
}

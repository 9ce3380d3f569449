package dev.pointe.training.looks;

import dev.pointe.format.ReasonCode;

/** Why an item is recommended; a stable code that the service turns into words. */
public enum Reason {
    /** Shoppers put the two items in the same basket (session or order). */
    BOUGHT_TOGETHER(ReasonCode.BOUGHT_TOGETHER),
    /** Shoppers bought it with other variants (colours, sizes) of the seed's product. */
    BOUGHT_WITH_VARIANT(ReasonCode.BOUGHT_WITH_VARIANT),
    /** Little behaviour data: chosen for shared colours, materials or style tags with the seed. */
    MATCHING_STYLE(ReasonCode.MATCHING_STYLE),
    /** Little behaviour data and no shared attributes: a best-seller of a category that completes the seed's. */
    POPULAR_IN_CATEGORY(ReasonCode.POPULAR_IN_CATEGORY),
    /** Same category, shoppers compare them in the same sessions (a substitute). */
    VIEWED_TOGETHER(ReasonCode.VIEWED_TOGETHER),
    /** Same category, shares colours, materials or style tags (a substitute by content). */
    SIMILAR_STYLE(ReasonCode.SIMILAR_STYLE);

    private final ReasonCode code;

    Reason(ReasonCode code) {
        this.code = code;
    }

    /** The code stored in list values (model-format's {@link ReasonCode}). */
    public String code() {
        return code.code();
    }
}

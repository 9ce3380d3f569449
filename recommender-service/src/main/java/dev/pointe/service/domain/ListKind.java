package dev.pointe.service.domain;

/** The three lists a model holds per item. */
public enum ListKind {
    /** Complementary items from other categories (every category when the catalogue has one). */
    COMPLETE_THE_LOOK,
    /** Items of any category bought with the item. */
    BOUGHT_TOGETHER,
    /** Same-category alternatives. */
    SIMILAR;

    /** The list's name in the API and in merchandising rules (complete-the-look, bought-together, similar). */
    public String apiName() {
        return switch (this) {
            case COMPLETE_THE_LOOK -> "complete-the-look";
            case BOUGHT_TOGETHER -> "bought-together";
            case SIMILAR -> "similar";
        };
    }
}

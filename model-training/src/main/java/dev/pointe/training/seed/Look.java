package dev.pointe.training.seed;

import dev.pointe.training.catalog.Product;

import java.util.List;

/**
 * The latent outfit themes ("looks") the seed shoppers shop along.
 *
 * <p>A product belongs to a look when its style tags contain the look's {@link #tag()}; a product can
 * belong to several looks. The look's {@link #outfit() outfit} lists the catalogue categories a
 * complete look is put together from, each with the probability (0..1) that a shopper going for the
 * look shops that category in a session. {@link #prevalence()} is the share (0..1, summing to 1 over
 * all looks) of shoppers whose main look this is.
 */
public enum Look {

    /** Leotard or wrap top, tulle skirt, tights or leg warmers, ballet flats and a hair bow. */
    BACKSTAGE_BALLERINA("backstage ballerina", "balletcore", 0.28,
            List.of("blush", "ballet-pink", "cream", "black", "white"),
            List.of(new Part("tops", 0.95), new Part("shoes", 0.90), new Part("hosiery", 0.85),
                    new Part("skirts", 0.75), new Part("accessories", 0.70), new Part("activewear", 0.20),
                    new Part("dresses", 0.15))),

    /** Sportswear sets, leggings, grip socks, resistance bands, Pilates ball and light weights. */
    BARRE_PILATES("barre / Pilates class", "barre", 0.24,
            List.of("black", "grey", "sage", "lavender", "navy", "blush"),
            List.of(new Part("activewear", 0.95), new Part("leggings", 0.90), new Part("studio-gear", 0.95),
                    new Part("hosiery", 0.45), new Part("tops", 0.40), new Part("shoes", 0.25),
                    new Part("outerwear", 0.15))),

    /** Tailored blazer or cropped suit jacket over a tulle skirt or leggings, ballerinas and bows. */
    KPOP_STAGE("K-pop stage", "kpop", 0.16,
            List.of("black", "white", "silver", "lavender", "ballet-pink"),
            List.of(new Part("outerwear", 0.90), new Part("shoes", 0.85), new Part("skirts", 0.80),
                    new Part("accessories", 0.75), new Part("leggings", 0.50), new Part("tops", 0.45),
                    new Part("hosiery", 0.40))),

    /** Premium flats, silk and satin pieces from the luxury brands, pearl earrings. */
    LUXURY_BALLERINA("luxury ballerina", "luxury", 0.12,
            List.of("ivory", "cream", "blush", "black", "burgundy", "silver"),
            List.of(new Part("shoes", 0.95), new Part("accessories", 0.85), new Part("tops", 0.60),
                    new Part("dresses", 0.55), new Part("skirts", 0.50), new Part("hosiery", 0.45),
                    new Part("outerwear", 0.35))),

    /** Soft knits, bodysuits, Mary Janes, knee-highs, bows and ribbons for every day. */
    EVERYDAY_COQUETTE("everyday coquette", "coquette", 0.20,
            List.of("blush", "ballet-pink", "cream", "white", "burgundy", "lavender"),
            List.of(new Part("tops", 0.85), new Part("accessories", 0.85), new Part("shoes", 0.75),
                    new Part("hosiery", 0.60), new Part("skirts", 0.55), new Part("dresses", 0.50),
                    new Part("outerwear", 0.25)));

    /**
     * One category of a look's outfit.
     *
     * @param category    catalogue category, as in {@link Product#category()}
     * @param probability chance (0..1) that a session going for the look shops this category
     */
    public record Part(String category, double probability) {
    }

    private final String displayName;
    private final String tag;
    private final double prevalence;
    private final List<String> palette;
    private final List<Part> outfit;

    Look(String displayName, String tag, double prevalence, List<String> palette, List<Part> outfit) {
        this.displayName = displayName;
        this.tag = tag;
        this.prevalence = prevalence;
        this.palette = palette;
        this.outfit = outfit;
    }

    /** Human-readable name, e.g. "backstage ballerina". */
    public String displayName() {
        return displayName;
    }

    /** The style tag that marks a product as part of this look. */
    public String tag() {
        return tag;
    }

    /** Share (0..1) of shoppers whose main look this is. */
    public double prevalence() {
        return prevalence;
    }

    /** The look's colours, lower case, most typical first. */
    public List<String> palette() {
        return palette;
    }

    /** The categories a complete look is put together from, most essential first. */
    public List<Part> outfit() {
        return outfit;
    }

    /** Whether {@code product} carries this look's tag. */
    public boolean includes(Product product) {
        return product.styleTags().contains(tag);
    }
}

package dev.pointe.training.seed;

import dev.pointe.training.catalog.Product;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import static dev.pointe.training.seed.Look.BACKSTAGE_BALLERINA;
import static dev.pointe.training.seed.Look.BARRE_PILATES;
import static dev.pointe.training.seed.Look.EVERYDAY_COQUETTE;
import static dev.pointe.training.seed.Look.KPOP_STAGE;
import static dev.pointe.training.seed.Look.LUXURY_BALLERINA;

/**
 * The balletcore demo catalogue: 340 invented products in 10 categories from 12 invented brands.
 *
 * <p>The catalogue is a pure function of the seed. Each product carries the {@link Look#tag() tag}
 * of every look it belongs to: looks come from the item kind (a leotard is backstage ballerina),
 * from luxury brands (luxury ballerina) and from brands with a signature look (K-pop stage, barre).
 * Prices are in the shop's currency with two decimals; stock is 0 (out of stock) for about 7% of
 * products and 5..120 units otherwise.
 */
public final class SeedCatalogue {

    /** The seed of the committed sample catalogue. */
    public static final long DEFAULT_SEED = 42L;

    /** The colour palette every product colour comes from; lower case. */
    public static final List<String> COLOURS = List.of("blush", "cream", "black", "lavender", "ivory",
            "ballet-pink", "grey", "navy", "burgundy", "silver", "white", "sage");

    /** The materials every product material comes from; lower case. */
    public static final List<String> MATERIALS = List.of("tulle", "satin", "mesh", "knit", "cotton", "lycra",
            "silk", "leather", "lace", "cashmere", "nylon", "rubber", "wool", "chiffon");

    /** The style tags, in the order products list them; lower case. */
    public static final List<String> STYLE_TAGS = List.of("balletcore", "barre", "pilates", "coquette", "stage",
            "kpop", "luxury", "everyday", "streetwear", "minimalist");

    private static final Set<String> LUXE_MATERIALS = Set.of("silk", "satin", "cashmere", "leather", "wool", "lace");
    private static final Set<String> PREMIUM_MATERIALS = Set.of("silk", "cashmere");

    private enum Tier { LUXURY, MID, BUDGET }

    /** What a brand makes: dancewear, fashion, or sport and studio equipment. */
    private enum Line { DANCE, FASHION, SPORT }

    private record Category(String name, String slot, String skuPrefix) { }

    /** A brand; {@code signature} is a look it adds to all its products, or null. */
    private record Brand(String name, Tier tier, Set<Line> lines, Look signature) { }

    /**
     * One kind of item, e.g. ballet flats.
     *
     * @param variants     how many products of this kind the catalogue holds
     * @param materials    candidates for the main material (mentioned in the title unless the noun has it)
     * @param trims        candidates for a secondary material
     * @param modifiers    title modifiers, "" (none) among them
     * @param basePrice    typical mid-tier price
     * @param luxuryShare  fraction of the variants made by luxury brands
     */
    private record Kind(Category category, String noun, Line line, int variants, List<String> materials,
                        List<String> trims, List<String> colours, List<String> modifiers, List<Look> looks,
                        List<String> extraTags, double basePrice, double luxuryShare) { }

    private static final Category SHOES = new Category("shoes", "shoes", "SHO");
    private static final Category HOSIERY = new Category("hosiery", "hosiery", "HOS");
    private static final Category SKIRTS = new Category("skirts", "bottoms", "SKI");
    private static final Category LEGGINGS = new Category("leggings", "bottoms", "LEG");
    private static final Category TOPS = new Category("tops", "tops", "TOP");
    private static final Category DRESSES = new Category("dresses", "dresses", "DRE");
    private static final Category OUTERWEAR = new Category("outerwear", "outerwear", "OUT");
    private static final Category ACCESSORIES = new Category("accessories", "accessories", "ACC");
    private static final Category ACTIVEWEAR = new Category("activewear", "activewear", "ACT");
    private static final Category STUDIO_GEAR = new Category("studio-gear", "equipment", "STU");

    private static final List<Brand> BRANDS = List.of(
            new Brand("Maison Plié", Tier.LUXURY, Set.of(Line.DANCE, Line.FASHION), LUXURY_BALLERINA),
            new Brand("Atelier Fouetté", Tier.LUXURY, Set.of(Line.DANCE, Line.FASHION), LUXURY_BALLERINA),
            new Brand("Odette Paris", Tier.LUXURY, Set.of(Line.FASHION), LUXURY_BALLERINA),
            new Brand("Arabesque & Co", Tier.MID, Set.of(Line.DANCE, Line.FASHION), null),
            new Brand("Pas de Deux", Tier.MID, Set.of(Line.FASHION), null),
            new Brand("Studio Relevé", Tier.MID, Set.of(Line.DANCE, Line.SPORT), null),
            new Brand("Barre Nine", Tier.MID, Set.of(Line.SPORT), BARRE_PILATES),
            new Brand("Seoul Stage Lab", Tier.MID, Set.of(Line.DANCE, Line.FASHION), KPOP_STAGE),
            new Brand("Chassé Active", Tier.BUDGET, Set.of(Line.SPORT), null),
            new Brand("Petite Jeté", Tier.BUDGET, Set.of(Line.DANCE, Line.FASHION), null),
            new Brand("Tendu Basics", Tier.BUDGET, Set.of(Line.DANCE, Line.SPORT), null),
            new Brand("Ribbon & Rosin", Tier.BUDGET, Set.of(Line.DANCE), null));

    private static final List<Kind> KINDS = List.of(
            kind(SHOES, "Ballet Flats", Line.DANCE, 12, w("satin leather mesh"), w(""),
                    w("blush ballet-pink black cream ivory burgundy silver"),
                    w("Bow-Front Square-Toe Ribbon-Tie Pointed"),
                    List.of(BACKSTAGE_BALLERINA, EVERYDAY_COQUETTE), w("everyday"), 55, 0.40),
            kind(SHOES, "Mary Janes", Line.FASHION, 9, w("leather satin"), w(""),
                    w("black burgundy cream blush white"), w("Buckle Platform Low-Heel"),
                    List.of(EVERYDAY_COQUETTE, KPOP_STAGE), w("everyday"), 65, 0.25),
            kind(SHOES, "Satin Ballerinas", Line.DANCE, 9, w("satin"), w("leather"),
                    w("ballet-pink blush ivory black silver"), w("Ribbon-Tie Split-Sole Crossover"),
                    List.of(BACKSTAGE_BALLERINA, KPOP_STAGE), w("stage"), 60, 0.45),
            kind(SHOES, "Pointe-Inspired Flats", Line.DANCE, 7, w("satin leather"), w(""),
                    w("ballet-pink blush cream black"), w("Square-Toe Ribbon-Wrap"),
                    List.of(BACKSTAGE_BALLERINA, KPOP_STAGE), w("stage"), 75, 0.15),
            kind(SHOES, "Lace-Up Ballet Sneakers", Line.SPORT, 8, w("mesh leather knit"), w("rubber"),
                    w("white black blush grey sage lavender"), w("Low-Top Chunky"),
                    List.of(BARRE_PILATES, KPOP_STAGE), w("streetwear"), 80, 0),

            kind(HOSIERY, "Sheer Tights", Line.DANCE, 10, w("nylon lycra"), w(""),
                    w("blush ballet-pink black ivory cream white"),
                    w("Footless Convertible Back-Seam Matte"),
                    List.of(BACKSTAGE_BALLERINA, KPOP_STAGE, EVERYDAY_COQUETTE), w("stage"), 16, 0.20),
            kind(HOSIERY, "Leg Warmers", Line.DANCE, 10, w("knit wool cashmere"), w(""),
                    w("blush grey cream black lavender ballet-pink sage"),
                    w("Ribbed Cable Stirrup"), List.of(BACKSTAGE_BALLERINA, BARRE_PILATES), w(""), 24, 0.20),
            kind(HOSIERY, "Ribbed Socks", Line.FASHION, 6, w("cotton"), w(""),
                    w("white cream blush grey sage"), w("Lace-Trim Frill"),
                    List.of(EVERYDAY_COQUETTE, BARRE_PILATES), w("everyday"), 9, 0),
            kind(HOSIERY, "Knee-Highs", Line.FASHION, 6, w("cotton nylon"), w(""),
                    w("white cream black navy burgundy"), w("Bow-Trim Lace-Trim Ribbed"),
                    List.of(EVERYDAY_COQUETTE, KPOP_STAGE), w(""), 13, 0),

            kind(SKIRTS, "Tulle Skirt", Line.DANCE, 11, w("tulle"), w("satin"),
                    w("blush ballet-pink black ivory lavender white"),
                    w("Layered Midi Wrap Mini"), List.of(BACKSTAGE_BALLERINA, KPOP_STAGE), w("stage"), 48, 0.20),
            kind(SKIRTS, "Wrap Skirt", Line.DANCE, 6, w("chiffon knit"), w(""),
                    w("black blush grey lavender ballet-pink"), w("Tie-Waist Asymmetric"),
                    List.of(BACKSTAGE_BALLERINA, BARRE_PILATES), w(""), 36, 0),
            kind(SKIRTS, "Pleated Mini Skirt", Line.FASHION, 7, w("wool cotton satin"), w(""),
                    w("navy black cream grey burgundy white"), w("Tennis Low-Rise Bow-Trim"),
                    List.of(EVERYDAY_COQUETTE, KPOP_STAGE), w("everyday"), 44, 0.10),
            kind(SKIRTS, "Midi Skirt", Line.FASHION, 6, w("satin silk"), w(""),
                    w("ivory blush cream black burgundy sage"), w("Bias-Cut Slip"),
                    List.of(EVERYDAY_COQUETTE), w("minimalist"), 70, 0.50),

            kind(LEGGINGS, "Leggings", Line.SPORT, 10, w("lycra nylon cotton"), w(""),
                    w("black grey navy sage lavender blush"),
                    w("High-Rise Ribbed Stirrup Cropped"),
                    List.of(BARRE_PILATES, KPOP_STAGE), w("pilates everyday"), 42, 0),
            kind(LEGGINGS, "Bike Shorts", Line.SPORT, 6, w("lycra nylon"), w(""),
                    w("black grey sage lavender navy"), w("High-Rise Ribbed"),
                    List.of(BARRE_PILATES), w("streetwear"), 30, 0),
            kind(LEGGINGS, "Flared Yoga Pants", Line.SPORT, 6, w("lycra cotton"), w(""),
                    w("black grey navy sage"), w("High-Rise Split-Hem"),
                    List.of(BARRE_PILATES), w("pilates"), 54, 0),

            kind(TOPS, "Wrap Top", Line.DANCE, 9, w("knit mesh cotton"), w(""),
                    w("blush black cream grey lavender ballet-pink"),
                    w("Long-Sleeve Cropped Ribbed"), List.of(BACKSTAGE_BALLERINA, BARRE_PILATES), w(""), 38, 0.10),
            kind(TOPS, "Leotard", Line.DANCE, 10, w("lycra mesh lace cotton"), w(""),
                    w("black ballet-pink blush navy burgundy lavender white"),
                    w("Camisole Long-Sleeve Open-Back Tank"), List.of(BACKSTAGE_BALLERINA), w("stage"), 46, 0.10),
            kind(TOPS, "Bodysuit", Line.FASHION, 8, w("lycra lace mesh"), w(""),
                    w("black white cream blush silver"), w("Square-Neck Long-Sleeve Corset"),
                    List.of(KPOP_STAGE, EVERYDAY_COQUETTE), w("stage"), 42, 0.10),
            kind(TOPS, "Knit Shrug", Line.DANCE, 7, w("knit cashmere wool"), w(""),
                    w("blush cream grey lavender ballet-pink black"), w("Wrap Cropped Ballet"),
                    List.of(BACKSTAGE_BALLERINA, EVERYDAY_COQUETTE), w(""), 42, 0.15),
            kind(TOPS, "Cardigan", Line.FASHION, 7, w("cashmere knit wool"), w(""),
                    w("cream grey blush navy burgundy ivory"), w("Cropped Bow-Front Pearl-Button"),
                    List.of(EVERYDAY_COQUETTE), w("everyday"), 68, 0.35),
            kind(TOPS, "Ballet-Neck Tee", Line.FASHION, 7, w("cotton"), w(""),
                    w("white black grey cream blush navy"), w("Long-Sleeve Cropped"),
                    List.of(EVERYDAY_COQUETTE), w("everyday minimalist"), 26, 0),
            kind(TOPS, "Cami", Line.FASHION, 8, w("satin silk"), w(""),
                    w("ivory blush black cream lavender burgundy"), w("Lace-Trim Cowl-Neck"),
                    List.of(EVERYDAY_COQUETTE), w("minimalist"), 45, 0.40),

            kind(DRESSES, "Slip Dress", Line.FASHION, 9, w("silk satin"), w(""),
                    w("ivory black blush burgundy cream sage"), w("Bias-Cut Lace-Trim Midi"),
                    List.of(EVERYDAY_COQUETTE), w("minimalist"), 95, 0.50),
            kind(DRESSES, "Tutu Dress", Line.DANCE, 7, w("tulle mesh"), w("satin"),
                    w("blush ballet-pink ivory black white lavender"), w("Corset Tiered"),
                    List.of(BACKSTAGE_BALLERINA, KPOP_STAGE), w("stage"), 88, 0.15),
            kind(DRESSES, "Wrap Dress", Line.FASHION, 8, w("chiffon knit cotton"), w(""),
                    w("blush navy black cream lavender sage"), w("Midi Puff-Sleeve"),
                    List.of(EVERYDAY_COQUETTE), w("everyday"), 78, 0.20),

            kind(OUTERWEAR, "Tailored Blazer", Line.FASHION, 8, w("wool"), w("satin"),
                    w("black navy cream grey burgundy ivory"),
                    w("Oversized Double-Breasted Cropped"), List.of(KPOP_STAGE), w("minimalist"), 140, 0.35),
            kind(OUTERWEAR, "Cropped Suit Jacket", Line.FASHION, 7, w("wool satin"), w(""),
                    w("black white silver navy ballet-pink"), w("Boxy Belted"),
                    List.of(KPOP_STAGE), w("stage streetwear"), 120, 0.10),
            kind(OUTERWEAR, "Trench Coat", Line.FASHION, 6, w("cotton"), w(""),
                    w("cream ivory black navy"), w("Belted Cropped Double-Breasted"),
                    List.of(EVERYDAY_COQUETTE), w("everyday minimalist"), 165, 0.50),
            kind(OUTERWEAR, "Puffer Jacket", Line.SPORT, 5, w("nylon"), w(""),
                    w("black sage lavender cream grey"), w("Cropped Quilted"),
                    List.of(BARRE_PILATES), w("streetwear"), 110, 0),

            kind(ACCESSORIES, "Hair Bow", Line.DANCE, 10, w("satin chiffon tulle silk"), w(""),
                    w("blush ballet-pink black ivory burgundy white lavender"),
                    w("Oversized Clip Double-Loop Long-Tail"),
                    List.of(BACKSTAGE_BALLERINA, KPOP_STAGE, EVERYDAY_COQUETTE), w(""), 12, 0.15),
            kind(ACCESSORIES, "Satin Hair Ribbons", Line.DANCE, 6, w("satin"), w(""),
                    w("blush ballet-pink ivory black lavender burgundy"), w("Wide Skinny Long"),
                    List.of(BACKSTAGE_BALLERINA, EVERYDAY_COQUETTE), w(""), 9, 0),
            kind(ACCESSORIES, "Ballet Bun Scrunchie", Line.DANCE, 7, w("satin silk chiffon"), w(""),
                    w("blush black grey lavender sage ballet-pink"), w("Oversized Mini"),
                    List.of(BACKSTAGE_BALLERINA, BARRE_PILATES), w(""), 10, 0.10),
            kind(ACCESSORIES, "Shoulder Bag", Line.FASHION, 7, w("leather satin"), w(""),
                    w("black cream blush burgundy ivory"), w("Quilted Bow-Strap Baguette"),
                    List.of(EVERYDAY_COQUETTE), w("everyday"), 98, 0.50),
            kind(ACCESSORIES, "Mini Bag", Line.FASHION, 7, w("leather satin"), w(""),
                    w("black silver blush white ballet-pink"), w("Chain-Strap Quilted Bow"),
                    List.of(KPOP_STAGE, EVERYDAY_COQUETTE), w("streetwear"), 85, 0.45),
            kind(ACCESSORIES, "Pearl Earrings", Line.FASHION, 7, w(""), w(""),
                    w("ivory cream white silver"), w("Drop Stud Bow-Drop Baroque"),
                    List.of(EVERYDAY_COQUETTE), w("minimalist"), 40, 0.70),

            kind(ACTIVEWEAR, "Sports Bra", Line.SPORT, 8, w("lycra mesh nylon"), w(""),
                    w("black sage lavender blush grey navy"), w("Cross-Back Longline Square-Neck"),
                    List.of(BARRE_PILATES), w("pilates"), 36, 0),
            kind(ACTIVEWEAR, "Sportswear Set", Line.SPORT, 8, w("lycra knit nylon"), w(""),
                    w("sage black lavender grey blush navy"), w("Ribbed Seamless Wrap-Front"),
                    List.of(BARRE_PILATES), w("pilates streetwear"), 82, 0),
            kind(ACTIVEWEAR, "Unitard", Line.SPORT, 6, w("lycra mesh"), w(""),
                    w("black navy burgundy ballet-pink"), w("Long-Sleeve Open-Back"),
                    List.of(BARRE_PILATES, BACKSTAGE_BALLERINA), w("stage"), 62, 0),
            kind(ACTIVEWEAR, "Warm-Up Wrap", Line.DANCE, 6, w("knit wool"), w(""),
                    w("grey black blush cream lavender"), w("Cropped Long-Sleeve"),
                    List.of(BACKSTAGE_BALLERINA, BARRE_PILATES), w(""), 50, 0),

            kind(STUDIO_GEAR, "Grip Socks", Line.SPORT, 9, w("cotton"), w("rubber"),
                    w("blush black grey white lavender sage"), w("Toeless Ballet Ankle"),
                    List.of(BARRE_PILATES), w("pilates"), 14, 0),
            kind(STUDIO_GEAR, "Resistance Bands", Line.SPORT, 6, w("rubber knit"), w(""),
                    w("lavender sage blush black grey"), w("Fabric-Loop Long Mini"),
                    List.of(BARRE_PILATES), w("pilates"), 19, 0),
            kind(STUDIO_GEAR, "Pilates Ball", Line.SPORT, 6, w("rubber"), w(""),
                    w("lavender sage blush grey silver"), w("Mini Soft"),
                    List.of(BARRE_PILATES), w("pilates"), 18, 0),
            kind(STUDIO_GEAR, "Light Dumbbells", Line.SPORT, 6, w("rubber"), w(""),
                    w("blush lavender sage black grey"), w("Soft-Grip Hex"),
                    List.of(BARRE_PILATES), w("pilates"), 30, 0),
            kind(STUDIO_GEAR, "Yoga Mat", Line.SPORT, 6, w("rubber cotton"), w(""),
                    w("sage lavender black blush grey navy"), w("Extra-Thick Travel Alignment"),
                    List.of(BARRE_PILATES), w("pilates minimalist"), 48, 0));

    private SeedCatalogue() {
    }

    /** The catalogue for {@link #DEFAULT_SEED}, sorted by sku. */
    public static List<Product> build() {
        return build(DEFAULT_SEED);
    }

    /**
     * The catalogue for a seed, sorted by sku. The item kinds, category sizes and brands are fixed;
     * the seed picks brands, colours, materials, title modifiers, prices and stock.
     */
    public static List<Product> build(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Product> products = new ArrayList<>();
        Set<String> titles = new HashSet<>();
        List<Category> categories = KINDS.stream().map(Kind::category).distinct().toList();
        for (Category category : categories) {
            int number = 0;
            for (Kind kind : KINDS) {
                if (kind.category() != category) continue;
                boolean[] luxury = luxurySlots(kind, rng);
                for (int v = 0; v < kind.variants(); v++) {
                    String sku = "PT-%s-%04d".formatted(category.skuPrefix(), ++number);
                    products.add(product(sku, kind, luxury[v], rng, titles));
                }
            }
        }
        products.sort(Comparator.comparing(Product::sku));
        return List.copyOf(products);
    }

    /** Which variants of the kind come from luxury brands: a fixed count at random positions. */
    private static boolean[] luxurySlots(Kind kind, SplittableRandom rng) {
        boolean[] slots = new boolean[kind.variants()];
        int count = (int) Math.round(kind.variants() * kind.luxuryShare());
        for (int i = 0; i < count; i++) slots[i] = true;
        for (int i = slots.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            boolean swap = slots[i];
            slots[i] = slots[j];
            slots[j] = swap;
        }
        return slots;
    }

    private static Product product(String sku, Kind kind, boolean luxury, SplittableRandom rng, Set<String> titles) {
        Brand brand = pickBrand(kind.line(), luxury, rng);
        String colour;
        String material;
        String modifier;
        String title;
        // Re-draw until the title is unused, so shoppers can tell products apart; the kinds have
        // enough colour x material x modifier combinations that a few draws always suffice.
        int attempts = 0;
        do {
            colour = pick(kind.colours(), rng);
            material = pickMaterial(kind.materials(), brand.tier(), rng);
            modifier = pick(kind.modifiers(), rng);
            title = title(colour, material, modifier, kind.noun());
        } while (!titles.add(title) && ++attempts < 50);

        List<String> colours = new ArrayList<>(List.of(colour));
        if (rng.nextDouble() < 0.2) {
            String second = pick(kind.colours(), rng);
            if (!second.equals(colour)) colours.add(second);
        }
        List<String> materials = new ArrayList<>();
        if (material != null) materials.add(material);
        if (modifier.contains("Lace") && !materials.contains("lace")) materials.add("lace");
        if (!kind.trims().isEmpty() && rng.nextDouble() < 0.5) {
            String trim = pick(kind.trims(), rng);
            if (!materials.contains(trim)) materials.add(trim);
        }

        Set<String> tags = new LinkedHashSet<>();
        kind.looks().forEach(look -> tags.add(look.tag()));
        if (brand.signature() != null) tags.add(brand.signature().tag());
        tags.addAll(kind.extraTags());
        List<String> styleTags = STYLE_TAGS.stream().filter(tags::contains).toList();

        return new Product(sku, title, kind.category().name(), kind.category().slot(), brand.name(),
                price(kind.basePrice(), brand.tier(), rng), colours, materials, styleTags, stock(rng),
                "/images/" + sku + ".svg");
    }

    private static Brand pickBrand(Line line, boolean luxury, SplittableRandom rng) {
        List<Brand> eligible = BRANDS.stream()
                .filter(b -> b.lines().contains(line) && (b.tier() == Tier.LUXURY) == luxury)
                .toList();
        return pick(eligible, rng);
    }

    /** Luxury brands favour luxe materials; budget brands avoid silk and cashmere. */
    private static String pickMaterial(List<String> materials, Tier tier, SplittableRandom rng) {
        if (materials.isEmpty()) return null;
        List<String> fitting = materials.stream()
                .filter(m -> switch (tier) {
                    case LUXURY -> LUXE_MATERIALS.contains(m);
                    case MID -> true;
                    case BUDGET -> !PREMIUM_MATERIALS.contains(m);
                })
                .toList();
        return pick(fitting.isEmpty() ? materials : fitting, rng);
    }

    /** Colour, modifier, material, noun: "Blush Bow-Front Satin Ballet Flats". */
    private static String title(String colour, String material, String modifier, String noun) {
        StringBuilder title = new StringBuilder(label(colour));
        if (!modifier.isEmpty()) title.append(' ').append(modifier);
        if (material != null && !noun.toLowerCase(Locale.ROOT).contains(material)) {
            title.append(' ').append(label(material));
        }
        return title.append(' ').append(noun).toString();
    }

    /** "ballet-pink" becomes "Ballet Pink". */
    private static String label(String word) {
        StringBuilder label = new StringBuilder();
        for (String part : word.split("-")) {
            if (!label.isEmpty()) label.append(' ');
            label.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return label.toString();
    }

    /** Luxury prices are whole numbers ending in 0 or 5; the others end in .95. */
    private static double price(double base, Tier tier, SplittableRandom rng) {
        double jitter = 0.85 + 0.35 * rng.nextDouble();
        return switch (tier) {
            case LUXURY -> 5 * Math.round(base * (2.6 + 0.8 * rng.nextDouble()) * jitter / 5);
            case MID -> Math.max(1, Math.round(base * (1.0 + 0.3 * rng.nextDouble()) * jitter)) - 0.05;
            case BUDGET -> Math.max(1, Math.round(base * (0.55 + 0.25 * rng.nextDouble()) * jitter)) - 0.05;
        };
    }

    /** About 7% out of stock; otherwise 5..120 units, skewed towards smaller counts. */
    private static int stock(SplittableRandom rng) {
        if (rng.nextDouble() < 0.07) return 0;
        return 5 + (int) Math.floor(116 * Math.pow(rng.nextDouble(), 1.5));
    }

    private static <T> T pick(List<T> options, SplittableRandom rng) {
        return options.get(rng.nextInt(options.size()));
    }

    /** A kind whose title modifiers are optional: every kind also has unmodified titles. */
    private static Kind kind(Category category, String noun, Line line, int variants, List<String> materials,
                             List<String> trims, List<String> colours, List<String> modifiers, List<Look> looks,
                             List<String> extraTags, double basePrice, double luxuryShare) {
        List<String> withNone = new ArrayList<>(List.of(""));
        withNone.addAll(modifiers);
        return new Kind(category, noun, line, variants, materials, trims, colours, List.copyOf(withNone), looks,
                extraTags, basePrice, luxuryShare);
    }

    /** The space-separated words of {@code text}; none for a blank text. */
    private static List<String> w(String text) {
        return text.isBlank() ? List.of() : List.of(text.split(" "));
    }
}

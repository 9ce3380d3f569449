package dev.pointe.training.seed;

import dev.pointe.training.catalog.Product;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

class SeedCatalogueTest {

    private static final List<Product> CATALOGUE = SeedCatalogue.build();

    @Test
    void hasThreeHundredFortyProductsInTenCategories() {
        Map<String, Long> perCategory = CATALOGUE.stream()
                .collect(Collectors.groupingBy(Product::category, TreeMap::new, Collectors.counting()));

        assertThat(CATALOGUE).hasSize(340);
        assertThat(perCategory).containsExactly(
                Map.entry("accessories", 44L), Map.entry("activewear", 28L), Map.entry("dresses", 24L),
                Map.entry("hosiery", 32L), Map.entry("leggings", 22L), Map.entry("outerwear", 26L),
                Map.entry("shoes", 45L), Map.entry("skirts", 30L), Map.entry("studio-gear", 33L),
                Map.entry("tops", 56L));
    }

    @Test
    void firstProductIsStableForTheDefaultSeed() {
        assertThat(CATALOGUE.get(0)).isEqualTo(new Product("PT-ACC-0001", "Blush Oversized Tulle Hair Bow",
                "accessories", "accessories", "Tendu Basics", 6.95, List.of("blush"), List.of("tulle"),
                List.of("balletcore", "coquette", "kpop"), 65, "/images/PT-ACC-0001.svg"));
    }

    @Test
    void skusAreUniqueSortedAndNameTheirImage() {
        assertThat(CATALOGUE).extracting(Product::sku)
                .doesNotHaveDuplicates()
                .isSorted()
                .allMatch(sku -> sku.matches("PT-[A-Z]{3}-\\d{4}"));
        assertThat(CATALOGUE).allSatisfy(p -> assertThat(p.imageUrl()).isEqualTo("/images/" + p.sku() + ".svg"));
        assertThat(CATALOGUE).extracting(Product::title).doesNotHaveDuplicates();
    }

    @Test
    void everyItemKindOfTheBriefExists() {
        List<String> titles = CATALOGUE.stream().map(Product::title).toList();

        for (String kind : List.of("Ballet Flats", "Mary Janes", "Satin Ballerinas", "Pointe-Inspired Flats",
                "Lace-Up Ballet Sneakers", "Tights", "Leg Warmers", "Ribbed Socks", "Knee-Highs", "Tulle Skirt",
                "Wrap Skirt", "Pleated Mini Skirt", "Satin Midi Skirt", "Leggings", "Bike Shorts",
                "Flared Yoga Pants", "Wrap Top", "Leotard", "Bodysuit", "Shrug", "Cardigan", "Ballet-Neck Tee",
                "Satin Cami", "Slip Dress", "Tutu Dress", "Wrap Dress", "Tailored Blazer", "Cropped Suit Jacket",
                "Trench Coat", "Puffer Jacket", "Hair Bow", "Satin Hair Ribbons", "Ballet Bun Scrunchie",
                "Shoulder Bag", "Mini Bag", "Pearl Earrings", "Sports Bra", "Sportswear Set", "Unitard",
                "Warm-Up Wrap", "Grip Socks", "Resistance Bands", "Pilates Ball", "Light Dumbbells", "Yoga Mat")) {
            assertThat(titles).as(kind).anyMatch(title -> title.contains(kind));
        }
    }

    @Test
    void slotsFollowCategories() {
        Map<String, String> slots = new TreeMap<>();
        CATALOGUE.forEach(p -> slots.put(p.category(), p.slot()));

        assertThat(slots).containsExactly(
                Map.entry("accessories", "accessories"), Map.entry("activewear", "activewear"),
                Map.entry("dresses", "dresses"), Map.entry("hosiery", "hosiery"), Map.entry("leggings", "bottoms"),
                Map.entry("outerwear", "outerwear"), Map.entry("shoes", "shoes"), Map.entry("skirts", "bottoms"),
                Map.entry("studio-gear", "equipment"), Map.entry("tops", "tops"));
        assertThat(CATALOGUE).allSatisfy(p -> assertThat(slots.get(p.category())).isEqualTo(p.slot()));
    }

    @Test
    void attributesComeFromTheVocabularies() {
        assertThat(CATALOGUE).allSatisfy(p -> {
            assertThat(p.colours()).isNotEmpty().isSubsetOf(SeedCatalogue.COLOURS);
            assertThat(p.materials()).isSubsetOf(SeedCatalogue.MATERIALS);
            assertThat(p.styleTags()).isNotEmpty().isSubsetOf(SeedCatalogue.STYLE_TAGS);
        });
        assertThat(CATALOGUE).extracting(Product::brand).doesNotContain("");
        assertThat(CATALOGUE.stream().map(Product::brand).distinct()).hasSize(12);
    }

    @Test
    void pricesArePositiveWithTwoDecimalsAndLuxuryCostsMore() {
        assertThat(CATALOGUE).allSatisfy(p -> {
            assertThat(p.price()).isPositive();
            assertThat(p.price() * 100).isCloseTo(Math.rint(p.price() * 100), offset(1e-6));
        });
        double luxuryShoes = meanPrice("shoes", true);
        double otherShoes = meanPrice("shoes", false);
        assertThat(luxuryShoes).isGreaterThan(2 * otherShoes);
    }

    @Test
    void mostProductsAreInStockAndSomeAreSoldOut() {
        long soldOut = CATALOGUE.stream().filter(p -> p.stock() == 0).count();

        assertThat(soldOut).isBetween(10L, 40L);
        assertThat(CATALOGUE).allSatisfy(p -> assertThat(p.stock()).satisfiesAnyOf(
                stock -> assertThat(stock).isZero(), stock -> assertThat(stock).isBetween(5, 120)));
    }

    @Test
    void everyLookHasProductsInEachOfItsOutfitCategories() {
        for (Look look : Look.values()) {
            for (Look.Part part : look.outfit()) {
                assertThat(CATALOGUE)
                        .as("%s %s", look, part.category())
                        .anyMatch(p -> look.includes(p) && p.category().equals(part.category()) && p.stock() != 0);
            }
        }
    }

    @Test
    void looksAreEncodedInTheTags() {
        assertThat(titled("Leotard")).allSatisfy(p -> assertThat(p.styleTags()).contains("balletcore"));
        assertThat(titled("Grip Socks")).allSatisfy(p -> assertThat(p.styleTags()).contains("barre", "pilates"));
        assertThat(titled("Tailored Blazer")).allSatisfy(p -> assertThat(p.styleTags()).contains("kpop"));
        assertThat(titled("Pearl Earrings")).anySatisfy(p -> assertThat(p.styleTags()).contains("luxury"));
        assertThat(titled("Grip Socks")).allSatisfy(p -> assertThat(p.styleTags()).doesNotContain("balletcore"));
    }

    @Test
    void isDeterministic() {
        assertThat(SeedCatalogue.build()).isEqualTo(CATALOGUE);
        assertThat(SeedCatalogue.build(SeedCatalogue.DEFAULT_SEED)).isEqualTo(CATALOGUE);
        assertThat(SeedCatalogue.build(7)).isNotEqualTo(CATALOGUE).hasSameSizeAs(CATALOGUE);
    }

    private static List<Product> titled(String kind) {
        List<Product> products = CATALOGUE.stream().filter(p -> p.title().contains(kind)).toList();
        assertThat(products).as(kind).isNotEmpty();
        return products;
    }

    private static double meanPrice(String category, boolean luxury) {
        return CATALOGUE.stream()
                .filter(p -> p.category().equals(category) && p.styleTags().contains("luxury") == luxury)
                .mapToDouble(Product::price)
                .average()
                .orElseThrow();
    }
}

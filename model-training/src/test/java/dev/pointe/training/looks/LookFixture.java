package dev.pointe.training.looks;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.catalog.Product;
import dev.pointe.training.events.Baskets;
import dev.pointe.training.similarity.CooccurrenceConfig;
import dev.pointe.training.similarity.Measures;

import java.util.List;

/**
 * A tiny ballet-wear shop. Ids (sku order): bag-1=0, shoe-1=1, shoe-2=2, shoe-3=3 (cold: no events),
 * skirt-1=4, skirt-2=5, tights-1=6, tights-2=7. Categories: bags=0, shoes=1, skirts=2, tights=3.
 *
 * <p>30 baskets: shoe-1 + tights-1 ×6, shoe-1 + skirt-1 ×1, shoe-2 + tights-2 ×3, skirt-2 + tights-2 ×2,
 * shoe-1 + shoe-2 ×2, bag-1 alone ×16.
 */
final class LookFixture {

    static final int BAG_1 = 0;
    static final int SHOE_1 = 1;
    static final int SHOE_2 = 2;
    static final int SHOE_3 = 3;
    static final int SKIRT_1 = 4;
    static final int SKIRT_2 = 5;
    static final int TIGHTS_1 = 6;
    static final int TIGHTS_2 = 7;

    static final int SHOES = 1;
    static final int TIGHTS = 3;

    static final CooccurrenceConfig COOCCURRENCE = new CooccurrenceConfig(Measures.CONFIDENCE, 50, 1, 500, 1000, 42, 1);

    private LookFixture() {
    }

    private static Product product(String sku, String category, List<String> colours, List<String> materials,
                                   List<String> tags) {
        return new Product(sku, sku, category, "", "", 10, colours, materials, tags, 5, "");
    }

    static Catalog catalog() {
        return Catalog.of(List.of(
                product("shoe-1", "shoes", List.of("blush"), List.of("satin"), List.of("balletcore")),
                product("shoe-2", "shoes", List.of("black"), List.of("leather"), List.of()),
                product("shoe-3", "shoes", List.of("blush"), List.of(), List.of()),
                product("tights-1", "tights", List.of("blush"), List.of("nylon"), List.of("balletcore")),
                product("tights-2", "tights", List.of("black"), List.of("nylon"), List.of()),
                product("skirt-1", "skirts", List.of("blush"), List.of("tulle"), List.of("balletcore")),
                product("skirt-2", "skirts", List.of("black"), List.of(), List.of()),
                product("bag-1", "bags", List.of(), List.of(), List.of())));
    }

    static Baskets baskets(Catalog catalog) {
        Baskets.Builder b = Baskets.builder(catalog.items());
        int user = 0;
        for (int i = 0; i < 6; i++) b.add(user++, 1000 + user, new int[]{SHOE_1, TIGHTS_1});
        b.add(user++, 1000 + user, new int[]{SHOE_1, SKIRT_1});
        for (int i = 0; i < 3; i++) b.add(user++, 1000 + user, new int[]{SHOE_2, TIGHTS_2});
        for (int i = 0; i < 2; i++) b.add(user++, 1000 + user, new int[]{SKIRT_2, TIGHTS_2});
        for (int i = 0; i < 2; i++) b.add(user++, 1000 + user, new int[]{SHOE_1, SHOE_2});
        for (int i = 0; i < 16; i++) b.add(user++, 1000 + user, new int[]{BAG_1});
        return b.build();
    }

    static LookModel model(LookConfig config) {
        Catalog catalog = catalog();
        return LookModel.learn(baskets(catalog), catalog, COOCCURRENCE, config, n -> { });
    }
}

package dev.pointe.training.evaluation;

import dev.pointe.format.ServedLists;
import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.looks.LookConfig;
import dev.pointe.training.looks.LookModel;
import dev.pointe.training.model.ModelEntry;
import dev.pointe.training.model.ModelLists;
import dev.pointe.training.similarity.CooccurrenceConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pointe as shoppers see it: the lists the trainer publishes (built by {@link ModelLists}, the code that
 * writes the model), turned into answers by {@link ServedLists}, the code the service answers with, with
 * the service's default parameters. The evaluation has no scorer of its own.
 *
 * <p>Which list answers depends on the protocol, as on a shop's pages: complete-the-look for the
 * cross-category protocols, bought-together for next-item, similar items for same-category; for several
 * seeds (a cart) the merged bought-together lists of {@code POST /v1/bought-together} for the rest of a
 * basket, the merged looks of {@code POST /v1/looks} for the cross-category protocols.
 */
public final class PublishedLists implements RecommenderFactory {

    public static final String NAME = "pointe";

    private final CooccurrenceConfig cooccurrence;
    private final LookConfig looks;

    public PublishedLists(CooccurrenceConfig cooccurrence, LookConfig looks) {
        this.cooccurrence = cooccurrence;
        this.looks = looks;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Recommender train(TrainingSet training) {
        return recommender(LookModel.learn(training.baskets(), training.catalog(), cooccurrence, looks, n -> { }), looks,
                training.protocol());
    }

    /** The served answers of the lists built from a learned model, for the protocol's kind of question. */
    public static Recommender recommender(LookModel model, LookConfig looks, Protocol protocol) {
        Catalog catalog = model.catalog();
        ModelLists lists = new ModelLists(model, looks);
        Map<String, List<ModelEntry>> popular = lists.popular();
        boolean categorised = catalog.categories().size() > 1;
        // only the list the protocol asks about is built, once per seed
        Map<Integer, List<ModelEntry>> built = new ConcurrentHashMap<>();
        java.util.function.IntFunction<List<ModelEntry>> storedList = switch (protocol) {
            case NEXT_ITEM, REST_OF_BASKET -> lists::boughtTogether;
            case SAME_CATEGORY -> lists::similar;
            case CROSS_CATEGORY, CROSS_CATEGORY_ALL -> lists::completeTheLook;
        };
        // a cart: POST /v1/bought-together (any category) for the next item, else POST /v1/looks
        boolean cartOfAnyCategory = protocol == Protocol.NEXT_ITEM || protocol == Protocol.REST_OF_BASKET;
        // the service's inStock default without a live catalogue: the model's stock (0 = sold out, -1 unknown)
        java.util.function.Predicate<String> soldOut = sku -> catalog.product(catalog.items().id(sku)).stock() == 0;
        return (seeds, k) -> {
            List<ModelEntry> answer;
            if (seeds.length == 1) {
                String seed = catalog.product(seeds[0]).sku();
                String category = catalog.product(seeds[0]).category();
                List<ModelEntry> own = new ArrayList<>();
                for (ModelEntry e : built.computeIfAbsent(seeds[0], storedList::apply)) if (!soldOut.test(e.sku())) own.add(e);
                answer = own;
                if (own.size() < k) {
                    // filled up (or, when empty, answered) from best-sellers: of the seed's category for similar items,
                    // of the other categories in turns otherwise; sold-out ones, the seed and what is shown skipped
                    List<ModelEntry> pool = protocol == Protocol.SAME_CATEGORY ? popular.getOrDefault(category, List.of())
                            : ServedLists.popularFallback(popular, category);
                    java.util.Set<String> shown = new java.util.HashSet<>();
                    own.forEach(e -> shown.add(e.sku()));
                    shown.add(seed);
                    answer = new ArrayList<>(own);
                    for (ModelEntry e : pool) {
                        if (answer.size() >= k) break;
                        if (!soldOut.test(e.sku()) && shown.add(e.sku())) answer.add(e);
                    }
                }
            } else {
                List<String> skus = new ArrayList<>();
                List<String> categories = new ArrayList<>();
                List<List<ModelEntry>> looksOfSeeds = new ArrayList<>();
                for (int s : seeds) {
                    skus.add(catalog.product(s).sku());
                    categories.add(catalog.product(s).category());
                    looksOfSeeds.add(built.computeIfAbsent(s, storedList::apply));
                }
                List<ModelEntry> merged = ServedLists.merge(skus, categories, looksOfSeeds, categorised && !cartOfAnyCategory,
                        (e, score) -> new ModelEntry(e.sku(), e.category(), score, e.reason(), e.shared()));
                // the service looks at the first 3k + 10 candidates before stock is checked
                answer = new ArrayList<>();
                for (ModelEntry e : merged.subList(0, Math.min(merged.size(), 3 * k + 10))) if (!soldOut.test(e.sku())) answer.add(e);
            }
            int n = Math.min(k, answer.size());
            int[] out = new int[n];
            for (int i = 0; i < n; i++) out[i] = catalog.items().id(answer.get(i).sku());
            return out;
        };
    }
}

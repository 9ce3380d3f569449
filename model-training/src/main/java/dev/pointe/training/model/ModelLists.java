package dev.pointe.training.model;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.looks.CoPurchaseEstimator;
import dev.pointe.training.looks.ItemListBuilder;
import dev.pointe.training.looks.LookConfig;
import dev.pointe.training.looks.LookModel;
import dev.pointe.training.looks.Reason;
import dev.pointe.training.looks.Suggestion;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lists a model publishes, item by item, exactly as they are written: what {@link ModelBuilder}
 * writes for every catalogue item and what the evaluation scores for the items it asks about. Thread-safe
 * (one list builder per thread).
 */
public final class ModelLists {

    private final LookModel model;
    private final LookConfig looks;
    private final CoPurchaseEstimator estimator;
    private final ThreadLocal<ItemListBuilder> builders;

    public ModelLists(LookModel model, LookConfig looks) {
        this.model = model;
        this.looks = looks;
        this.estimator = new CoPurchaseEstimator(model, looks);
        this.builders = ThreadLocal.withInitial(() -> new ItemListBuilder(estimator));
    }

    public LookModel model() {
        return model;
    }

    /** The three lists of one item. */
    public ItemLists of(int item) {
        ItemListBuilder builder = builders.get();
        Catalog catalog = model.catalog();
        List<ModelEntry> look = entries(catalog, builder.completeTheLook(item));
        List<ModelEntry> together = model.categorised() ? entries(catalog, builder.boughtTogether(item)) : look;
        List<ModelEntry> alike = entries(catalog, builder.similar(item));
        return new ItemLists(catalog.product(item).sku(), look, together, alike);
    }

    /** Up to list-size best-sellers per category (sold items only), scored by (weighted) baskets: the service's last fallback. */
    public Map<String, List<ModelEntry>> popular() {
        Catalog catalog = model.catalog();
        Map<String, List<ModelEntry>> out = new TreeMap<>();
        for (int c = 0; c < catalog.categories().size(); c++) {
            List<ModelEntry> list = new ArrayList<>();
            for (int item : model.bestSellers(c)) {
                if (list.size() >= looks.listSize() || model.popularity(item) == 0) break;
                list.add(new ModelEntry(catalog.product(item).sku(), catalog.categories().get(c), model.popularity(item),
                        Reason.POPULAR_IN_CATEGORY.code(), List.of()));
            }
            out.put(catalog.categories().get(c), list);
        }
        return out;
    }

    private static List<ModelEntry> entries(Catalog catalog, List<Suggestion> suggestions) {
        List<ModelEntry> out = new ArrayList<>(suggestions.size());
        for (Suggestion s : suggestions) {
            out.add(new ModelEntry(catalog.product(s.item()).sku(), catalog.product(s.item()).category(), round(s.score()),
                    s.reason().code(), s.shared()));
        }
        return out;
    }

    /** Scores are stored with 6 significant digits (smaller values; order kept, see {@link #entries}). */
    static double round(double value) {
        return new BigDecimal(value).round(new MathContext(6)).doubleValue();
    }
}

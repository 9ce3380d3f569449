package dev.pointe.training.model;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.looks.CoPurchaseEstimator;
import dev.pointe.training.looks.ItemListBuilder;
import dev.pointe.training.looks.LookConfig;
import dev.pointe.training.looks.LookModel;
import dev.pointe.training.looks.Reason;
import dev.pointe.training.looks.Suggestion;

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

    /**
     * The three lists of one item. Without categories the three are one list: complete the look is
     * bought together, and nothing tells a substitute from a complement.
     */
    public ItemLists of(int item) {
        List<ModelEntry> look = completeTheLook(item);
        if (!model.categorised()) return new ItemLists(model.catalog().product(item).sku(), look, look, look);
        return new ItemLists(model.catalog().product(item).sku(), look, boughtTogether(item), similar(item));
    }

    /** The item's complete-the-look list, as {@link #of} has it. */
    public List<ModelEntry> completeTheLook(int item) {
        return entries(model.catalog(), builders.get().completeTheLook(item));
    }

    /** The item's bought-together list, as {@link #of} has it. */
    public List<ModelEntry> boughtTogether(int item) {
        return model.categorised() ? entries(model.catalog(), builders.get().boughtTogether(item)) : completeTheLook(item);
    }

    /** The item's similar-items list, as {@link #of} has it. */
    public List<ModelEntry> similar(int item) {
        return model.categorised() ? entries(model.catalog(), builders.get().similar(item)) : completeTheLook(item);
    }

    /**
     * Items per category in the best-sellers value at least: the pool the service fills filtered or short
     * lists from, deep enough that a price band or a stock filter still leaves a full answer.
     */
    public static final int FALLBACK_DEPTH = 100;

    /**
     * Up to max(list size, {@link #FALLBACK_DEPTH}) items per category, best-sellers first, scored by
     * (weighted) baskets; items never sold follow with score 0: the service's fallback and fill pool.
     */
    public Map<String, List<ModelEntry>> popular() {
        Catalog catalog = model.catalog();
        Map<String, List<ModelEntry>> out = new TreeMap<>();
        int depth = Math.max(looks.listSize(), FALLBACK_DEPTH);
        for (int c = 0; c < catalog.categories().size(); c++) {
            List<ModelEntry> list = new ArrayList<>();
            for (int item : model.bestSellers(c)) {
                if (list.size() >= depth) break;
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
        if (value == 0 || !Double.isFinite(value)) return value;
        double scale = Math.pow(10, 5 - (int) Math.floor(Math.log10(Math.abs(value))));
        return Math.round(value * scale) / scale;
    }
}

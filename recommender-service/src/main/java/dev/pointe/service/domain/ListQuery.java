package dev.pointe.service.domain;

import dev.pointe.format.ListEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a client asks of a list: how many, which categories, which skus not, a price band and a
 * per-category cap. Empty sets mean "no restriction"; null prices mean "no bound".
 *
 * @param limit          1..50 items
 * @param categories     only these categories; empty = all
 * @param exclude        never these skus
 * @param minPrice       lowest price, inclusive; null = none
 * @param maxPrice       highest price, inclusive; null = none
 * @param maxPerCategory at most this many items of one category, ≥ 1
 * @param inStock        only items the shop's catalogue reports in stock (when it can be asked)
 */
public record ListQuery(int limit, Set<String> categories, Set<String> exclude, Double minPrice, Double maxPrice,
                        int maxPerCategory, boolean inStock) {

    /** A query that keeps out-of-stock items out (the default). */
    public ListQuery(int limit, Set<String> categories, Set<String> exclude, Double minPrice, Double maxPrice, int maxPerCategory) {
        this(limit, categories, exclude, minPrice, maxPrice, maxPerCategory, true);
    }

    public static final int MAX_LIMIT = 50;
    /** Items in an answer when the client names no limit: the K of the offline evaluation (model-format's). */
    public static final int DEFAULT_LIMIT = dev.pointe.format.ServedLists.DEFAULT_LIMIT;
    /** maxPerCategory when the client names none: no cap, the model's lists are already spread over categories. */
    public static final int NO_CAP = MAX_LIMIT;

    public ListQuery {
        if (limit < 1 || limit > MAX_LIMIT) throw new InvalidParameterException("limit", "must be between 1 and " + MAX_LIMIT);
        if (maxPerCategory < 1) throw new InvalidParameterException("maxPerCategory", "must be at least 1");
        if (minPrice != null && minPrice < 0) throw new InvalidParameterException("minPrice", "must not be negative");
        if (minPrice != null && maxPrice != null && maxPrice < minPrice) {
            throw new InvalidParameterException("maxPrice", "must not be below minPrice");
        }
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        exclude = exclude == null ? Set.of() : Set.copyOf(exclude);
    }

    /** The same query with another per-category cap. */
    public ListQuery withMaxPerCategory(int max) {
        return new ListQuery(limit, categories, exclude, minPrice, maxPrice, max, inStock);
    }

    /**
     * The entries a client could be shown before stock is checked: not the seed, not excluded, in the
     * asked categories; at most {@code 3 × limit + 10}, enough to refill after out-of-stock items go.
     */
    public List<ListEntry> candidates(String seed, List<ListEntry> entries) {
        int cap = 3 * limit + 10;
        List<ListEntry> out = new ArrayList<>(Math.min(cap, entries.size()));
        for (ListEntry e : entries) {
            if (out.size() >= cap) break;
            if (e.sku().equals(seed) || exclude.contains(e.sku())) continue;
            if (!categories.isEmpty() && !categories.contains(e.category())) continue;
            out.add(e);
        }
        return out;
    }

    /** The entries that pass the filters, best first, cut to the limit; never the seed itself. */
    public List<RecommendedItem> apply(String seed, List<ListEntry> entries) {
        List<RecommendedItem> out = new ArrayList<>(Math.min(limit, entries.size()));
        Map<String, Integer> perCategory = new HashMap<>();
        for (ListEntry e : entries) {
            if (out.size() >= limit) break;
            if (e.sku().equals(seed) || exclude.contains(e.sku())) continue;
            if (!categories.isEmpty() && !categories.contains(e.category())) continue;
            if (minPrice != null && e.price() < minPrice) continue;
            if (maxPrice != null && e.price() > maxPrice) continue;
            if (perCategory.merge(e.category(), 1, Integer::sum) > maxPerCategory) continue;
            out.add(new RecommendedItem(e.sku(), e.title(), e.category(), e.price(), e.imageUrl(), e.score(), e.reason(),
                    Reasons.text(e.reason(), e.category(), e.shared())));
        }
        return out;
    }
}

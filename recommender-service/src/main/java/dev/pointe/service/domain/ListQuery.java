package dev.pointe.service.domain;

import dev.pointe.format.ListEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a client asks of a list: which page, which categories, which skus not, a price band, a
 * per-category cap, stock, and filters relative to the seed item. Empty sets mean "no restriction";
 * null numbers mean "no bound".
 *
 * @param limit          1..50 items
 * @param offset         items skipped first (paging), 0..{@link #MAX_DEPTH} − limit
 * @param categories     only these categories; empty = all
 * @param exclude        never these skus
 * @param minPrice       lowest price, inclusive; null = none
 * @param maxPrice       highest price, inclusive; null = none
 * @param maxPerCategory at most this many items of one category, ≥ 1
 * @param inStock        only items in stock: the shop's live catalogue when one is configured and answers,
 *                       else the model's stock at training time (items of unknown stock are kept)
 * @param priceRatio     only items priced within this factor of the seed (price/ratio .. price×ratio), 1..100;
 *                       null = none; ignored when the seed's price is unknown
 * @param sameBrand      only items of the seed's brand (ignored when the seed's brand is unknown)
 * @param sameColour     only items sharing a colour family with the seed (ignored when the seed has none)
 * @param seedCategory   for a sku the model does not hold: its category, so that best-sellers of the
 *                       categories that go with it can answer; null = such a sku is unknown (404)
 */
public record ListQuery(int limit, int offset, Set<String> categories, Set<String> exclude, Double minPrice, Double maxPrice,
                        int maxPerCategory, boolean inStock, Double priceRatio, boolean sameBrand, boolean sameColour,
                        String seedCategory) {

    public static final int MAX_LIMIT = 50;
    /** offset + limit at most: how deep a client may page into a list and its fill. */
    public static final int MAX_DEPTH = 100;
    /** Items in an answer when the client names no limit: the K of the offline evaluation (model-format's). */
    public static final int DEFAULT_LIMIT = dev.pointe.format.ServedLists.DEFAULT_LIMIT;
    /** maxPerCategory when the client names none: no cap, the model's lists are already spread over categories. */
    public static final int NO_CAP = MAX_DEPTH;

    /** A first page without seed-relative filters. */
    public ListQuery(int limit, Set<String> categories, Set<String> exclude, Double minPrice, Double maxPrice,
                     int maxPerCategory, boolean inStock) {
        this(limit, 0, categories, exclude, minPrice, maxPrice, maxPerCategory, inStock, null, false, false, null);
    }

    /** A first page that keeps out-of-stock items out (the default). */
    public ListQuery(int limit, Set<String> categories, Set<String> exclude, Double minPrice, Double maxPrice, int maxPerCategory) {
        this(limit, categories, exclude, minPrice, maxPrice, maxPerCategory, true);
    }

    public ListQuery {
        if (limit < 1 || limit > MAX_LIMIT) throw new InvalidParameterException("limit", "must be between 1 and " + MAX_LIMIT);
        if (offset < 0 || offset > MAX_DEPTH - limit) { // not offset + limit: that overflows for a huge offset
            throw new InvalidParameterException("offset", "must be between 0 and " + (MAX_DEPTH - limit) + " (offset + limit ≤ " + MAX_DEPTH + ")");
        }
        if (maxPerCategory < 1) throw new InvalidParameterException("maxPerCategory", "must be at least 1");
        if (minPrice != null && minPrice < 0) throw new InvalidParameterException("minPrice", "must not be negative");
        if (minPrice != null && maxPrice != null && maxPrice < minPrice) {
            throw new InvalidParameterException("maxPrice", "must not be below minPrice");
        }
        if (priceRatio != null && !(priceRatio >= 1 && priceRatio <= 100)) {
            throw new InvalidParameterException("priceRatio", "must be between 1 and 100");
        }
        if (seedCategory != null && (seedCategory.isBlank() || seedCategory.length() > 200)) {
            throw new InvalidParameterException("seedCategory", "must be 1..200 characters");
        }
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        exclude = exclude == null ? Set.of() : Set.copyOf(exclude);
    }

    /** Items computed before the page is cut: offset + limit. */
    public int depth() {
        return offset + limit;
    }

    /** True when filters need the seed item's data (price, brand, colours). */
    public boolean relativeToSeed() {
        return priceRatio != null || sameBrand || sameColour;
    }

    /** The same query with another per-category cap. */
    public ListQuery withMaxPerCategory(int max) {
        return new ListQuery(limit, offset, categories, exclude, minPrice, maxPrice, max, inStock, priceRatio, sameBrand,
                sameColour, seedCategory);
    }

    /** The same filters for the first {@code n} items (offset 0): what a fill or a page's whole depth asks. */
    public ListQuery firstItems(int n, Set<String> moreExcluded) {
        Set<String> all = moreExcluded.isEmpty() ? exclude : union(exclude, moreExcluded);
        return new ListQuery(Math.min(n, MAX_LIMIT), 0, categories, all, minPrice, maxPrice, maxPerCategory, inStock, priceRatio,
                sameBrand, sameColour, seedCategory);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * The entries a client could be shown before stock is checked: not the seed, not excluded, in the
     * asked categories; at most {@code 3 × depth + 10}, enough to refill after out-of-stock items go.
     */
    public List<ListEntry> candidates(String seed, List<ListEntry> entries) {
        int cap = 3 * depth() + 10;
        List<ListEntry> out = new ArrayList<>(Math.min(cap, entries.size()));
        for (ListEntry e : entries) {
            if (out.size() >= cap) break;
            if (e.sku().equals(seed) || exclude.contains(e.sku())) continue;
            if (!categories.isEmpty() && !categories.contains(e.category())) continue;
            out.add(e);
        }
        return out;
    }

    /** The entries without those the model knows to be out of stock (stock 0), when {@link #inStock} asks so. */
    public List<ListEntry> inModelStock(List<ListEntry> entries) {
        if (!inStock) return entries;
        List<ListEntry> out = null;
        for (int i = 0; i < entries.size(); i++) {
            ListEntry e = entries.get(i);
            if (e.stock() == 0) {
                if (out == null) out = new ArrayList<>(entries.subList(0, i));
            } else if (out != null) {
                out.add(e);
            }
        }
        return out == null ? entries : out;
    }

    /** True when the entry passes every filter (not the cap, the seed or the exclusions). */
    public boolean admits(SeedItem seed, ListEntry e) {
        if (!categories.isEmpty() && !categories.contains(e.category())) return false;
        if (minPrice != null && e.price() < minPrice) return false;
        if (maxPrice != null && e.price() > maxPrice) return false;
        if (priceRatio != null && seed.price() > 0 && (e.price() < seed.price() / priceRatio || e.price() > seed.price() * priceRatio)) {
            return false;
        }
        if (sameBrand && !seed.brand().isEmpty() && !seed.brand().equalsIgnoreCase(e.brand())) return false;
        if (sameColour && !seed.colours().isEmpty() && !sharesAColour(seed.colours(), e.colours())) return false;
        return true;
    }

    private static boolean sharesAColour(List<String> seed, List<String> item) {
        for (String c : item) {
            for (String s : seed) if (s.equalsIgnoreCase(c)) return true;
        }
        return false;
    }

    /** The entries that pass the filters, best first, cut to {@link #depth()}; never the seed itself. */
    public List<RecommendedItem> apply(SeedItem seed, List<ListEntry> entries) {
        int depth = depth();
        List<RecommendedItem> out = new ArrayList<>(Math.min(depth, entries.size()));
        Map<String, Integer> perCategory = new HashMap<>();
        for (ListEntry e : entries) {
            if (out.size() >= depth) break;
            if (e.sku().equals(seed.sku()) || exclude.contains(e.sku())) continue;
            if (!admits(seed, e)) continue;
            if (perCategory.merge(e.category(), 1, Integer::sum) > maxPerCategory) continue;
            out.add(item(e));
        }
        return out;
    }

    /** The entries that pass the filters (a seed known by its sku alone). */
    public List<RecommendedItem> apply(String seed, List<ListEntry> entries) {
        return apply(SeedItem.only(seed, ""), entries);
    }

    /** An answer item of a list entry, with its reason in words. */
    public static RecommendedItem item(ListEntry e) {
        return new RecommendedItem(e.sku(), e.title(), e.category(), e.price(), e.imageUrl(), e.score(), e.reason(),
                Reasons.text(e.reason(), e.category(), e.shared()));
    }

    /** The page the client asked for, of the items computed to {@link #depth()}. */
    public List<RecommendedItem> page(List<RecommendedItem> items) {
        if (offset == 0 && items.size() <= limit) return items;
        int from = Math.min(offset, items.size());
        return List.copyOf(items.subList(from, Math.min(items.size(), from + limit)));
    }

}

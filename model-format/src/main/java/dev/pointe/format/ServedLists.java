package dev.pointe.format;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * How stored lists become answers before any client filter: the one definition that the service
 * serves and the trainer's evaluation scores, so that an offline figure is a figure of what shoppers see.
 *
 * <ul>
 *   <li>One seed: its stored list, in stored order. The trainer stores full lists, so this is the answer;
 *       {@link #popularFallback} answers only for a seed whose list is empty.</li>
 *   <li>Several seeds (a cart): {@link #merge} of their complete-the-look lists ({@code POST /v1/looks}),
 *       or of their bought-together lists as a catalogue without categories would ({@code POST
 *       /v1/bought-together}: any category, only the cart's items left out).</li>
 * </ul>
 */
public final class ServedLists {

    /** Items in an answer when the client gives no {@code limit}: the K of the offline HR@K and NDCG@K. */
    public static final int DEFAULT_LIMIT = 10;

    /**
     * At most this many items of one category in a merged look of a categorised catalogue: one seed's list
     * is spread over categories by the trainer, a merge of several is not. Single-seed answers have no cap.
     */
    public static final int LOOK_MAX_PER_CATEGORY = 2;

    private ServedLists() {
    }

    /**
     * The last fallback of a seed whose list is empty: best-sellers of the categories other than the
     * seed's (of all categories when the catalogue has only one), taken in turns, one per category per
     * round in category-name order, so that the answer spans categories.
     *
     * @param popular      category → best-sellers, best first
     * @param seedCategory the seed's category
     */
    public static <E extends RankedEntry> List<E> popularFallback(Map<String, List<E>> popular, String seedCategory) {
        boolean categorised = popular.size() > 1;
        List<List<E>> lists = new ArrayList<>();
        new TreeMap<>(popular).forEach((category, list) -> {
            if (!categorised || !category.equals(seedCategory)) lists.add(list);
        });
        List<E> interleaved = new ArrayList<>();
        for (int rank = 0; ; rank++) {
            boolean any = false;
            for (List<E> l : lists) {
                if (rank < l.size()) {
                    interleaved.add(l.get(rank));
                    any = true;
                }
            }
            if (!any) return interleaved;
        }
    }

    /** The entries in order, skipping any beyond the {@code max}-th of its category. */
    static <E extends RankedEntry> List<E> capPerCategory(List<E> entries, int max) {
        Map<String, Integer> seen = new java.util.HashMap<>();
        List<E> out = new ArrayList<>(entries.size());
        for (E e : entries) if (seen.merge(e.category(), 1, Integer::sum) <= max) out.add(e);
        return out;
    }

    /** {@link #merge(List, List, List, boolean, int, BiFunction)} with the default cap, {@link #LOOK_MAX_PER_CATEGORY}. */
    public static <E extends RankedEntry> List<E> merge(List<String> seeds, List<String> seedCategories, List<List<E>> lists,
                                                        boolean categorised, BiFunction<E, Double, E> withScore) {
        return merge(seeds, seedCategories, lists, categorised, LOOK_MAX_PER_CATEGORY, withScore);
    }

    /**
     * One look for several seeds: their lists merged, a candidate's score the sum of its scores over the
     * seeds' lists, best first (ties: sku ascending), never a seed, and, when the catalogue has several
     * categories, nothing of a category the shopper already holds and at most {@code maxPerCategory} of
     * any other (without categories there is no category to leave out or cap).
     *
     * @param seeds           the seed skus, distinct
     * @param seedCategories  the category of each seed, same order
     * @param lists           each seed's stored list, same order
     * @param categorised     false for a catalogue with one category: then only the seeds themselves are left out
     * @param maxPerCategory  at most this many of one category, at least 1
     * @param withScore       a copy of an entry with another score
     */
    public static <E extends RankedEntry> List<E> merge(List<String> seeds, List<String> seedCategories, List<List<E>> lists,
                                                        boolean categorised, int maxPerCategory, BiFunction<E, Double, E> withScore) {
        Set<String> owned = new HashSet<>(seeds);
        Set<String> ownedCategories = categorised ? new HashSet<>(seedCategories) : Set.of();
        Map<String, E> best = new LinkedHashMap<>();
        Map<String, Double> total = new LinkedHashMap<>();
        for (List<E> list : lists) {
            for (E e : list) {
                if (owned.contains(e.sku()) || ownedCategories.contains(e.category())) continue;
                total.merge(e.sku(), e.score(), Double::sum);
                best.merge(e.sku(), e, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        List<E> merged = new ArrayList<>(best.size());
        for (E e : best.values()) merged.add(withScore.apply(e, total.get(e.sku())));
        merged.sort(Comparator.comparingDouble((E e) -> e.score()).reversed().thenComparing(RankedEntry::sku));
        return categorised ? capPerCategory(merged, maxPerCategory) : merged;
    }
}

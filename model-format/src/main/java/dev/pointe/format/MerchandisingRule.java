package dev.pointe.format;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One of a shop's merchandising rules, stored in the {@link RuleSet} beside (not inside) the models.
 *
 * @param id       the rule's name, unique in its set: 1..64 characters of letters, digits, '-', '_', '.'
 * @param action   what it does to the items it matches
 * @param match    which recommended items it applies to (all given criteria must hold)
 * @param when     on which answers it applies; null = every answer
 * @param factor   {@link Action#BOOST} only: score multiplier, in (1, 100]
 * @param position {@link Action#PIN} only: 1-based position the item takes in an answer, 1..100
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MerchandisingRule(String id, Action action, Match match, When when, Double factor, Integer position) {

    /** What a rule does. */
    public enum Action {
        /** Ranks matching items higher: score × factor. Their reason says "boosted". */
        BOOST,
        /** Moves matching items behind every other candidate (kept, shown only when nothing else is left). */
        BURY,
        /** Never shows matching items. */
        EXCLUDE,
        /** Puts one sku at a fixed position of every answer the rule applies to. Its reason says "pinned". */
        PIN;

        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Action of(String text) {
            for (Action a : values()) if (a.json().equalsIgnoreCase(text)) return a;
            throw new IllegalArgumentException("unknown action '" + text + "' (boost, bury, exclude or pin)");
        }
    }

    /**
     * Which items a rule matches: every criterion given must hold; within one list any value may.
     * Values compare case-insensitively. Empty lists and null prices are "not given"; at least one is.
     *
     * @param skus       these skus
     * @param brands     of these brands
     * @param categories in these categories
     * @param tags       carrying one of these style tags
     * @param minPrice   priced at least this (inclusive)
     * @param maxPrice   priced at most this (inclusive)
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Match(List<String> skus, List<String> brands, List<String> categories, List<String> tags,
                        Double minPrice, Double maxPrice) {
        public Match {
            skus = skus == null ? List.of() : List.copyOf(skus);
            brands = brands == null ? List.of() : List.copyOf(brands);
            categories = categories == null ? List.of() : List.copyOf(categories);
            tags = tags == null ? List.of() : List.copyOf(tags);
        }

        boolean empty() {
            return skus.isEmpty() && brands.isEmpty() && categories.isEmpty() && tags.isEmpty() && minPrice == null && maxPrice == null;
        }
    }

    /**
     * On which answers a rule applies; empty lists mean "any".
     *
     * @param lists          complete-the-look, bought-together, similar
     * @param seedCategories only when the seed item is in one of these categories
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record When(List<String> lists, List<String> seedCategories) {
        public When {
            lists = lists == null ? List.of() : List.copyOf(lists);
            seedCategories = seedCategories == null ? List.of() : List.copyOf(seedCategories);
        }
    }

    /** The list names {@link When#lists} takes. */
    public static final List<String> LISTS = List.of("complete-the-look", "bought-together", "similar");

    /** Rules in one set at most. */
    public static final int MAX_RULES = 500;
    /** Values in one criterion list at most. */
    public static final int MAX_VALUES = 1000;

    /** What is wrong with the rule, each as "field: problem" under {@code path} (e.g. {@code rules[2]}); empty when valid. */
    public List<String> problems(String path) {
        List<String> out = new ArrayList<>();
        if (id == null || !id.matches("[A-Za-z0-9._-]{1,64}")) {
            out.add(path + ".id: required, 1..64 letters, digits, '.', '_' or '-'");
        }
        if (action == null) {
            out.add(path + ".action: required, one of boost, bury, exclude, pin");
            return out;
        }
        if (match == null || match.empty()) {
            out.add(path + ".match: required, with at least one of skus, brands, categories, tags, minPrice, maxPrice");
        } else {
            values(out, path + ".match.skus", match.skus());
            values(out, path + ".match.brands", match.brands());
            values(out, path + ".match.categories", match.categories());
            values(out, path + ".match.tags", match.tags());
            if (match.minPrice() != null && !(match.minPrice() >= 0)) out.add(path + ".match.minPrice: must not be negative");
            if (match.maxPrice() != null && !(match.maxPrice() >= 0)) out.add(path + ".match.maxPrice: must not be negative");
            if (match.minPrice() != null && match.maxPrice() != null && match.maxPrice() < match.minPrice()) {
                out.add(path + ".match.maxPrice: must not be below minPrice");
            }
        }
        if (when != null) {
            for (String list : when.lists()) {
                if (!LISTS.contains(list)) out.add(path + ".when.lists: unknown list '" + cut(list) + "' (" + String.join(", ", LISTS) + ")");
            }
            values(out, path + ".when.seedCategories", when.seedCategories());
        }
        switch (action) {
            case BOOST -> {
                if (factor == null || !(factor > 1 && factor <= 100)) out.add(path + ".factor: required for boost, in (1, 100]");
            }
            case PIN -> {
                if (match != null && match.skus().size() != 1) out.add(path + ".match.skus: a pin names exactly one sku");
                if (position == null || position < 1 || position > 100) out.add(path + ".position: required for pin, 1..100");
            }
            default -> { }
        }
        if (action != Action.BOOST && factor != null) out.add(path + ".factor: only a boost takes a factor");
        if (action != Action.PIN && position != null) out.add(path + ".position: only a pin takes a position");
        return out;
    }

    private static void values(List<String> out, String field, List<String> values) {
        if (values.size() > MAX_VALUES) out.add(field + ": at most " + MAX_VALUES + " values");
        for (String v : values) {
            if (v == null || v.isBlank() || v.length() > 200) {
                out.add(field + ": values must be 1..200 characters");
                return;
            }
        }
    }

    private static String cut(String s) {
        return s == null ? "null" : s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}

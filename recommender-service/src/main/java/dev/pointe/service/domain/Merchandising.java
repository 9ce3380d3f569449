package dev.pointe.service.domain;

import dev.pointe.format.ListEntry;
import dev.pointe.format.MerchandisingRule;
import dev.pointe.format.MerchandisingRule.Action;
import dev.pointe.format.ReasonCode;
import dev.pointe.format.RuleSet;

import java.util.ArrayList;
import java.util.List;

/**
 * A shop's merchandising rules as they apply to one answer (a list kind and a seed): which candidates go,
 * which rank higher or last, and which skus take fixed positions. Plain data in, plain data out.
 */
public final class Merchandising {

    /** No rules: every method leaves its input as it is. */
    public static final Merchandising NONE = new Merchandising(0, List.of());

    private final long version;
    private final List<MerchandisingRule> rules;

    private Merchandising(long version, List<MerchandisingRule> rules) {
        this.version = version;
        this.rules = rules;
    }

    /** The rules of {@code set} that apply to answers of {@code kind} for {@code seed}. */
    public static Merchandising of(RuleSet set, ListKind kind, SeedItem seed) {
        if (set.rules().isEmpty()) return set.version() == 0 ? NONE : new Merchandising(set.version(), List.of());
        List<MerchandisingRule> applicable = new ArrayList<>();
        for (MerchandisingRule r : set.rules()) {
            if (r.when() != null && !r.when().lists().isEmpty() && !r.when().lists().contains(kind.apiName())) continue;
            if (r.when() != null && !r.when().seedCategories().isEmpty() && !containsIgnoreCase(r.when().seedCategories(), seed.category())) continue;
            applicable.add(r);
        }
        return new Merchandising(set.version(), List.copyOf(applicable));
    }

    /** The rule set's version (0 = none stored): answers cached under another version are stale. */
    public long version() {
        return version;
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /**
     * The candidates without excluded ones; boosted ones re-ranked by score × factor (their reason "boosted"),
     * buried ones moved behind the rest. Order is otherwise kept.
     */
    public List<ListEntry> rank(List<ListEntry> entries) {
        if (rules.isEmpty()) return entries;
        List<ListEntry> kept = new ArrayList<>(entries.size());
        List<ListEntry> buried = new ArrayList<>();
        boolean boosted = false;
        for (ListEntry e : entries) {
            double factor = 1;
            boolean bury = false;
            boolean exclude = false;
            for (MerchandisingRule r : rules) {
                if (!matches(r.match(), e)) continue;
                switch (r.action()) {
                    case EXCLUDE -> exclude = true;
                    case BURY -> bury = true;
                    case BOOST -> factor *= r.factor();
                    case PIN -> { }
                }
            }
            if (exclude) continue;
            if (bury) {
                buried.add(e);
            } else if (factor > 1) {
                kept.add(e.withScore(e.score() * factor, ReasonCode.BOOSTED.code()));
                boosted = true;
            } else {
                kept.add(e);
            }
        }
        if (boosted) kept.sort((a, b) -> Double.compare(b.score(), a.score())); // stable: equal scores keep their order
        kept.addAll(buried);
        return kept;
    }

    /** True when no exclude rule matches the entry. */
    public boolean allows(ListEntry e) {
        for (MerchandisingRule r : rules) {
            if (r.action() == Action.EXCLUDE && matches(r.match(), e)) return false;
        }
        return true;
    }

    /** The pins, in rule order: sku → 1-based position. */
    public List<Pin> pins() {
        List<Pin> out = new ArrayList<>();
        for (MerchandisingRule r : rules) {
            if (r.action() == Action.PIN) out.add(new Pin(r.match().skus().get(0), r.position()));
        }
        return out;
    }

    /** A sku a rule puts at a 1-based position. */
    public record Pin(String sku, int position) {
    }

    /**
     * The items with the pinned ones at their positions (reason "pinned"), cut to {@code depth}. A pinned item
     * already in the list moves; one that is not is inserted from {@code pinned} (entries that passed the
     * client's filters; absent ones are left out). The first pin of a position wins; positions past the end
     * append.
     */
    public List<RecommendedItem> pin(List<RecommendedItem> items, java.util.Map<String, ListEntry> pinned, int depth) {
        List<Pin> pins = pins();
        if (pins.isEmpty()) return items;
        List<RecommendedItem> rest = new ArrayList<>(items);
        java.util.TreeMap<Integer, RecommendedItem> placed = new java.util.TreeMap<>();
        java.util.Set<String> done = new java.util.HashSet<>();
        for (Pin p : pins) {
            if (placed.containsKey(p.position()) || done.contains(p.sku())) continue;
            RecommendedItem found = null;
            for (RecommendedItem i : rest) {
                if (i.sku().equals(p.sku())) {
                    found = i;
                    break;
                }
            }
            if (found != null) {
                rest.remove(found);
            } else {
                ListEntry e = pinned.get(p.sku());
                if (e == null) continue;
                found = ListQuery.item(e);
            }
            placed.put(p.position(), new RecommendedItem(found.sku(), found.title(), found.category(), found.price(), found.imageUrl(),
                    found.score(), ReasonCode.PINNED.code(), Reasons.text(ReasonCode.PINNED.code(), found.category(), List.of())));
            done.add(p.sku());
        }
        List<RecommendedItem> out = new ArrayList<>(Math.min(depth, rest.size() + placed.size()));
        java.util.Iterator<RecommendedItem> others = rest.iterator();
        for (int position = 1; out.size() < depth && (others.hasNext() || !placed.isEmpty()); position++) {
            RecommendedItem at = placed.remove(position);
            if (at != null) out.add(at);
            else if (others.hasNext()) out.add(others.next());
            else out.add(placed.pollFirstEntry().getValue()); // a pin past the end of a short list follows it
        }
        return out;
    }

    static boolean matches(MerchandisingRule.Match m, ListEntry e) {
        if (!m.skus().isEmpty() && !m.skus().contains(e.sku())) return false;
        if (!m.brands().isEmpty() && !containsIgnoreCase(m.brands(), e.brand())) return false;
        if (!m.categories().isEmpty() && !containsIgnoreCase(m.categories(), e.category())) return false;
        if (!m.tags().isEmpty() && !sharesIgnoreCase(m.tags(), e.tags())) return false;
        if (m.minPrice() != null && e.price() < m.minPrice()) return false;
        if (m.maxPrice() != null && e.price() > m.maxPrice()) return false;
        return true;
    }

    private static boolean containsIgnoreCase(List<String> values, String value) {
        for (String v : values) if (v.equalsIgnoreCase(value)) return true;
        return false;
    }

    private static boolean sharesIgnoreCase(List<String> a, List<String> b) {
        for (String x : b) if (containsIgnoreCase(a, x)) return true;
        return false;
    }
}

package dev.pointe.service.application;

import dev.pointe.format.ItemData;
import dev.pointe.format.ListEntry;
import dev.pointe.format.ReasonCode;
import dev.pointe.format.RuleSet;
import dev.pointe.format.ServedLists;
import dev.pointe.service.application.port.CatalogAvailability;
import dev.pointe.service.application.port.MerchandisingRules;
import dev.pointe.service.application.port.ModelRepository;
import dev.pointe.service.domain.ListKind;
import dev.pointe.service.domain.ListQuery;
import dev.pointe.service.domain.Merchandising;
import dev.pointe.service.domain.NoActiveModelException;
import dev.pointe.service.domain.RecommendedItem;
import dev.pointe.service.domain.Recommendations;
import dev.pointe.service.domain.SeedItem;
import dev.pointe.service.domain.UnknownItemException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One item's complete-the-look, bought-together or similar-items answer: the active version's list for the
 * item, ranked by the shop's merchandising rules and filtered by the query; when filters or stock leave it
 * short of the page, filled with best-sellers (of the other categories, or of the seed's for similar items)
 * that pass the same filters and rules; pinned items at their positions; then the page. A list that is empty
 * (or filtered empty) answers with best-sellers of the other categories ({@link ServedLists#popularFallback}).
 * A sku the model does not hold: best-sellers for the category the request names, else
 * {@link UnknownItemException}. No model: {@link NoActiveModelException}.
 */
public final class RecommendItems {

    /** The fallback kind reported when best-sellers of other categories answered. */
    public static final String FALLBACK_POPULAR = "popular-in-complementary-categories";
    /** The fallback kind reported when the model does not hold the seed and its named category answered. */
    public static final String FALLBACK_UNKNOWN_ITEM = "popular-for-unknown-item";

    private final ModelRepository model;
    private final ListKind kind;
    private final CatalogAvailability catalog;
    private final MerchandisingRules rules;

    public RecommendItems(ModelRepository model, ListKind kind, CatalogAvailability catalog, MerchandisingRules rules) {
        this.model = model;
        this.kind = kind;
        this.catalog = catalog;
        this.rules = rules;
    }

    /** The version being served (from memory; empty when none). */
    public Mono<String> activeVersion() {
        return model.activeVersion();
    }

    /** The version being served as known in memory; null when none is known yet. */
    public String knownVersion() {
        return model.knownVersion();
    }

    /** The merchandising rules' version in force (0 = none): answers made under another one are stale. */
    public long rulesVersion() {
        return rules.current().version();
    }

    /** True when answers depend only on the model version and the rules (no live catalogue), so they may be cached whole. */
    public boolean answersDependOnlyOnTheModel() {
        return !catalog.enabled();
    }

    public Mono<Recommendations> recommend(String sku, ListQuery query) {
        String known = model.knownVersion();
        if (known != null) return recommend(known, sku, query); // the usual case: no operator for the version
        return model.activeVersion().switchIfEmpty(Mono.error(NoActiveModelException::new))
                .flatMap(version -> recommend(version, sku, query));
    }

    /** The answer from a given version (an experiment's arm), which must be in the store. */
    public Mono<Recommendations> recommend(String version, String sku, ListQuery query) {
        RuleSet ruleSet = rules.current();
        return model.list(version, kind, sku)
                .flatMap(entries -> seed(version, sku, query, ruleSet).flatMap(seed -> {
                    Merchandising merchandising = Merchandising.of(ruleSet, kind, seed);
                    return Answers.answer(catalog, seed, sku, version, merchandising.rank(entries), query, null)
                            .flatMap(own -> {
                                if (own.items().size() >= query.depth()) return Mono.just(own);
                                if (own.items().isEmpty() && kind != ListKind.SIMILAR) {
                                    return popular(seed, version, query, merchandising, FALLBACK_POPULAR).defaultIfEmpty(own);
                                }
                                return filled(own, seed, version, query, merchandising);
                            })
                            .flatMap(r -> pinned(r, seed, version, query, merchandising));
                }))
                .switchIfEmpty(Mono.defer(() -> unknownItem(version, sku, query, ruleSet)))
                .map(r -> r.items().size() <= query.limit() && query.offset() == 0 ? r
                        : new Recommendations(r.sku(), r.version(), query.page(r.items()), r.fallback(), r.degraded()));
    }

    /** The seed's data when filters or rules look at it (one cached read); else its sku alone. */
    private Mono<SeedItem> seed(String version, String sku, ListQuery query, RuleSet ruleSet) {
        if (!query.relativeToSeed() && ruleSet.rules().isEmpty()) return Mono.just(SeedItem.only(sku, ""));
        return model.item(version, sku).map(SeedItem::of).defaultIfEmpty(SeedItem.only(sku, ""));
    }

    /**
     * A sku the model does not hold (a product newer than the model): best-sellers for the category the request
     * names, else for the category the shop's live catalogue gives; else unknown (404).
     */
    private Mono<Recommendations> unknownItem(String version, String sku, ListQuery query, RuleSet ruleSet) {
        if (query.seedCategory() != null) return unknownItem(version, sku, query.seedCategory(), query, ruleSet);
        if (!catalog.enabled()) return Mono.error(new UnknownItemException(sku, version));
        return catalog.check(List.of(sku))
                .onErrorResume(e -> Mono.just(Map.of()))
                .flatMap(live -> {
                    var a = live.get(sku);
                    if (a == null || a.category() == null) return Mono.error(new UnknownItemException(sku, version));
                    return unknownItem(version, sku, a.category(), query, ruleSet);
                });
    }

    private Mono<Recommendations> unknownItem(String version, String sku, String category, ListQuery query, RuleSet ruleSet) {
        SeedItem seed = SeedItem.only(sku, category);
        Merchandising merchandising = Merchandising.of(ruleSet, kind, seed);
        return popular(seed, version, query, merchandising, FALLBACK_UNKNOWN_ITEM)
                .flatMap(r -> pinned(r, seed, version, query, merchandising))
                .switchIfEmpty(Mono.error(() -> new UnknownItemException(sku, version)));
    }

    /** Best-sellers the seed's list falls back on: of its category for similar items, of the others (in turns) otherwise. */
    private Mono<List<ListEntry>> fallbackPool(SeedItem seed, String version) {
        Mono<String> category = seed.category().isEmpty()
                ? model.item(version, seed.sku()).map(ItemData::category)
                : Mono.just(seed.category());
        return category.flatMap(c -> model.popular(version).map(popular -> kind == ListKind.SIMILAR
                ? popular.getOrDefault(c, List.of())
                : ServedLists.popularFallback(popular, c)));
    }

    /**
     * A list that filters or stock left shorter than the page, filled up from the fallback pool with items that
     * pass the same filters and rules; each filled item's reason says "popular in ...". The per-category cap
     * counts the list's own items too. Unchanged when the model has no best-sellers.
     */
    private Mono<Recommendations> filled(Recommendations own, SeedItem seed, String version, ListQuery query, Merchandising merchandising) {
        Set<String> shown = new HashSet<>();
        own.items().forEach(i -> shown.add(i.sku()));
        ListQuery rest = query.firstItems(query.depth() - own.items().size(), shown);
        return fallbackPool(seed, version)
                .flatMap(candidates -> Answers.answer(catalog, seed, seed.sku(), version, merchandising.rank(candidates), rest, null))
                .map(more -> {
                    List<RecommendedItem> items = new ArrayList<>(own.items());
                    Map<String, Integer> perCategory = new HashMap<>();
                    own.items().forEach(i -> perCategory.merge(i.category(), 1, Integer::sum));
                    for (RecommendedItem i : more.items()) {
                        if (items.size() >= query.depth()) break;
                        if (perCategory.merge(i.category(), 1, Integer::sum) <= query.maxPerCategory()) items.add(i);
                    }
                    return new Recommendations(own.sku(), own.version(), items, own.fallback(), own.degraded() || more.degraded());
                })
                .defaultIfEmpty(own);
    }

    /** Best-sellers of the fallback pool as the whole answer; empty when the model has none that pass. */
    private Mono<Recommendations> popular(SeedItem seed, String version, ListQuery query, Merchandising merchandising, String kindOfFallback) {
        return fallbackPool(seed, version)
                .flatMap(pool -> Answers.answer(catalog, seed, seed.sku(), version, merchandising.rank(pool), query, kindOfFallback))
                .filter(r -> !r.items().isEmpty());
    }

    /**
     * The answer with the rules' pinned skus at their positions. A pinned sku not in the answer is read from the
     * model and must pass the client's filters (and the model's stock) like any other item.
     */
    private Mono<Recommendations> pinned(Recommendations r, SeedItem seed, String version, ListQuery query, Merchandising merchandising) {
        List<Merchandising.Pin> pins = merchandising.pins();
        if (pins.isEmpty()) return Mono.just(r);
        Set<String> present = new HashSet<>();
        r.items().forEach(i -> present.add(i.sku()));
        return Flux.fromIterable(pins)
                .filter(p -> !present.contains(p.sku()) && !p.sku().equals(seed.sku()) && !query.exclude().contains(p.sku()))
                .concatMap(p -> model.item(version, p.sku()))
                .map(RecommendItems::entry)
                .filter(e -> query.admits(seed, e) && merchandising.allows(e) && !query.inModelStock(List.of(e)).isEmpty())
                .collectMap(ListEntry::sku, e -> e, LinkedHashMap::new)
                .map(extra -> new Recommendations(r.sku(), r.version(), merchandising.pin(r.items(), extra, query.depth()), r.fallback(),
                        r.degraded()));
    }

    private static ListEntry entry(ItemData item) {
        return new ListEntry(item.sku(), item.title(), item.category(), item.price(), item.imageUrl(), 0, ReasonCode.PINNED.code(),
                List.of(), item.brand(), item.stock(), item.colours(), item.styleTags());
    }
}

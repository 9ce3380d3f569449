package dev.pointe.service.application;

import dev.pointe.format.ListEntry;
import dev.pointe.format.ServedLists;
import dev.pointe.service.application.port.CatalogAvailability;
import dev.pointe.service.application.port.ModelRepository;
import dev.pointe.service.domain.ListKind;
import dev.pointe.service.domain.ListQuery;
import dev.pointe.service.domain.NoActiveModelException;
import dev.pointe.service.domain.RecommendedItem;
import dev.pointe.service.domain.Recommendations;
import dev.pointe.service.domain.UnknownItemException;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * One item's complete-the-look, bought-together or similar-items answer: the active version's list for
 * the item, filtered by the query; when a complete-the-look or bought-together list is empty (or
 * filtered empty), best-sellers of the other categories ({@link ServedLists#popularFallback}). Unknown item: {@link UnknownItemException}; no model: {@link NoActiveModelException}.
 */
public final class RecommendItems {

    /** The fallback kind reported when best-sellers of other categories answered. */
    public static final String FALLBACK_POPULAR = "popular-in-complementary-categories";

    private final ModelRepository model;
    private final ListKind kind;
    private final CatalogAvailability catalog;

    public RecommendItems(ModelRepository model, ListKind kind, CatalogAvailability catalog) {
        this.model = model;
        this.kind = kind;
        this.catalog = catalog;
    }

    /** The version being served (from memory; empty when none). */
    public Mono<String> activeVersion() {
        return model.activeVersion();
    }

    /** The version being served as known in memory; null when none is known yet. */
    public String knownVersion() {
        return model.knownVersion();
    }

    /** True when answers depend only on the model version (no live catalogue), so they may be cached whole. */
    public boolean answersDependOnlyOnTheModel() {
        return !catalog.enabled();
    }

    public Mono<Recommendations> recommend(String sku, ListQuery query) {
        String known = model.knownVersion();
        if (known != null) return recommend(known, sku, query); // the usual case: no operator for the version
        return model.activeVersion().switchIfEmpty(Mono.error(NoActiveModelException::new))
                .flatMap(version -> recommend(version, sku, query));
    }

    private Mono<Recommendations> recommend(String version, String sku, ListQuery query) {
        return model.list(version, kind, sku)
                .switchIfEmpty(Mono.error(() -> new UnknownItemException(sku, version)))
                .flatMap(entries -> Answers.answer(catalog, sku, sku, version, entries, query, null)
                        .flatMap(own -> {
                            if (own.items().size() >= query.limit()) return Mono.just(own);
                            if (own.items().isEmpty() && kind != ListKind.SIMILAR) {
                                return popularInOtherCategories(sku, version, query).defaultIfEmpty(own);
                            }
                            return filled(own, sku, version, query);
                        }));
    }

    /**
     * A list that filters or stock left shorter than the limit, filled up with best-sellers (of the seed's
     * category for similar items, of the other categories otherwise) that pass the same filters; each filled
     * item's reason says "popular in ...". Unchanged when the model has no best-sellers.
     */
    private Mono<Recommendations> filled(Recommendations own, String sku, String version, ListQuery query) {
        java.util.Set<String> exclude = new java.util.HashSet<>(query.exclude());
        own.items().forEach(i -> exclude.add(i.sku()));
        ListQuery rest = new ListQuery(query.limit() - own.items().size(), query.categories(), exclude, query.minPrice(),
                query.maxPrice(), query.maxPerCategory(), query.inStock());
        return model.item(version, sku)
                .flatMap(item -> model.popular(version).map(popular -> kind == ListKind.SIMILAR
                        ? popular.getOrDefault(item.category(), List.of())
                        : ServedLists.popularFallback(popular, item.category())))
                .flatMap(candidates -> Answers.answer(catalog, sku, sku, version, candidates, rest, null))
                .map(more -> {
                    List<RecommendedItem> items = new java.util.ArrayList<>(own.items());
                    java.util.Map<String, Integer> perCategory = new java.util.HashMap<>();
                    own.items().forEach(i -> perCategory.merge(i.category(), 1, Integer::sum));
                    for (RecommendedItem i : more.items()) { // the cap counts the list's own items too
                        if (perCategory.merge(i.category(), 1, Integer::sum) <= query.maxPerCategory()) items.add(i);
                    }
                    return new Recommendations(own.sku(), own.version(), items, own.fallback(), own.degraded() || more.degraded());
                })
                .defaultIfEmpty(own);
    }

    /**
     * The last fallback: best-sellers of the other categories, taken in turns so that the look spans
     * categories; empty when the model has no best-sellers.
     */
    private Mono<Recommendations> popularInOtherCategories(String sku, String version, ListQuery query) {
        return model.item(version, sku)
                .flatMap(item -> model.popular(version).map(popular -> ServedLists.popularFallback(popular, item.category())))
                .flatMap(interleaved -> Answers.answer(catalog, sku, sku, version, interleaved, query, FALLBACK_POPULAR))
                .filter(r -> !r.items().isEmpty());
    }
}

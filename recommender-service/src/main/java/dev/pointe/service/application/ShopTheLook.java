package dev.pointe.service.application;

import dev.pointe.format.ItemData;
import dev.pointe.format.ListEntry;
import dev.pointe.format.ServedLists;
import dev.pointe.service.application.port.CatalogAvailability;
import dev.pointe.service.application.port.ModelRepository;
import dev.pointe.service.domain.ListKind;
import dev.pointe.service.domain.ListQuery;
import dev.pointe.service.domain.NoActiveModelException;
import dev.pointe.service.domain.Recommendations;
import dev.pointe.service.domain.UnknownItemException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * One look for several seeds (a cart): the seeds' complete-the-look lists merged (scores summed, the
 * strongest reason kept), without any seed and, when the catalogue has categories, without any category
 * the shopper already has ({@link ServedLists#merge}). Unknown seeds are ignored; when none is known,
 * {@link UnknownItemException}.
 */
public final class ShopTheLook {

    private final ModelRepository model;
    private final CatalogAvailability catalog;

    public ShopTheLook(ModelRepository model, CatalogAvailability catalog) {
        this.model = model;
        this.catalog = catalog;
    }

    public Mono<Recommendations> recommend(List<String> skus, ListQuery query) {
        return model.activeVersion()
                .switchIfEmpty(Mono.error(NoActiveModelException::new))
                .flatMap(version -> Flux.fromIterable(skus)
                        .concatMap(sku -> model.item(version, sku)
                                .flatMap(item -> model.list(version, ListKind.COMPLETE_THE_LOOK, sku).defaultIfEmpty(List.of())
                                        .map(list -> new Seed(item, list))))
                        .collectList()
                        .flatMap(seeds -> seeds.isEmpty()
                                ? Mono.error(new UnknownItemException(String.join(",", skus), version))
                                : model.popular(version).flatMap(popular -> {
                                    boolean categorised = popular.size() > 1;
                                    // without categories there is nothing to cap per category
                                    ListQuery effective = categorised ? query : query.withMaxPerCategory(ListQuery.NO_CAP);
                                    return Answers.answer(catalog, "", String.join(",", skus), version,
                                            merge(seeds, categorised, effective.maxPerCategory()), effective, null);
                                })));
    }

    private record Seed(ItemData item, List<ListEntry> look) {
    }

    /** The seeds' looks merged as {@link ServedLists#merge} defines it (what the offline evaluation scores). */
    private static List<ListEntry> merge(List<Seed> seeds, boolean categorised, int maxPerCategory) {
        return ServedLists.merge(seeds.stream().map(s -> s.item().sku()).toList(), seeds.stream().map(s -> s.item().category()).toList(),
                seeds.stream().map(Seed::look).toList(), categorised, maxPerCategory,
                (e, score) -> new ListEntry(e.sku(), e.title(), e.category(), e.price(), e.imageUrl(), score, e.reason(), e.shared()));
    }
}

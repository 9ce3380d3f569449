package dev.pointe.service.application;

import dev.pointe.format.ServedLists;
import dev.pointe.service.application.port.CatalogAvailability;
import dev.pointe.service.application.port.ModelRepository;
import dev.pointe.service.domain.ListKind;
import dev.pointe.service.domain.ListQuery;
import dev.pointe.service.domain.NoActiveModelException;
import dev.pointe.service.domain.Recommendations;
import dev.pointe.service.domain.UnknownItemException;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * One look for several seeds (a cart, {@code POST /v1/looks}): the seeds' complete-the-look lists merged
 * (scores summed, the strongest reason kept), without any seed and, when the catalogue has categories,
 * without any category the shopper already has and at most {@code maxPerCategory} of any other
 * ({@link ServedLists#merge}). Unknown seeds are ignored; when none is known, {@link UnknownItemException}.
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
                .flatMap(version -> CartLists.seeds(model, version, skus, ListKind.COMPLETE_THE_LOOK)
                        .flatMap(seeds -> model.popular(version).flatMap(popular -> {
                            boolean categorised = popular.size() > 1;
                            // without categories there is nothing to leave out or cap per category
                            ListQuery effective = categorised ? query : query.withMaxPerCategory(ListQuery.NO_CAP);
                            return Answers.answer(catalog, "", String.join(",", skus), version,
                                    CartLists.merge(seeds, categorised, effective.maxPerCategory()), effective, null);
                        })));
    }
}

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
 * What else goes in a cart ({@code POST /v1/bought-together}): the seeds' bought-together lists merged
 * (scores summed), items of any category, only the cart's own items left out ({@link ServedLists#merge}).
 * Unknown seeds are ignored; when none is known, {@link UnknownItemException}.
 */
public final class BoughtWithCart {

    private final ModelRepository model;
    private final CatalogAvailability catalog;

    public BoughtWithCart(ModelRepository model, CatalogAvailability catalog) {
        this.model = model;
        this.catalog = catalog;
    }

    public Mono<Recommendations> recommend(List<String> skus, ListQuery query) {
        return model.activeVersion()
                .switchIfEmpty(Mono.error(NoActiveModelException::new))
                .flatMap(version -> CartLists.seeds(model, version, skus, ListKind.BOUGHT_TOGETHER)
                        .flatMap(seeds -> Answers.answer(catalog, "", String.join(",", skus), version,
                                CartLists.merge(seeds, false, ListQuery.NO_CAP), query, null)));
    }
}

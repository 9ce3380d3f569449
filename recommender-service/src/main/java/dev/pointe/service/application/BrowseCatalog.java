package dev.pointe.service.application;

import dev.pointe.format.ItemData;
import dev.pointe.format.ListEntry;
import dev.pointe.service.application.port.ModelRepository;
import dev.pointe.service.domain.NoActiveModelException;
import dev.pointe.service.domain.UnknownItemException;
import reactor.core.publisher.Mono;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a storefront needs besides recommendations: best-sellers per category and one item's data. */
public final class BrowseCatalog {

    private final ModelRepository model;

    public BrowseCatalog(ModelRepository model) {
        this.model = model;
    }

    /** Up to {@code limit} best-sellers of every category, categories in name order. */
    public Mono<Map<String, List<ListEntry>>> bestSellers(int limit) {
        return model.activeVersion().switchIfEmpty(Mono.error(NoActiveModelException::new))
                .flatMap(model::popular)
                .map(popular -> {
                    Map<String, List<ListEntry>> out = new LinkedHashMap<>();
                    new TreeMap<>(popular).forEach((category, list) -> out.put(category, list.subList(0, Math.min(limit, list.size()))));
                    return out;
                });
    }

    /** One item's product data from the active model. */
    public Mono<ItemData> item(String sku) {
        return model.activeVersion().switchIfEmpty(Mono.error(NoActiveModelException::new))
                .flatMap(version -> model.item(version, sku).switchIfEmpty(Mono.error(() -> new UnknownItemException(sku, version))));
    }
}

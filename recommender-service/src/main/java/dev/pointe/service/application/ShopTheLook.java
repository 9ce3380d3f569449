package dev.pointe.service.application;

import dev.pointe.format.ItemData;
import dev.pointe.format.ListEntry;
import dev.pointe.service.application.port.CatalogAvailability;
import dev.pointe.service.application.port.ModelRepository;
import dev.pointe.service.domain.ListKind;
import dev.pointe.service.domain.ListQuery;
import dev.pointe.service.domain.NoActiveModelException;
import dev.pointe.service.domain.Recommendations;
import dev.pointe.service.domain.UnknownItemException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One look for several seeds (a cart): the seeds' complete-the-look lists merged (scores summed, the
 * strongest reason kept), without any seed and without any category the shopper already has.
 * Unknown seeds are ignored; when none is known, {@link UnknownItemException}.
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
                                : Answers.answer(catalog, "", String.join(",", skus), version, merge(skus, seeds), query, null)));
    }

    private record Seed(ItemData item, List<ListEntry> look) {
    }

    private static List<ListEntry> merge(List<String> skus, List<Seed> seeds) {
        Set<String> owned = new HashSet<>(skus);
        Set<String> ownedCategories = new HashSet<>();
        for (Seed s : seeds) ownedCategories.add(s.item().category());
        Map<String, ListEntry> best = new LinkedHashMap<>();
        Map<String, Double> total = new LinkedHashMap<>();
        for (Seed s : seeds) {
            for (ListEntry e : s.look()) {
                if (owned.contains(e.sku()) || ownedCategories.contains(e.category())) continue;
                total.merge(e.sku(), e.score(), Double::sum);
                best.merge(e.sku(), e, (a, b) -> a.score() >= b.score() ? a : b);
            }
        }
        List<ListEntry> merged = new ArrayList<>(best.size());
        for (ListEntry e : best.values()) {
            merged.add(new ListEntry(e.sku(), e.title(), e.category(), e.price(), e.imageUrl(), total.get(e.sku()), e.reason(), e.shared()));
        }
        merged.sort(Comparator.comparingDouble(ListEntry::score).reversed().thenComparing(ListEntry::sku));
        return merged;
    }
}

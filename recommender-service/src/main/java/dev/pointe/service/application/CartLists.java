package dev.pointe.service.application;

import dev.pointe.format.ItemData;
import dev.pointe.format.ListEntry;
import dev.pointe.format.ServedLists;
import dev.pointe.service.application.port.ModelRepository;
import dev.pointe.service.domain.ListKind;
import dev.pointe.service.domain.UnknownItemException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;

/** What the cart use cases share: the known seeds' lists of one kind, and their merge. */
final class CartLists {

    private CartLists() {
    }

    /** A known seed and its stored list (empty when the version has none). */
    record Seed(ItemData item, List<ListEntry> list) {
    }

    /** The seeds the version knows, in the given order, with their lists; {@link UnknownItemException} when none. */
    static Mono<List<Seed>> seeds(ModelRepository model, String version, List<String> skus, ListKind kind) {
        return Flux.fromIterable(skus)
                .concatMap(sku -> model.item(version, sku)
                        .flatMap(item -> model.list(version, kind, sku).defaultIfEmpty(List.of()).map(list -> new Seed(item, list))))
                .collectList()
                .flatMap(seeds -> seeds.isEmpty() ? Mono.error(new UnknownItemException(String.join(",", skus), version)) : Mono.just(seeds));
    }

    /** The seeds' lists merged as {@link ServedLists#merge} defines it (what the offline evaluation scores). */
    static List<ListEntry> merge(List<Seed> seeds, boolean byCategory, int maxPerCategory) {
        return ServedLists.merge(seeds.stream().map(s -> s.item().sku()).toList(), seeds.stream().map(s -> s.item().category()).toList(),
                seeds.stream().map(Seed::list).toList(), byCategory, maxPerCategory,
                (e, score) -> e.withScore(score, e.reason()));
    }
}

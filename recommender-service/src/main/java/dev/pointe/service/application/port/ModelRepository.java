package dev.pointe.service.application.port;

import dev.pointe.format.ItemData;
import dev.pointe.format.ListEntry;
import dev.pointe.service.domain.ListKind;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/** Read access to the published model. Values of a version never change, so they may be cached. */
public interface ModelRepository {

    /** The active version; empty when none was ever published. Errors when the store is unreachable. */
    Mono<String> activeVersion();

    /** The active version as known in memory right now, without asking the store; null when none is known yet. */
    String knownVersion();

    /** An item's list in a version; empty when the version has no such item. */
    Mono<List<ListEntry>> list(String version, ListKind kind, String sku);

    /** An item's product data in a version; empty when the version has no such item. */
    Mono<ItemData> item(String version, String sku);

    /** Best-sellers per category of a version (the last fallback); empty map when absent. */
    Mono<Map<String, List<ListEntry>>> popular(String version);
}

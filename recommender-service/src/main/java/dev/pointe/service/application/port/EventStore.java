package dev.pointe.service.application.port;

import dev.pointe.format.ShopperEventRecord;
import reactor.core.publisher.Mono;

import java.util.List;

/** Where shopper events go: durable once the Mono completes. */
public interface EventStore {

    /**
     * Stores the events whose ids were not stored before, all in one step; the number stored (the rest were
     * duplicates). Errors ({@link dev.pointe.service.domain.StoreUnavailableException}) when nothing could be stored.
     */
    Mono<Integer> append(List<ShopperEventRecord> events);
}

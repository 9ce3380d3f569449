package dev.pointe.service.application;

import dev.pointe.service.application.port.EventStore;
import dev.pointe.service.domain.EventBatch;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.List;

/** Takes a batch of shopper events: validated whole, stored whole, duplicates (by event id) left out. */
public final class RecordEvents {

    /** What a batch came to. */
    public record Result(int accepted, int duplicates) {
    }

    private final EventStore store;
    private final Clock clock;

    public RecordEvents(EventStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Mono<Result> record(List<EventBatch.Input> events) {
        var valid = EventBatch.validate(events, clock.instant());
        return store.append(valid).map(stored -> new Result(stored, valid.size() - stored));
    }
}

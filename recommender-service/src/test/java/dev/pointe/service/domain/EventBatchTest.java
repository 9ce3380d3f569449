package dev.pointe.service.domain;

import dev.pointe.format.ShopperEventRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventBatchTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private static EventBatch.Input click(String id) {
        return new EventBatch.Input(id, "click", "s-1", "PT-HOS-0010", "2026-12-02T09:59:00Z", 12.5, null, "r1.16e1eb3b33c52bda.none.3fa2c901");
    }

    @Test
    void validEventsBecomeStoredEvents() {
        assertThat(EventBatch.validate(List.of(click("e-1")), NOW)).containsExactly(new ShopperEventRecord("e-1", "click", "s-1",
                "PT-HOS-0010", Instant.parse("2026-12-02T09:59:00Z").toEpochMilli(), 12.5, null, "r1.16e1eb3b33c52bda.none.3fa2c901"));
    }

    @Test
    void everyWrongFieldIsNamedWithItsEventsIndex() {
        EventBatch.Input bad = new EventBatch.Input("has space", "like", " ", null, "yesterday", -1.0, 0, "r9.x");
        assertThatThrownBy(() -> EventBatch.validate(List.of(click("ok"), bad), NOW))
                .isInstanceOfSatisfying(InvalidBodyException.class, e -> assertThat(e.problems()).containsExactly(
                        "events[1].eventId: letters, digits, '.', '_', ':' or '-' only",
                        "events[1].type: one of view, impression, click, add_to_cart, purchase",
                        "events[1].sessionId: required",
                        "events[1].sku: required",
                        "events[1].time: must be an ISO-8601 instant such as 2026-12-02T10:15:30Z",
                        "events[1].price: must be 0..1000000",
                        "events[1].quantity: must be 1..1000",
                        "events[1].recommendationId: not an id this service gave (r1.<version>.<arm>.<8 hex digits>)"));
        EventBatch.Input future = new EventBatch.Input("f", "view", "s", "A", "2026-12-02T12:00:00Z", null, null, null);
        assertThatThrownBy(() -> EventBatch.validate(List.of(future), NOW)).hasMessageContaining("events[0].time: must be within");
    }

    @Test
    void batchesAreBounded() {
        assertThatThrownBy(() -> EventBatch.validate(List.of(), NOW)).hasMessage("events: 1..200 events");
        assertThatThrownBy(() -> EventBatch.validate(Collections.nCopies(201, click("x")), NOW)).hasMessage("events: 1..200 events");
        assertThatThrownBy(() -> EventBatch.validate(null, NOW)).hasMessage("events: required");
        List<EventBatch.Input> nulls = new ArrayList<>();
        nulls.add(null);
        assertThatThrownBy(() -> EventBatch.validate(nulls, NOW)).hasMessage("events[0]: must be an event object");
    }
}

package dev.pointe.service.adapter.in.web;

import dev.pointe.service.application.RecordEvents;
import dev.pointe.service.domain.EventBatch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;

/** {@code POST /v1/events}: shopper events (views, impressions, clicks, add-to-carts, purchases) for online metrics. */
@RestController
@Tag(name = "events", description = "Shopper events: what was shown, clicked and bought, for online metrics and experiments")
public class EventsController {

    private final RecordEvents events;

    public EventsController(RecordEvents events) {
        this.events = events;
    }

    /** A batch of events. */
    @Schema(name = "EventBatch")
    public record EventsRequest(
            @Schema(description = "1..200 events; the body at most 64 KB.", requiredMode = Schema.RequiredMode.REQUIRED) List<Event> events) {
    }

    /** One shopper event. */
    @Schema(name = "ShopperEvent")
    public record Event(
            @Schema(description = "The client's id of the event, 1..128 letters, digits, '.', '_', ':', '-': an event sent again with the same id within 15 minutes is stored once.",
                    requiredMode = Schema.RequiredMode.REQUIRED, example = "8f14e45f-0001") String eventId,
            @Schema(allowableValues = {"view", "impression", "click", "add_to_cart", "purchase"}, requiredMode = Schema.RequiredMode.REQUIRED)
            String type,
            @Schema(description = "The shopper's or session's id (the one sent as X-Pointe-Session), 1..128 characters.",
                    requiredMode = Schema.RequiredMode.REQUIRED, example = "session-42") String sessionId,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "PT-HOS-0010") String sku,
            @Schema(description = "When it happened, ISO-8601; within the last 30 days and at most an hour ahead.",
                    requiredMode = Schema.RequiredMode.REQUIRED, example = "2026-12-02T10:15:30Z") String time,
            @Schema(description = "Unit price (purchase: what was paid).", minimum = "0", maximum = "1000000", example = "12.95") Double price,
            @Schema(description = "Units (add_to_cart, purchase); 1 when absent.", minimum = "1", maximum = "1000") Integer quantity,
            @Schema(description = "The recommendationId of the answer that showed the item, when one did.",
                    example = "r1.16e1eb3b33c52bda.none.3fa2c901") String recommendationId) {
    }

    /** What a batch came to. */
    @Schema(name = "EventsAccepted")
    public record Accepted(@Schema(description = "Events stored now.") int accepted,
                           @Schema(description = "Events already stored before (same eventId): not stored again.") int duplicates) {
    }

    @PostMapping(path = "/v1/events", consumes = "application/json", produces = "application/json")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "sendEvents", summary = "Store shopper events; 202 only once they are stored")
    @ApiResponse(responseCode = "202", description = "Stored (the duplicates were stored before).")
    @ApiResponse(responseCode = "400", description = "An event is invalid; `errors` names each event's index and field. Nothing was stored.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "413", description = "The body is over 64 KB.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "503", description = "The event store is unavailable: nothing was stored; send the batch again.",
            headers = @Header(name = "Retry-After", schema = @Schema(type = "integer")),
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    public Mono<Accepted> send(@RequestBody(required = false) EventsRequest request) {
        List<EventBatch.Input> inputs = request == null || request.events() == null ? null : request.events().stream()
                .map(e -> e == null ? null : new EventBatch.Input(e.eventId(), e.type(), e.sessionId(), e.sku(), e.time(), e.price(),
                        e.quantity(), e.recommendationId()))
                .toList();
        return events.record(inputs).map(r -> new Accepted(r.accepted(), r.duplicates()));
    }
}

package dev.pointe.service.domain;

import dev.pointe.format.RecommendationId;
import dev.pointe.format.ShopperEventRecord;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Validates a client's batch of shopper events and turns it into stored events, all or nothing. */
public final class EventBatch {

    /** Events in one batch at most. */
    public static final int MAX_EVENTS = 200;
    /** How far in the future an event's time may be (clock skew of the shop's servers or browsers). */
    static final Duration MAX_SKEW = Duration.ofHours(1);
    /** How old an event may be. */
    static final Duration MAX_AGE = Duration.ofDays(30);

    /**
     * One event as a client sends it.
     *
     * @param time ISO-8601 instant, e.g. 2026-12-02T10:15:30Z
     */
    public record Input(String eventId, String type, String sessionId, String sku, String time, Double price, Integer quantity,
                        String recommendationId) {
    }

    private EventBatch() {
    }

    /** The events to store, in order; {@link InvalidBodyException} naming every bad field when any is wrong. */
    public static List<ShopperEventRecord> validate(List<Input> events, Instant now) {
        if (events == null) throw new InvalidBodyException("events", List.of("events: required"));
        if (events.isEmpty() || events.size() > MAX_EVENTS) throw new InvalidBodyException("events", List.of("events: 1.." + MAX_EVENTS + " events"));
        List<String> problems = new ArrayList<>();
        List<ShopperEventRecord> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            String at = "events[" + i + "]";
            Input e = events.get(i);
            if (e == null) {
                problems.add(at + ": must be an event object");
                continue;
            }
            int before = problems.size();
            text(problems, at + ".eventId", e.eventId(), 128, EVENT_ID);
            if (e.type() == null || !ShopperEventRecord.TYPES.contains(e.type())) {
                problems.add(at + ".type: one of " + String.join(", ", ShopperEventRecord.TYPES));
            }
            text(problems, at + ".sessionId", e.sessionId(), 128, null);
            text(problems, at + ".sku", e.sku(), 200, null);
            long time = 0;
            if (e.time() == null) {
                problems.add(at + ".time: required, an ISO-8601 instant such as 2026-12-02T10:15:30Z");
            } else {
                try {
                    Instant t = Instant.parse(e.time());
                    if (t.isAfter(now.plus(MAX_SKEW)) || t.isBefore(now.minus(MAX_AGE))) {
                        problems.add(at + ".time: must be within the last 30 days and at most an hour ahead");
                    }
                    time = t.toEpochMilli();
                } catch (DateTimeParseException ex) {
                    problems.add(at + ".time: must be an ISO-8601 instant such as 2026-12-02T10:15:30Z");
                }
            }
            if (e.price() != null && !(e.price() >= 0 && e.price() <= 1_000_000)) problems.add(at + ".price: must be 0..1000000");
            if (e.quantity() != null && (e.quantity() < 1 || e.quantity() > 1_000)) problems.add(at + ".quantity: must be 1..1000");
            if (e.recommendationId() != null && RecommendationId.parse(e.recommendationId()) == null) {
                problems.add(at + ".recommendationId: not an id this service gave (r1.<version>.<arm>.<8 hex digits>)");
            }
            if (problems.size() == before) {
                out.add(new ShopperEventRecord(e.eventId(), e.type(), e.sessionId(), e.sku(), time, e.price(), e.quantity(),
                        e.recommendationId()));
            }
            if (problems.size() >= 20) break; // enough to fix a client; bounded answer
        }
        if (!problems.isEmpty()) throw new InvalidBodyException("events", problems);
        return out;
    }

    private static final java.util.regex.Pattern EVENT_ID = java.util.regex.Pattern.compile("[A-Za-z0-9._:-]+");

    private static void text(List<String> problems, String field, String value, int max, java.util.regex.Pattern pattern) {
        if (value == null || value.isBlank()) {
            problems.add(field + ": required");
        } else if (value.length() > max) {
            problems.add(field + ": at most " + max + " characters");
        } else if (pattern != null && !pattern.matcher(value).matches()) {
            problems.add(field + ": letters, digits, '.', '_', ':' or '-' only");
        }
    }
}

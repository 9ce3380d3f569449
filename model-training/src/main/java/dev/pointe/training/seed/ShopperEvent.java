package dev.pointe.training.seed;

import dev.pointe.training.events.EventType;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the simulated event log.
 *
 * @param userId    shopper id, e.g. {@code U00042}
 * @param sessionId session id, e.g. {@code S000001}; numbered in order of session start
 * @param orderId   order id, e.g. {@code O000123}, for purchase rows; empty for views and carts
 * @param sku       the product's sku
 * @param type      view, cart or purchase
 * @param timestamp when it happened, to the second (UTC)
 */
public record ShopperEvent(String userId, String sessionId, String orderId, String sku, EventType type,
                           Instant timestamp) {

    public ShopperEvent {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timestamp, "timestamp");
        if ((type == EventType.PURCHASE) == orderId.isEmpty()) {
            throw new IllegalArgumentException("purchase rows, and only they, carry an order id: " + type + " " + orderId);
        }
    }
}

package dev.pointe.training.seed;

import dev.pointe.training.events.EventType;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Counts describing a simulated event log.
 *
 * @param shoppers         distinct user ids
 * @param sessions         distinct session ids
 * @param orders           distinct order ids
 * @param views            view rows
 * @param carts            cart rows
 * @param purchases        purchase rows (one per item bought)
 * @param first            earliest timestamp; null when there are no events
 * @param last             latest timestamp; null when there are no events
 */
public record EventSummary(int shoppers, int sessions, int orders, long views, long carts, long purchases,
                           Instant first, Instant last) {

    /** Summarises the events. */
    public static EventSummary of(List<ShopperEvent> events) {
        Set<String> users = new HashSet<>();
        Set<String> sessions = new HashSet<>();
        Set<String> orders = new HashSet<>();
        long views = 0;
        long carts = 0;
        long purchases = 0;
        Instant first = null;
        Instant last = null;
        for (ShopperEvent e : events) {
            users.add(e.userId());
            sessions.add(e.sessionId());
            switch (e.type()) {
                case VIEW -> views++;
                case CART -> carts++;
                case PURCHASE -> {
                    purchases++;
                    orders.add(e.orderId());
                }
            }
            if (first == null || e.timestamp().isBefore(first)) first = e.timestamp();
            if (last == null || e.timestamp().isAfter(last)) last = e.timestamp();
        }
        return new EventSummary(users.size(), sessions.size(), orders.size(), views, carts, purchases, first, last);
    }

    /** All rows. */
    public long events() {
        return views + carts + purchases;
    }

    /** Items per order; 0 when there are no orders. */
    public double meanOrderSize() {
        return orders == 0 ? 0 : (double) purchases / orders;
    }

    /** Rows of the given type. */
    public long count(EventType type) {
        return switch (type) {
            case VIEW -> views;
            case CART -> carts;
            case PURCHASE -> purchases;
        };
    }
}

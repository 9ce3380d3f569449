package dev.pointe.training.events;

import java.util.Locale;

/** What a shopper did with an item. The weight of each type is configured, see {@link EventWeights}. */
public enum EventType {
    VIEW, CART, PURCHASE;

    /** Parses view/cart/purchase (also: detail, add, addtocart, transaction, order, buy); case-insensitive. */
    public static EventType parse(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "view", "detail", "click", "pageview", "view_item":
                return VIEW;
            case "cart", "add", "addtocart", "add_to_cart", "basket":
                return CART;
            case "purchase", "transaction", "order", "buy", "bought", "sale":
                return PURCHASE;
            default:
                throw new IllegalArgumentException("unknown event type '" + text + "' (expected view, cart or purchase)");
        }
    }
}

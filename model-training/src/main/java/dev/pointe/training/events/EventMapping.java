package dev.pointe.training.events;

import java.util.Objects;

/**
 * How to read an interaction file: its format and which columns (CSV) or fields (JSON Lines) hold
 * what. Field names are header names. Null fields are absent from the source.
 *
 * @param format      CSV, JSONL or BASKET_LINES (one basket per line, items split by {@code delimiter})
 * @param delimiter   CSV / basket-line separator; for BASKET_LINES a space also splits on runs of blanks
 * @param itemField   the sku column; required for CSV and JSONL
 * @param userField   the shopper column, or null
 * @param typeField   the event-type column (view/cart/purchase), or null: every event is {@code defaultType}
 * @param timeField   the time column (ISO instant or date-time, ISO date, epoch seconds or millis), or null
 * @param basketField the basket column (session, order), used when {@code basketBy} is FIELD
 * @param basketBy    how events form baskets
 * @param defaultType the type of events without a type column
 */
public record EventMapping(EventFormat format, char delimiter, String itemField, String userField, String typeField,
                           String timeField, String basketField, BasketBy basketBy, EventType defaultType) {

    /** How events are grouped into baskets. */
    public enum BasketBy {
        /** By the value of {@code basketField} (a session or order id). */
        FIELD,
        /** One basket per shopper per UTC day (H&M: customer + t_dat). */
        USER_DAY,
        /** One basket per shopper, whole history. */
        USER,
        /** One basket per input line (BASKET_LINES only). */
        LINE
    }

    public EventMapping {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(basketBy, "basketBy");
        Objects.requireNonNull(defaultType, "defaultType");
        if (format == EventFormat.BASKET_LINES) {
            if (basketBy != BasketBy.LINE) throw new IllegalArgumentException("basket-lines files form one basket per line (--basket-by line)");
        } else {
            if (itemField == null || itemField.isBlank()) throw new IllegalArgumentException("the item column is required (--item-col)");
            if (basketBy == BasketBy.LINE) throw new IllegalArgumentException("--basket-by line needs --events-format basket-lines");
            if (basketBy == BasketBy.FIELD && (basketField == null || basketField.isBlank())) {
                throw new IllegalArgumentException("--basket-by field needs the basket column (--basket-col)");
            }
            if ((basketBy == BasketBy.USER || basketBy == BasketBy.USER_DAY) && (userField == null || userField.isBlank())) {
                throw new IllegalArgumentException("--basket-by " + basketBy.name().toLowerCase().replace('_', '-') + " needs the user column (--user-col)");
            }
            if (basketBy == BasketBy.USER_DAY && (timeField == null || timeField.isBlank())) {
                throw new IllegalArgumentException("--basket-by user-day needs the time column (--time-col)");
            }
        }
    }

    /** The layout of Pointe's own event files (seeds/events.csv.gz): baskets are sessions. */
    public static EventMapping pointeDefault() {
        return new EventMapping(EventFormat.CSV, ',', "sku", "user_id", "event", "timestamp", "session_id",
                BasketBy.FIELD, EventType.PURCHASE);
    }

    /** One basket per line, items split by the delimiter (Brijs retail: space; Groceries: comma). */
    public static EventMapping basketLines(char delimiter) {
        return new EventMapping(EventFormat.BASKET_LINES, delimiter, null, null, null, null, null, BasketBy.LINE,
                EventType.PURCHASE);
    }
}

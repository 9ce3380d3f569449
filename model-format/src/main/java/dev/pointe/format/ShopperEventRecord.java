package dev.pointe.format;

/**
 * One shopper event as stored in the events stream ({@link ModelKeys#events()}): one stream entry per event, whose
 * single field {@value #PAYLOAD} holds the event as compact JSON (one value per event keeps the write path short).
 * The service validates events before storing them; the metrics consumer and the trainer read them back.
 *
 * @param eventId          the client's id for the event, 1..128 characters; a second event with the same id is a duplicate
 * @param type             view, impression, click, add_to_cart, purchase
 * @param session          the shopper's or session's id, 1..128 characters (what experiments assign arms by)
 * @param sku              the item, 1..200 characters
 * @param time             when it happened, epoch milliseconds
 * @param price            unit price paid or shown; null when not given
 * @param quantity         units (add_to_cart, purchase), ≥ 1; null when not given (counts as 1)
 * @param recommendationId the answer that showed the item ({@link RecommendationId}); null when none did
 */
@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
public record ShopperEventRecord(String eventId, String type, String session, String sku, long time, Double price,
                                 Integer quantity, String recommendationId) {

    /** The event types, as sent and stored. */
    public static final java.util.List<String> TYPES = java.util.List.of("view", "impression", "click", "add_to_cart", "purchase");

    /** The stream entry's one field. */
    public static final String PAYLOAD = "e";

    /** The event as the entry's {@value #PAYLOAD} value: compact JSON (absent optional fields left out). */
    public String payload() {
        return ModelCodec.encodeShopperEvent(this);
    }

    /** Stream entry fields, in order (absent optional ones are left out): the older one-field-per-value shape, still read. */
    public java.util.Map<String, String> fields() {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        out.put("id", eventId);
        out.put("type", type);
        out.put("session", session);
        out.put("sku", sku);
        out.put("time", Long.toString(time));
        if (price != null) out.put("price", Double.toString(price));
        if (quantity != null) out.put("quantity", Integer.toString(quantity));
        if (recommendationId != null) out.put("rec", recommendationId);
        return out;
    }

    /** The event of a stream entry's fields; throws {@link IllegalArgumentException} when a required one is missing. */
    public static ShopperEventRecord of(java.util.Map<String, String> fields) {
        if (fields.containsKey(PAYLOAD)) return ModelCodec.decodeShopperEvent(fields.get(PAYLOAD));
        String id = fields.get("id");
        String type = fields.get("type");
        String session = fields.get("session");
        String sku = fields.get("sku");
        String time = fields.get("time");
        if (id == null || type == null || session == null || sku == null || time == null) {
            throw new IllegalArgumentException("stream entry lacks one of id, type, session, sku, time: " + fields.keySet());
        }
        return new ShopperEventRecord(id, type, session, sku, Long.parseLong(time),
                fields.containsKey("price") ? Double.valueOf(fields.get("price")) : null,
                fields.containsKey("quantity") ? Integer.valueOf(fields.get("quantity")) : null, fields.get("rec"));
    }
}

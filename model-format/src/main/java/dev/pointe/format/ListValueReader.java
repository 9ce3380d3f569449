package dev.pointe.format;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads list values token by token (no data binding): the service's per-request decode. Accepts exactly
 * what {@link ListValueWriter} writes: a JSON array of entry arrays in {@link ListEntry}'s field order.
 */
public final class ListValueReader {

    private static final JsonFactory JSON = new JsonFactory();

    private ListValueReader() {
    }

    /** Decodes a list value; throws {@link IllegalArgumentException} naming the entry for a malformed value. */
    public static List<ListEntry> read(byte[] value) {
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), value)) {
            expect(p.nextToken(), JsonToken.START_ARRAY, "a list value must be a JSON array");
            List<ListEntry> out = new ArrayList<>(24);
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
                int at = out.size();
                String sku = string(p, at, "sku");
                String title = string(p, at, "title");
                String category = string(p, at, "category");
                double price = number(p, at, "price");
                String imageUrl = string(p, at, "imageUrl");
                double score = number(p, at, "score");
                String reason = string(p, at, "reason");
                List<String> shared = List.of();
                JsonToken next = p.nextToken();
                if (next == JsonToken.START_ARRAY) {
                    List<String> values = new ArrayList<>(4);
                    while ((next = p.nextToken()) == JsonToken.VALUE_STRING) values.add(p.getString());
                    expect(next, JsonToken.END_ARRAY, "entry " + at + ": shared must hold strings");
                    shared = values;
                    next = p.nextToken();
                }
                expect(next, JsonToken.END_ARRAY, "entry " + at + " has more than 8 fields");
                out.add(new ListEntry(sku, title, category, price, imageUrl, score, reason, shared));
            }
            expect(t, JsonToken.END_ARRAY, "entry " + out.size() + " is not an array");
            return out;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("malformed list value: " + e.getOriginalMessage(), e);
        }
    }

    private static String string(JsonParser p, int entry, String field) {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_STRING) return p.getString();
        if (t == JsonToken.VALUE_NULL) return "";
        throw new IllegalArgumentException("malformed list value: entry " + entry + ", " + field + " must be a string, was " + t);
    }

    private static double number(JsonParser p, int entry, String field) {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) return p.getDoubleValue();
        throw new IllegalArgumentException("malformed list value: entry " + entry + ", " + field + " must be a number, was " + t);
    }

    private static void expect(JsonToken actual, JsonToken expected, String message) {
        if (actual != expected) throw new IllegalArgumentException("malformed list value: " + message);
    }
}

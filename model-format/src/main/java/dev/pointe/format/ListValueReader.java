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
 * what {@link ListValueWriter} writes (a JSON array of entry arrays in {@link ListEntry}'s field order), of format 1 or 2.
 * Categories, reason codes and shared attribute values come from a small vocabulary repeated in every
 * list; they are looked up in a bounded table instead of being created anew for every request.
 */
public final class ListValueReader {

    private static final JsonFactory JSON = new JsonFactory();
    private static final StringTable CANONICAL = new StringTable(4096);

    private ListValueReader() {
    }

    /**
     * A fixed-size table of strings, looked up by the parser's characters without creating a String;
     * a miss creates the String and takes the slot. Races are benign: slots hold immutable Strings.
     */
    static final class StringTable {
        private static final int MAX_LENGTH = 64;
        private final String[] slots;

        StringTable(int size) {
            slots = new String[Integer.highestOneBit(size)];
        }

        String of(JsonParser p) {
            int length = p.getStringLength();
            if (length > MAX_LENGTH) return p.getString();
            char[] chars = p.getStringCharacters();
            int offset = p.getStringOffset();
            int hash = 0;
            for (int i = 0; i < length; i++) hash = 31 * hash + chars[offset + i];
            int slot = (hash ^ (hash >>> 16)) & (slots.length - 1);
            String known = slots[slot];
            if (known != null && known.length() == length && same(known, chars, offset)) return known;
            String created = new String(chars, offset, length);
            slots[slot] = created;
            return created;
        }

        private static boolean same(String s, char[] chars, int offset) {
            for (int i = 0; i < s.length(); i++) if (s.charAt(i) != chars[offset + i]) return false;
            return true;
        }
    }

    /** Decodes a list value; throws {@link IllegalArgumentException} naming the entry for a malformed value. */
    public static List<ListEntry> read(byte[] value) {
        return read(value, 0, value.length);
    }

    /** Decodes the list value in {@code length} bytes of {@code buffer} from {@code offset}; as {@link #read(byte[])}. */
    public static List<ListEntry> read(byte[] buffer, int offset, int length) {
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), buffer, offset, length)) {
            expect(p.nextToken(), JsonToken.START_ARRAY, "a list value must be a JSON array");
            List<ListEntry> out = readEntries(p);
            expect(p.nextToken(), null, "trailing data after the list");
            return out;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("malformed list value: " + e.getOriginalMessage(), e);
        }
    }

    /** Decodes the best-sellers value: a JSON object of category → list, in the store's order. */
    public static java.util.Map<String, List<ListEntry>> readPopular(byte[] value) {
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), value)) {
            expect(p.nextToken(), JsonToken.START_OBJECT, "the best-sellers value must be a JSON object");
            java.util.Map<String, List<ListEntry>> out = new java.util.LinkedHashMap<>();
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.PROPERTY_NAME) {
                String category = p.getString();
                expect(p.nextToken(), JsonToken.START_ARRAY, "category " + category + ": a list must be a JSON array");
                out.put(category, readEntries(p));
            }
            expect(t, JsonToken.END_OBJECT, "the best-sellers value is cut short");
            return out;
        } catch (JacksonException e) {
            throw new IllegalArgumentException("malformed popular value: " + e.getOriginalMessage(), e);
        }
    }

    /** The entries of a list whose START_ARRAY was read, up to and including its END_ARRAY. */
    private static List<ListEntry> readEntries(JsonParser p) {
        List<ListEntry> out = new ArrayList<>(24);
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.START_ARRAY) {
            int at = out.size();
            String sku = string(p, at, "sku");
            String title = string(p, at, "title");
            String category = canonical(p, at, "category");
            double price = number(p, at, "price");
            String imageUrl = string(p, at, "imageUrl");
            String brand = "";
            int stock = ListEntry.UNKNOWN_STOCK;
            List<String> colours = List.of();
            List<String> tags = List.of();
            JsonToken next = p.nextToken();
            if (next == JsonToken.VALUE_STRING || next == JsonToken.VALUE_NULL) { // format 2: the item's attributes
                brand = next == JsonToken.VALUE_NULL ? "" : CANONICAL.of(p);
                next = p.nextToken();
                if (next != JsonToken.VALUE_NUMBER_INT) throw malformed(at, "stock", "a whole number", next);
                stock = p.getIntValue();
                colours = strings(p, p.nextToken(), at, "colours");
                tags = strings(p, p.nextToken(), at, "tags");
                next = p.nextToken();
            }
            if (next != JsonToken.VALUE_NUMBER_FLOAT && next != JsonToken.VALUE_NUMBER_INT) throw malformed(at, "score", "a number", next);
            double score = p.getDoubleValue();
            String reason = canonical(p, at, "reason");
            next = p.nextToken();
            List<String> shared = List.of();
            if (next == JsonToken.START_ARRAY) {
                shared = strings(p, next, at, "shared");
                next = p.nextToken();
            }
            if (next != JsonToken.END_ARRAY) throw new IllegalArgumentException("malformed list value: entry " + at + " has too many fields");
            out.add(new ListEntry(sku, title, category, price, imageUrl, score, reason, shared, brand, stock, colours, tags));
        }
        expect(t, JsonToken.END_ARRAY, "entry " + out.size() + " is not an array");
        return out;
    }

    /** A JSON array of strings of a small vocabulary, whose START_ARRAY is {@code start}; equal lists are one instance. */
    private static List<String> strings(JsonParser p, JsonToken start, int entry, String field) {
        if (start != JsonToken.START_ARRAY) throw malformed(entry, field, "an array of strings", start);
        String[] found = SCRATCH.get();
        int n = 0;
        List<String> overflow = null;
        JsonToken next;
        while ((next = p.nextToken()) == JsonToken.VALUE_STRING) {
            String text = CANONICAL.of(p);
            if (n < found.length) {
                found[n++] = text;
            } else {
                if (overflow == null) overflow = new ArrayList<>(List.of(found));
                overflow.add(text);
            }
        }
        if (next != JsonToken.END_ARRAY) throw malformed(entry, field, "an array of strings", next);
        return overflow != null ? List.copyOf(overflow) : CANONICAL_LISTS.of(found, n);
    }

    private static final ThreadLocal<String[]> SCRATCH = ThreadLocal.withInitial(() -> new String[32]);
    private static final ListTable CANONICAL_LISTS = new ListTable(4096);

    /**
     * A fixed-size table of short string lists (an entry's colours, tags, shared values), found by their elements
     * without creating a list; a miss creates the list and takes the slot. Races are benign: slots hold immutable lists.
     */
    static final class ListTable {
        private final Object[] slots;

        ListTable(int size) {
            slots = new Object[Integer.highestOneBit(size)];
        }

        @SuppressWarnings("unchecked")
        List<String> of(String[] items, int n) {
            if (n == 0) return List.of();
            int hash = 1;
            for (int i = 0; i < n; i++) hash = 31 * hash + items[i].hashCode();
            int slot = (hash ^ (hash >>> 16)) & (slots.length - 1);
            List<String> known = (List<String>) slots[slot];
            if (known != null && same(known, items, n)) return known;
            List<String> created = List.of(java.util.Arrays.copyOf(items, n));
            slots[slot] = created;
            return created;
        }

        private static boolean same(List<String> known, String[] items, int n) {
            if (known.size() != n) return false;
            for (int i = 0; i < n; i++) if (!known.get(i).equals(items[i])) return false;
            return true;
        }
    }

    private static IllegalArgumentException malformed(int entry, String field, String expected, JsonToken was) {
        return new IllegalArgumentException("malformed list value: entry " + entry + ", " + field + " must be " + expected + ", was " + was);
    }

    private static String string(JsonParser p, int entry, String field) {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_STRING) return p.getString();
        if (t == JsonToken.VALUE_NULL) return "";
        throw new IllegalArgumentException("malformed list value: entry " + entry + ", " + field + " must be a string, was " + t);
    }

    /** A string of a small vocabulary (categories, reason codes, shared attribute values): one instance each. */
    private static String canonical(JsonParser p, int entry, String field) {
        JsonToken t = p.nextToken();
        if (t == JsonToken.VALUE_STRING) return CANONICAL.of(p);
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

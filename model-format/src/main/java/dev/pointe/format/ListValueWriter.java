package dev.pointe.format;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Builds list values entry by entry straight into UTF-8 bytes: the publisher's hot loop. The bytes
 * are exactly what {@link ModelCodec#encodeList} writes (a JSON array of {@link ListEntry} arrays),
 * and {@link ModelCodec#decodeList} reads them.
 *
 * <p>An item's display part (sku, title, category, price, image) is the same in every list it appears
 * in, so it can be encoded once with {@link #display} and reused with {@link #add(byte[], double, String, List)}.
 * Reusable: {@link #finish()} starts a new list. Not thread-safe.
 */
public final class ListValueWriter {

    private final java.util.IdentityHashMap<String, byte[]> quotedCache = new java.util.IdentityHashMap<>();
    private byte[] buffer = new byte[8192];
    private int length;
    private boolean first = true;

    public ListValueWriter() {
        buffer[length++] = '[';
    }

    /**
     * The encoded display part of an item, the same in every list it appears in:
     * {@code "sku","title","category",price,"imageUrl","brand",stock,[colours],[tags]}.
     */
    public static byte[] display(String sku, String title, String category, double price, String imageUrl, String brand,
                                 int stock, List<String> colours, List<String> tags) {
        StringBuilder s = new StringBuilder(96 + title.length());
        string(s, sku).append(',');
        string(s, title).append(',');
        string(s, category).append(',');
        number(s, price).append(',');
        string(s, imageUrl).append(',');
        string(s, brand == null ? "" : brand).append(',');
        s.append(stock).append(',');
        strings(s, colours).append(',');
        strings(s, tags);
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Appends one entry; arguments as in {@link ListEntry}. */
    public ListValueWriter add(ListEntry e) {
        return add(display(e.sku(), e.title(), e.category(), e.price(), e.imageUrl(), e.brand(), e.stock(), e.colours(), e.tags()),
                e.score(), e.reason(), e.shared());
    }

    /** Appends one entry whose display part was encoded by {@link #display}. */
    public ListValueWriter add(byte[] display, double score, String reason, List<String> shared) {
        if (!first) put((byte) ',');
        first = false;
        put((byte) '[');
        put(display);
        put((byte) ',');
        ascii(number(new StringBuilder(24), score));
        put((byte) ',');
        put(quotedCached(reason));
        put((byte) ',');
        put((byte) '[');
        for (int i = 0; i < shared.size(); i++) {
            if (i > 0) put((byte) ',');
            put(quotedCached(shared.get(i)));
        }
        put((byte) ']');
        put((byte) ']');
        return this;
    }

    /** The value so far; the writer starts a new, empty list. */
    public byte[] finish() {
        put((byte) ']');
        byte[] out = Arrays.copyOf(buffer, length);
        length = 0;
        buffer[length++] = '[';
        first = true;
        return out;
    }

    /**
     * Shared values and reasons come from a small vocabulary held in few String instances; their
     * encoding is cached by identity (bounded, so that a stream of fresh strings cannot grow it).
     */
    private byte[] quotedCached(String value) {
        byte[] bytes = quotedCache.get(value);
        if (bytes == null) {
            bytes = string(new StringBuilder(value.length() + 2), value).toString().getBytes(StandardCharsets.UTF_8);
            if (quotedCache.size() < 10_000) quotedCache.put(value, bytes);
        }
        return bytes;
    }

    private void quoted(String value) {
        boolean plain = true;
        for (int i = 0; i < value.length() && plain; i++) {
            char c = value.charAt(i);
            plain = c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
        }
        if (plain) {
            ensure(value.length() + 2);
            buffer[length++] = '"';
            for (int i = 0; i < value.length(); i++) buffer[length++] = (byte) value.charAt(i);
            buffer[length++] = '"';
        } else {
            put(string(new StringBuilder(), value).toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private void ascii(CharSequence text) {
        ensure(text.length());
        for (int i = 0; i < text.length(); i++) buffer[length++] = (byte) text.charAt(i);
    }

    private void put(byte b) {
        ensure(1);
        buffer[length++] = b;
    }

    private void put(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, length, bytes.length);
        length += bytes.length;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
    }

    private static StringBuilder number(StringBuilder s, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) throw new IllegalArgumentException("not a finite number: " + value);
        return s.append(value);
    }

    private static StringBuilder strings(StringBuilder s, List<String> values) {
        s.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) s.append(',');
            string(s, values.get(i));
        }
        return s.append(']');
    }

    private static StringBuilder string(StringBuilder s, String value) {
        s.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) s.append(String.format("\\u%04x", (int) c));
                    else s.append(c);
                }
            }
        }
        return s.append('"');
    }
}

package dev.pointe.service.domain;

import java.util.List;

/** Turns a reason code and the shared attributes into words a shopper understands. */
public final class Reasons {

    private Reasons() {
    }

    private record Key(String code, String category, List<String> shared) {
    }

    /** Texts already made: a model has few distinct (code, category, shared) triples; bounded all the same. */
    private static final java.util.concurrent.ConcurrentHashMap<Key, String> TEXTS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int MAX_TEXTS = 20_000;

    public static String text(String code, String category, List<String> shared) {
        Key key = new Key(code, category, shared);
        String known = TEXTS.get(key);
        if (known != null) return known;
        String made = make(code, category, shared);
        if (TEXTS.size() >= MAX_TEXTS) TEXTS.clear();
        TEXTS.put(key, made);
        return made;
    }

    private static String make(String code, String category, List<String> shared) {
        String details = shared.isEmpty() ? "" : String.join(", ", shared);
        return switch (code) {
            case "bt" -> shared.isEmpty() ? "often bought together" : "often bought together · same style: " + details;
            case "bv" -> shared.isEmpty() ? "often bought with this item in other colours or sizes"
                    : "often bought with this item in other colours or sizes · same style: " + details;
            case "ms" -> "matching style: " + details;
            case "pc" -> "popular in " + category;
            case "vt" -> shared.isEmpty() ? "often compared with it" : "often compared with it · same style: " + details;
            case "ss" -> shared.isEmpty() ? "similar item" : "similar style: " + details;
            case "pinned" -> "featured by the shop";
            case "boosted" -> "recommended by the shop";
            default -> "recommended";
        };
    }
}

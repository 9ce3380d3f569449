package dev.pointe.service.domain;

import java.util.List;

/** Turns a reason code and the shared attributes into words a shopper understands. */
public final class Reasons {

    private Reasons() {
    }

    public static String text(String code, String category, List<String> shared) {
        String details = shared.isEmpty() ? "" : String.join(", ", shared);
        return switch (code) {
            case "bt" -> shared.isEmpty() ? "often bought together" : "often bought together · same style: " + details;
            case "bv" -> shared.isEmpty() ? "often bought with this item in other colours or sizes"
                    : "often bought with this item in other colours or sizes · same style: " + details;
            case "ms" -> "matching style: " + details;
            case "pc" -> "popular in " + category;
            case "vt" -> shared.isEmpty() ? "often compared with it" : "often compared with it · same style: " + details;
            case "ss" -> shared.isEmpty() ? "similar item" : "similar style: " + details;
            default -> "recommended";
        };
    }
}

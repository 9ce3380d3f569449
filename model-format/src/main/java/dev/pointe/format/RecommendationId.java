package dev.pointe.format;

import java.util.regex.Pattern;

/**
 * The id an answer carries so that shopper events can be attributed to it: which model version and which
 * experiment arm produced it. {@code r1.<version>.<arm>.<8 hex digits>}; the same answer has the same id
 * (so answers stay cacheable), and the id alone says what to count an event for, with no lookup.
 *
 * @param version the model version that answered
 * @param arm     the experiment arm ({@link #NO_ARM} when no experiment ran)
 * @param digest  8 hex digits identifying the answer (seed, list, query)
 */
public record RecommendationId(String version, String arm, String digest) {

    /** The arm of answers given outside any experiment. */
    public static final String NO_ARM = "none";

    private static final Pattern TEXT = Pattern.compile("r1\\.([0-9A-Za-z_-]{1,64})\\.([0-9A-Za-z_-]{1,32})\\.([0-9a-f]{8})");

    public RecommendationId {
        if (!part(version, 64)) throw new IllegalArgumentException("bad version in a recommendation id");
        if (!part(arm, 32)) throw new IllegalArgumentException("bad arm in a recommendation id");
    }

    /** 1 to {@code max} characters of [0-9A-Za-z_-] (checked by hand: ids are made on every answer). */
    private static boolean part(String s, int max) {
        if (s == null || s.isEmpty() || s.length() > max) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || c == '-')) return false;
        }
        return true;
    }

    /** The id of an answer: {@code answerKey} is anything that tells answers of one version and arm apart. */
    public static RecommendationId of(String version, String arm, String answerKey) {
        return of(version, arm, answerKey.hashCode());
    }

    /** The id of an answer whose distinguishing parts hash to {@code answerHash} (no key string is built). */
    public static RecommendationId of(String version, String arm, int answerHash) {
        return new RecommendationId(version, arm, HEX.toHexDigits(answerHash));
    }

    private static final java.util.HexFormat HEX = java.util.HexFormat.of();

    @Override
    public String toString() {
        return "r1." + version + "." + arm + "." + digest;
    }

    /** The id in a client's event; null when the text is not one. */
    public static RecommendationId parse(String text) {
        if (text == null) return null;
        var m = TEXT.matcher(text);
        return m.matches() ? new RecommendationId(m.group(1), m.group(2), m.group(3)) : null;
    }
}

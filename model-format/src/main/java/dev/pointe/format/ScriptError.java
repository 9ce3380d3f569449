package dev.pointe.format;

/**
 * The errors {@link StoreScripts} answer with: a Redis error reply that starts with the code and a space,
 * then words for a person. Parsed here only, so that the trainer and the service agree on them.
 */
public enum ScriptError {
    /** The version is not in the store. */
    MISSING,
    /** The version is still being written (or its writer died). */
    INCOMPLETE,
    /** The activation history changed between reading and rolling back; try again. */
    CHANGED,
    /** The publish lock expired or was taken over while writing. */
    LOCKLOST,
    /** The version's values are in a format the activating code cannot read. */
    FORMAT;

    /** The error of a Redis error message (Lettuce's exception message); null when it is not one of these. */
    public static ScriptError of(String message) {
        if (message == null) return null;
        String text = message.startsWith("ERR ") ? message.substring(4) : message;
        int space = text.indexOf(' ');
        String code = space < 0 ? text : text.substring(0, space);
        for (ScriptError e : values()) if (e.name().equals(code)) return e;
        return null;
    }

    /** The words after the code, for a person. */
    public static String detail(String message) {
        if (message == null) return "";
        String text = message.startsWith("ERR ") ? message.substring(4) : message;
        int space = text.indexOf(' ');
        return space < 0 ? "" : text.substring(space + 1);
    }
}

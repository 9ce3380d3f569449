package dev.pointe.training.publish;

import dev.pointe.format.ScriptError;

/** A publish or registry operation that could not be done; the message says why and what is left. */
public class PublishException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The store script's refusal behind it; null when it is not one. */
    private final transient ScriptError refusal;

    public PublishException(String message) {
        this(message, (ScriptError) null);
    }

    public PublishException(String message, ScriptError refusal) {
        super(message);
        this.refusal = refusal;
    }

    /** The store script's refusal behind this failure (missing, incomplete, unreadable version...); null when none. */
    public ScriptError refusal() {
        return refusal;
    }

    public PublishException(String message, Throwable cause) {
        super(message, cause);
        this.refusal = null;
    }
}

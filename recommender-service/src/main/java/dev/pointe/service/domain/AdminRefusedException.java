package dev.pointe.service.domain;

/**
 * An admin switch the store refused.
 *
 * @see Reason
 */
public class AdminRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why. */
    public enum Reason {
        /** The version is not in the store. */
        MISSING,
        /** The version's publish did not complete, or there is no previous version. */
        CONFLICT
    }

    private final Reason reason;
    private final transient dev.pointe.format.ScriptError script;

    public AdminRefusedException(Reason reason, String message) {
        this(reason, message, null);
    }

    public AdminRefusedException(Reason reason, String message, dev.pointe.format.ScriptError script) {
        super(message);
        this.reason = reason;
        this.script = script;
    }

    /** The store script's refusal behind it (missing, incomplete, unreadable format...); null when none. */
    public dev.pointe.format.ScriptError script() {
        return script;
    }

    public Reason reason() {
        return reason;
    }
}

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

    public AdminRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

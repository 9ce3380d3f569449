package dev.pointe.training.io;

/**
 * Input that cannot be used: names the file, and where known the line and the field, so that the
 * person who runs the trainer can fix the data without reading code.
 */
public class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputException(String where, String message) {
        super(where + ": " + message);
    }

    public InputException(String where, String message, Throwable cause) {
        super(where + ": " + message, cause);
    }
}

package dev.pointe.training.publish;

/** A publish or registry operation that could not be done; the message says why and what is left. */
public class PublishException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PublishException(String message) {
        super(message);
    }

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.pointe.service.domain;

/** The model store did not answer in time and the near-cache could not answer either. */
public class StoreUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

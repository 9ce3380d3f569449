package dev.pointe.service.domain;

/**
 * The model store answers but no longer holds the model that was being served (its data was flushed or
 * lost in a restart): 503 until a model is published again. Logged once by whoever noticed, not per request.
 */
public final class StoreLostException extends StoreUnavailableException {

    private static final long serialVersionUID = 1L;

    public StoreLostException(String version) {
        super("the model store lost its data (version " + version + " was served); waiting for a model to be published again", null);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}

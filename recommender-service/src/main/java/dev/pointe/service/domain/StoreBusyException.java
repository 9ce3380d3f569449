package dev.pointe.service.domain;

/**
 * Too many model reads are already in flight: the request is refused at once (503, retry shortly) instead
 * of queueing behind them and timing out. Carries no stack trace: it is load shedding, not a fault.
 */
public final class StoreBusyException extends StoreUnavailableException {

    private static final long serialVersionUID = 1L;

    public StoreBusyException(int inFlight) {
        super("more than " + inFlight + " model reads in flight", null);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}

package dev.pointe.service.domain;

/** The sku is not in the active model's catalogue. */
public class UnknownItemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownItemException(String sku, String version) {
        super("item '" + sku + "' is not in model " + version);
    }
}

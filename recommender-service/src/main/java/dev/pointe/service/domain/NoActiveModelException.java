package dev.pointe.service.domain;

/** No model has been published (and activated) in the store yet. */
public class NoActiveModelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoActiveModelException() {
        super("no model has been published yet: run the trainer's 'publish' (or 'train --publish')");
    }
}

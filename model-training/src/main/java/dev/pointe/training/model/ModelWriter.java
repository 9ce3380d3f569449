package dev.pointe.training.model;

/**
 * Where finished models go (a directory now; Redis later). Implementations write all or nothing: a
 * reader never sees a half-written model.
 */
public interface ModelWriter {

    /** Writes the model; throws with a clear message on failure, leaving any previous model intact. */
    void write(TrainedModel model);
}

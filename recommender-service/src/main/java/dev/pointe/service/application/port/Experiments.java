package dev.pointe.service.application.port;

import dev.pointe.format.Experiment;

/** The running A/B test of model versions, kept in memory (read from the store at most a second late). */
public interface Experiments {

    /** The running experiment; null when none runs. */
    Experiment current();

    /** The arm of a shopper in the running experiment; null when none runs or the shopper is unknown (null or blank id). */
    default Experiment.Arm assign(String shopper) {
        Experiment e = current();
        if (e == null || shopper == null || shopper.isBlank()) return null;
        return e.assign(shopper);
    }

    /** No experiment ever. */
    Experiments NONE = () -> null;
}

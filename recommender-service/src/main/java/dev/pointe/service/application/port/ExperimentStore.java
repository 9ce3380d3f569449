package dev.pointe.service.application.port;

import dev.pointe.format.Experiment;
import reactor.core.publisher.Mono;

import java.util.Map;

/** The running experiment and the online counters in the store (the admin side; answers use {@link Experiments}). */
public interface ExperimentStore {

    /** The running experiment; empty when none runs. */
    Mono<Experiment> read();

    /** Starts it (replacing none: a running one must be stopped first, else CONFLICT). */
    Mono<Experiment> start(Experiment experiment);

    /** Stops the running experiment; the stopped one, empty when none ran. */
    Mono<Experiment> stop();

    /** The online counters of a version and arm (impressions, clicks, add_to_cart, purchases, units, revenue_cents); empty map when none. */
    Mono<Map<String, Long>> counters(String version, String arm);

    /** True when the version is complete in the store and in a format the service reads. */
    Mono<Boolean> servable(String version);
}

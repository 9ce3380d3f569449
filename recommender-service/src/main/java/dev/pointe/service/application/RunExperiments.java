package dev.pointe.service.application;

import dev.pointe.format.Experiment;
import dev.pointe.service.application.port.ExperimentStore;
import dev.pointe.service.application.port.ModelAdmin;
import dev.pointe.service.domain.AdminRefusedException;
import dev.pointe.service.domain.ExperimentReport;
import dev.pointe.service.domain.InvalidBodyException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.List;

/** Starts, stops and reports A/B tests of model versions, and promotes a winner (activates its version). */
public final class RunExperiments {

    private final ExperimentStore store;
    private final ModelAdmin models;
    private final Clock clock;
    private final int minImpressions;

    public RunExperiments(ExperimentStore store, ModelAdmin models, Clock clock, int minImpressions) {
        this.store = store;
        this.models = models;
        this.clock = clock;
        this.minImpressions = minImpressions;
    }

    /** Starts an experiment whose every arm's version can be served; problems name the field (400). */
    public Mono<Experiment> start(Experiment asked) {
        Experiment experiment = new Experiment(asked.id(), clock.instant().toString(), asked.arms());
        List<String> problems = experiment.problems();
        if (!problems.isEmpty()) return Mono.error(new InvalidBodyException("experiment", problems));
        return Flux.fromIterable(experiment.arms())
                .concatMap(arm -> store.servable(arm.version()).filter(ok -> !ok).map(bad -> arm.version()))
                .collectList()
                .flatMap(unservable -> unservable.isEmpty() ? store.start(experiment)
                        : Mono.error(new AdminRefusedException(AdminRefusedException.Reason.MISSING,
                                "versions " + unservable + " are not complete versions in the store")));
    }

    /** Stops the running experiment (answers go back to the active version); MISSING when none runs. */
    public Mono<Experiment> stop() {
        return store.stop().switchIfEmpty(Mono.error(() -> new AdminRefusedException(AdminRefusedException.Reason.MISSING, "no experiment runs")));
    }

    /** Activates the arm's version and stops the experiment. */
    public Mono<String> promote(String arm) {
        return store.read()
                .switchIfEmpty(Mono.error(() -> new AdminRefusedException(AdminRefusedException.Reason.MISSING, "no experiment runs")))
                .flatMap(e -> Mono.justOrEmpty(e.arms().stream().filter(a -> a.name().equals(arm)).findFirst())
                        .switchIfEmpty(Mono.error(() -> new AdminRefusedException(AdminRefusedException.Reason.MISSING,
                                "experiment " + e.id() + " has no arm '" + arm + "'")))
                        .flatMap(a -> models.activate(a.version()).then(store.stop()).thenReturn(a.version())));
    }

    /** The running experiment's report; MISSING when none runs. */
    public Mono<ExperimentReport> report() {
        return store.read()
                .switchIfEmpty(Mono.error(() -> new AdminRefusedException(AdminRefusedException.Reason.MISSING, "no experiment runs")))
                .flatMap(e -> Flux.fromIterable(e.arms()).concatMap(a -> store.counters(a.version(), a.name())).collectList()
                        .map(counters -> ExperimentReport.of(e.id(), e.arms().stream().map(a -> new String[]{a.name(), a.version()}).toList(),
                                counters, minImpressions)));
    }
}

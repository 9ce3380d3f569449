package dev.pointe.service.adapter.out.redis;

import dev.pointe.format.Experiment;
import dev.pointe.format.ManifestFields;
import dev.pointe.format.ModelCodec;
import dev.pointe.format.ModelKeys;
import dev.pointe.format.ModelStatus;
import dev.pointe.service.application.port.ExperimentStore;
import dev.pointe.service.application.port.Experiments;
import dev.pointe.service.domain.AdminRefusedException;
import dev.pointe.service.domain.StoreUnavailableException;
import io.lettuce.core.SetArgs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The running experiment in Redis ({@link ModelKeys#experiment()}): re-read every {@code poll} (a small GET), so
 * every instance assigns the same arms within that long of a start or stop; and the online counters.
 */
public final class RedisExperiments implements Experiments, ExperimentStore, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisExperiments.class);

    private final RedisConnections connections;
    private final ModelKeys keys;
    private final Duration timeout;
    private final AtomicReference<Experiment> current = new AtomicReference<>();
    private final StoreWatch watch;

    public RedisExperiments(RedisConnections connections, ModelKeys keys, Duration timeout, Duration poll) {
        this.connections = connections;
        this.keys = keys;
        this.timeout = timeout.multipliedBy(4);
        this.watch = new StoreWatch(connections, null, this.timeout, poll,
                () -> read().map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty()).doOnNext(e -> serve(e.orElse(null))),
                LOG, "the running experiment");
    }

    private void serve(Experiment e) {
        Experiment old = current.getAndSet(e);
        String was = old == null ? null : old.id();
        String now = e == null ? null : e.id();
        if (!java.util.Objects.equals(was, now)) LOG.info("experiment {} (was {})", now == null ? "none" : now, was == null ? "none" : was);
    }

    @Override
    public Experiment current() {
        return current.get();
    }

    @Override
    public Mono<Experiment> read() {
        return connections.model().flatMap(c -> c.reactive().get(keys.experiment()))
                .flatMap(bytes -> {
                    try {
                        return Mono.just(ModelCodec.decodeExperiment(bytes));
                    } catch (IllegalArgumentException e) {
                        LOG.error("the experiment at {} is not valid ({}); answering without it", keys.experiment(), e.getMessage());
                        return Mono.empty();
                    }
                })
                .timeout(timeout)
                .onErrorMap(e -> !(e instanceof StoreUnavailableException), e -> new StoreUnavailableException("the model store did not answer", e));
    }

    @Override
    public Mono<Experiment> start(Experiment experiment) {
        String json = new String(ModelCodec.encodeExperiment(experiment), StandardCharsets.UTF_8);
        // the arms are known (to the events consumer) before any instance can answer with them; an arm's counters start
        // from zero (an earlier experiment may have used the same name and version)
        String[] counters = experiment.arms().stream().map(a -> keys.onlineMetrics(a.version(), a.name())).toArray(String[]::new);
        return connections.admin().flatMap(c -> c.reactive().exists(keys.experiment())
                        .flatMap(running -> running > 0 ? Mono.just("RUNNING") : c.reactive().del(counters)
                                .then(c.reactive().sadd(keys.experimentArms(),
                                        experiment.arms().stream().map(Experiment.Arm::name).toArray(String[]::new)))
                                .then(c.reactive().set(keys.experiment(), json, SetArgs.Builder.nx())))
                        .defaultIfEmpty("NOT SET"))
                .timeout(timeout)
                .onErrorMap(e -> new StoreUnavailableException("the model store did not answer", e))
                .flatMap(ok -> "OK".equals(ok) ? Mono.just(experiment) : Mono.error(new AdminRefusedException(
                        AdminRefusedException.Reason.CONFLICT, "an experiment already runs: stop or promote it first")))
                .doOnNext(this::serve);
    }

    @Override
    public Mono<Experiment> stop() {
        return read().flatMap(e -> connections.admin().flatMap(c -> c.reactive().del(keys.experiment())).timeout(timeout).thenReturn(e))
                .doOnNext(e -> serve(null))
                .onErrorMap(e -> !(e instanceof StoreUnavailableException), e -> new StoreUnavailableException("the model store did not answer", e));
    }

    @Override
    public Mono<Map<String, Long>> counters(String version, String arm) {
        return connections.admin().flatMap(c -> c.reactive().hgetall(keys.onlineMetrics(version, arm))
                        .collectMap(kv -> kv.getKey(), kv -> Long.parseLong(kv.getValue()), HashMap::new))
                .timeout(timeout)
                .onErrorMap(e -> new StoreUnavailableException("the model store did not answer", e));
    }

    @Override
    public Mono<Boolean> servable(String version) {
        return connections.admin().flatMap(c -> c.reactive().hmget(keys.manifest(version), ManifestFields.STATUS, ManifestFields.FORMAT)
                        .collectList())
                .timeout(timeout)
                .onErrorMap(e -> new StoreUnavailableException("the model store did not answer", e))
                .map(values -> {
                    String status = values.get(0).getValueOrElse(null);
                    String format = values.get(1).getValueOrElse(null);
                    return ModelStatus.COMPLETE.name().equals(status) && ModelCodec.readable(ManifestFields.format(format));
                });
    }

    @Override
    public void close() {
        watch.close();
    }
}

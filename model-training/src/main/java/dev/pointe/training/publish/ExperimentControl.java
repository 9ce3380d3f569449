package dev.pointe.training.publish;

import dev.pointe.format.Experiment;
import dev.pointe.format.ModelCodec;
import dev.pointe.format.ModelKeys;
import dev.pointe.format.ModelStatus;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/**
 * Starts, stops and promotes A/B tests of model versions from the trainer's side (the service's admin API does the
 * same): the experiment is one JSON value that every service instance re-reads within a second.
 */
public final class ExperimentControl {

    private final RedisCommands<String, String> redis;
    private final ModelKeys keys;
    private final ModelRegistry registry;
    private final Clock clock;

    public ExperimentControl(RedisModelStore store, Clock clock) {
        this.redis = store.control().sync();
        this.keys = store.keys();
        this.registry = new ModelRegistry(store);
        this.clock = clock;
    }

    /** The running experiment; null when none. */
    public Experiment running() {
        String json = redis.get(keys.experiment());
        return json == null ? null : ModelCodec.decodeExperiment(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Starts it; refused when it is invalid, an arm's version is not complete in the store, or one already runs. */
    public Experiment start(String id, List<Experiment.Arm> arms) {
        Experiment e = new Experiment(id, clock.instant().toString(), arms);
        List<String> problems = e.problems();
        if (!problems.isEmpty()) throw new PublishException("experiment refused: " + String.join("; ", problems));
        for (Experiment.Arm a : arms) {
            boolean complete = registry.versions().stream().anyMatch(v -> v.version().equals(a.version()) && v.status() == ModelStatus.COMPLETE);
            if (!complete) throw new PublishException("experiment refused: arm " + a.name() + "'s version " + a.version()
                    + " is not a complete version in the store (see 'versions')");
        }
        if (redis.exists(keys.experiment()) > 0) throw new PublishException("an experiment already runs (" + running().id() + "): stop or promote it first");
        // counters start from zero (an earlier experiment may have used the same arm name and version)
        redis.del(arms.stream().map(a -> keys.onlineMetrics(a.version(), a.name())).toArray(String[]::new));
        redis.sadd(keys.experimentArms(), arms.stream().map(Experiment.Arm::name).toArray(String[]::new));
        String ok = redis.set(keys.experiment(), new String(ModelCodec.encodeExperiment(e), StandardCharsets.UTF_8), SetArgs.Builder.nx());
        if (!"OK".equals(ok)) throw new PublishException("an experiment already runs (" + running().id() + "): stop or promote it first");
        return e;
    }

    /** Stops the running experiment; the stopped one, null when none ran. */
    public Experiment stop() {
        Experiment e = running();
        if (e != null) redis.del(keys.experiment());
        return e;
    }

    /** Activates an arm's version and stops the experiment; the version activated. */
    public String promote(String arm) {
        Experiment e = running();
        if (e == null) throw new PublishException("no experiment runs");
        Experiment.Arm a = e.arms().stream().filter(x -> x.name().equals(arm)).findFirst()
                .orElseThrow(() -> new PublishException("experiment " + e.id() + " has no arm '" + arm + "'"));
        registry.activate(a.version());
        redis.del(keys.experiment());
        return a.version();
    }
}

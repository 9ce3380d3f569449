package dev.pointe.training.cli;

import dev.pointe.format.Experiment;
import dev.pointe.training.publish.ExperimentControl;
import dev.pointe.training.publish.PublishException;
import dev.pointe.training.publish.RedisModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "experiment", mixinStandardHelpOptions = true,
        description = "Starts, stops or promotes an A/B test of model versions in the store (the service's /admin/experiment does "
                + "the same; its report is at GET /admin/experiment/report). Each shopper is assigned an arm by a stable hash "
                + "of the experiment id and their session id.")
public final class ExperimentCommand implements Callable<Integer> {

    @Mixin
    RedisOptions redis = new RedisOptions();

    @Parameters(index = "0", paramLabel = "ACTION", description = "start, stop, promote or show.")
    String action;

    @Option(names = "--id", description = "start: the experiment's name (letters, digits, '-', '_').")
    String id;

    @Option(names = "--arm", paramLabel = "NAME=VERSION[:WEIGHT]",
            description = "start: an arm, repeatable, the first is the control; weight 1 when absent. promote: the arm's name.")
    List<String> arms = new ArrayList<>();

    @Override
    public Integer call() {
        try (RedisModelStore store = redis.connect()) {
            ExperimentControl control = new ExperimentControl(store, Clock.systemUTC());
            switch (action) {
                case "start" -> {
                    Experiment e = control.start(id, arms.stream().map(ExperimentCommand::arm).toList());
                    System.out.println("started " + e.id() + ": " + e.arms());
                }
                case "stop" -> {
                    Experiment e = control.stop();
                    System.out.println(e == null ? "no experiment ran" : "stopped " + e.id());
                }
                case "promote" -> {
                    if (arms.size() != 1) throw new PublishException("promote needs one --arm NAME");
                    System.out.println("activated " + control.promote(arms.get(0)) + "; experiment stopped");
                }
                case "show" -> {
                    Experiment e = control.running();
                    System.out.println(e == null ? "no experiment runs" : e.id() + " since " + e.startedAt() + ": " + e.arms());
                }
                default -> throw new PublishException("unknown action '" + action + "': start, stop, promote or show");
            }
        } catch (PublishException e) {
            System.err.println("experiment: " + e.getMessage());
            return ExitCodes.REDIS_FAILED;
        }
        return ExitCodes.OK;
    }

    private static Experiment.Arm arm(String text) {
        int eq = text.indexOf('=');
        if (eq < 1) throw new PublishException("--arm must be NAME=VERSION[:WEIGHT], was '" + text + "'");
        String rest = text.substring(eq + 1);
        int colon = rest.indexOf(':');
        try {
            double weight = colon < 0 ? 1 : Double.parseDouble(rest.substring(colon + 1));
            return new Experiment.Arm(text.substring(0, eq), colon < 0 ? rest : rest.substring(0, colon), weight);
        } catch (NumberFormatException e) {
            throw new PublishException("--arm weight must be a number, was '" + rest.substring(colon + 1) + "'");
        }
    }
}

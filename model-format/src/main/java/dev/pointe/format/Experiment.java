package dev.pointe.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An A/B test of model versions, stored at {@link ModelKeys#experiment()}: each shopper (or session) is assigned
 * an arm by a stable hash of the experiment's id and the shopper's id, so the assignment is the same on every
 * request and every service instance, and independent between experiments.
 *
 * @param id        the experiment's name, 1..64 letters, digits, '-', '_'
 * @param startedAt ISO-8601 instant it started
 * @param arms      two or more arms; the first is the control the others are compared with
 */
public record Experiment(String id, String startedAt, List<Arm> arms) {

    /**
     * @param name    1..32 letters, digits, '-', '_'; unique in the experiment
     * @param version a complete model version in the store
     * @param weight  share of traffic, > 0 (weights are relative: 1 and 1 split evenly)
     */
    public record Arm(String name, String version, double weight) {
    }

    public Experiment {
        arms = arms == null ? List.of() : List.copyOf(arms);
    }

    /** What is wrong with it, each as "field: problem"; empty when valid. Versions are checked against the store elsewhere. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (id == null || !id.matches("[A-Za-z0-9_-]{1,64}")) out.add("id: required, 1..64 letters, digits, '-' or '_'");
        if (arms.size() < 2 || arms.size() > 10) out.add("arms: 2..10 arms");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < arms.size(); i++) {
            Arm a = arms.get(i);
            if (a == null) {
                out.add("arms[" + i + "]: must be an arm object");
                continue;
            }
            if (a.name() == null || !a.name().matches("[A-Za-z0-9_-]{1,32}") || a.name().equals(RecommendationId.NO_ARM)) {
                out.add("arms[" + i + "].name: required, 1..32 letters, digits, '-' or '_', not '" + RecommendationId.NO_ARM + "'");
            } else if (!names.add(a.name())) {
                out.add("arms[" + i + "].name: '" + a.name() + "' is used by an earlier arm");
            }
            if (a.version() == null || !a.version().matches("[0-9A-Za-z_-]{1,64}")) out.add("arms[" + i + "].version: required");
            if (!(a.weight() > 0) || Double.isInfinite(a.weight())) out.add("arms[" + i + "].weight: must be > 0");
        }
        return out;
    }

    /** The arm of a shopper: the same for the same id in this experiment, spread by the weights. */
    public Arm assign(String shopper) {
        double total = 0;
        for (Arm a : arms) total += a.weight();
        double u = unit(id + ":" + shopper) * total;
        for (Arm a : arms) {
            if (u < a.weight()) return a;
            u -= a.weight();
        }
        return arms.get(arms.size() - 1);
    }

    /** A uniform number in [0, 1) from a text: FNV-1a, 64 bits, mixed. */
    static double unit(String text) {
        long h = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (h >>> 11) * 0x1.0p-53;
    }
}

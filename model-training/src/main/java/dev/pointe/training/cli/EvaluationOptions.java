package dev.pointe.training.cli;

import dev.pointe.training.evaluation.Protocol;
import dev.pointe.training.evaluation.SplitKind;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How to evaluate: splits, protocol, cut-offs. */
final class EvaluationOptions {

    @Option(names = "--split", split = ",", paramLabel = "random|temporal|leave-one-out",
            description = "Held-out data: a random share of baskets, the latest share, or one item of every basket. "
                    + "Several may be given, comma-separated (default: random).")
    List<String> splits = new ArrayList<>();

    @Option(names = "--protocol", split = ",", paramLabel = "NAME",
            description = "What each held-out case asks; several may be given, comma-separated. Primary (one seed, one held-out "
                    + "target): cross-category (a target of another category: complete the look), next-item (any other item of the "
                    + "basket: bought together), same-category (an item of the seed's category: similar items). Secondary: "
                    + "cross-category-all (every other-category item a target), rest-of-basket (the rest of the basket as seeds). "
                    + "'primary' or 'all' name the groups. Default: the primary protocols the data fits (next-item only without categories).")
    List<String> protocols = new ArrayList<>();

    @Option(names = "--test-fraction", defaultValue = "0.2", description = "Share of baskets held out (default: ${DEFAULT-VALUE}).")
    double testFraction;

    @Option(names = "--max-cases", defaultValue = "20000", description = "At most this many evaluation cases, a seeded sample (default: ${DEFAULT-VALUE}).")
    int maxCases;

    @Option(names = "--k", split = ",", description = "Cut-offs to report (default: 1,5,10,20); the summary uses 10.")
    List<Integer> ks = new ArrayList<>(List.of(1, 5, 10, 20));

    List<SplitKind> splitKinds() {
        if (splits.isEmpty()) return List.of(SplitKind.RANDOM);
        return splits.stream().map(s -> switch (s.toLowerCase(Locale.ROOT)) {
            case "random" -> SplitKind.RANDOM;
            case "temporal" -> SplitKind.TEMPORAL;
            case "leave-one-out", "loo" -> SplitKind.LEAVE_ONE_OUT;
            default -> throw new IllegalArgumentException("--split must be random, temporal or leave-one-out, was " + s);
        }).toList();
    }

    List<Protocol> protocols(boolean categorised) {
        List<Protocol> primary = categorised
                ? List.of(Protocol.CROSS_CATEGORY, Protocol.NEXT_ITEM, Protocol.SAME_CATEGORY)
                : List.of(Protocol.NEXT_ITEM);
        if (protocols.isEmpty()) return primary;
        List<Protocol> out = new ArrayList<>();
        for (String p : protocols) {
            switch (p.trim().toLowerCase(Locale.ROOT)) {
                case "primary" -> out.addAll(primary);
                case "all" -> {
                    out.addAll(primary);
                    if (categorised) out.add(Protocol.CROSS_CATEGORY_ALL);
                    out.add(Protocol.REST_OF_BASKET);
                }
                default -> {
                    Protocol parsed = Protocol.parse(p);
                    if (parsed.needsCategories() && !categorised) {
                        throw new IllegalArgumentException("--protocol " + parsed.id() + " needs a catalogue with two or more categories");
                    }
                    out.add(parsed);
                }
            }
        }
        return out.stream().distinct().toList();
    }

    int mainK() {
        return ks.contains(10) ? 10 : ks.get(ks.size() - 1);
    }
}

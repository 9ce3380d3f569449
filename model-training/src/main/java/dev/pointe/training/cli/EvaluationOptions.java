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

    @Option(names = "--protocol", paramLabel = "cross-category|next-item",
            description = "cross-category: one seed item, targets = its basket's items of other categories (complete the look). "
                    + "next-item: the rest of the basket is the seed, any held-out item is the target. "
                    + "Default: cross-category when the data has categories, else next-item.")
    String protocol;

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

    Protocol protocol(boolean categorised) {
        if (protocol == null) return categorised ? Protocol.CROSS_CATEGORY : Protocol.NEXT_ITEM;
        return switch (protocol.toLowerCase(Locale.ROOT)) {
            case "cross-category" -> Protocol.CROSS_CATEGORY;
            case "next-item" -> Protocol.NEXT_ITEM;
            default -> throw new IllegalArgumentException("--protocol must be cross-category or next-item, was " + protocol);
        };
    }

    int mainK() {
        return ks.contains(10) ? 10 : ks.get(ks.size() - 1);
    }
}

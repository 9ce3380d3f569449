package dev.pointe.training.evaluation;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.events.Baskets;
import it.unimi.dsi.fastutil.ints.IntArrayList;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded train/test splits and the evaluation cases they yield. Same inputs and seed ⇒ same split.
 *
 * @param testFraction share of baskets held out by RANDOM and TEMPORAL splits, (0, 1)
 * @param maxCases     at most this many cases (a seeded sample of test baskets), at least 1
 */
public record Splitter(double testFraction, long seed, int maxCases) {

    public Splitter {
        if (!(testFraction > 0 && testFraction < 1)) throw new IllegalArgumentException("testFraction must be in (0,1), was " + testFraction);
        if (maxCases < 1) throw new IllegalArgumentException("maxCases must be at least 1");
    }

    public Split split(Baskets baskets, Catalog catalog, SplitKind kind, Protocol protocol) {
        int n = baskets.size();
        SplittableRandom random = new SplittableRandom(seed);
        boolean[] test = new boolean[n];
        switch (kind) {
            case RANDOM -> {
                for (int b = 0; b < n; b++) test[b] = random.nextDouble() < testFraction;
            }
            case TEMPORAL -> {
                Integer[] order = new Integer[n];
                for (int b = 0; b < n; b++) {
                    if (baskets.time(b) == Baskets.NO_TIME) {
                        throw new IllegalArgumentException("a temporal split needs timestamps; these baskets have none (use --split random)");
                    }
                    order[b] = b;
                }
                java.util.Arrays.sort(order, (x, y) -> {
                    int c = Long.compare(baskets.time(x), baskets.time(y));
                    return c != 0 ? c : Integer.compare(x, y);
                });
                int firstTest = (int) Math.round(n * (1 - testFraction));
                for (int i = firstTest; i < n; i++) test[order[i]] = true;
            }
            case LEAVE_ONE_OUT -> java.util.Arrays.fill(test, true);
        }
        // choose which test baskets become cases (seeded sample when there are too many)
        IntArrayList candidates = new IntArrayList();
        for (int b = 0; b < n; b++) if (test[b] && eligible(baskets, catalog, b, protocol)) candidates.add(b);
        boolean[] asCase = new boolean[n];
        int[] chosen = candidates.toIntArray();
        for (int i = 0; i < Math.min(maxCases, chosen.length); i++) { // partial shuffle
            int j = i + random.nextInt(chosen.length - i);
            int t = chosen[i];
            chosen[i] = chosen[j];
            chosen[j] = t;
            asCase[chosen[i]] = true;
        }

        Baskets.Builder training = Baskets.builder(baskets.items());
        List<EvaluationCase> cases = new ArrayList<>();
        for (int b = 0; b < n; b++) {
            int[] items = baskets.itemsOf(b);
            if (!test[b]) {
                training.add(baskets.user(b), baskets.time(b), items, weights(baskets, b), 0, items.length);
                continue;
            }
            if (!asCase[b]) {
                if (kind == SplitKind.LEAVE_ONE_OUT) {
                    training.add(baskets.user(b), baskets.time(b), items, weights(baskets, b), 0, items.length);
                }
                continue;
            }
            EvaluationCase c = caseOf(items, catalog, protocol, new SplittableRandom(seed * 31 + b));
            cases.add(c);
            if (kind == SplitKind.LEAVE_ONE_OUT) {
                IntArrayList kept = new IntArrayList();
                it.unimi.dsi.fastutil.bytes.ByteArrayList keptWeights = new it.unimi.dsi.fastutil.bytes.ByteArrayList();
                for (int p = baskets.start(b); p < baskets.end(b); p++) {
                    if (!contains(c.targets(), baskets.itemAt(p))) {
                        kept.add(baskets.itemAt(p));
                        keptWeights.add((byte) baskets.weightAt(p));
                    }
                }
                training.add(baskets.user(b), baskets.time(b), kept.toIntArray(), keptWeights.toByteArray(), 0, kept.size());
            }
        }
        return new Split(kind, protocol, training.build(), cases);
    }

    private static byte[] weights(Baskets baskets, int b) {
        byte[] w = new byte[baskets.basketSize(b)];
        for (int p = baskets.start(b), i = 0; p < baskets.end(b); p++, i++) w[i] = (byte) baskets.weightAt(p);
        return w;
    }

    private static boolean eligible(Baskets baskets, Catalog catalog, int b, Protocol protocol) {
        if (baskets.basketSize(b) < 2) return false;
        return switch (protocol) {
            case NEXT_ITEM, REST_OF_BASKET -> true;
            case CROSS_CATEGORY, CROSS_CATEGORY_ALL -> {
                int first = catalog.categoryOf(baskets.itemAt(baskets.start(b)));
                for (int p = baskets.start(b) + 1; p < baskets.end(b); p++) {
                    if (catalog.categoryOf(baskets.itemAt(p)) != first) yield true;
                }
                yield false;
            }
            case SAME_CATEGORY -> {
                BitSet seen = new BitSet();
                for (int p = baskets.start(b); p < baskets.end(b); p++) {
                    int c = catalog.categoryOf(baskets.itemAt(p));
                    if (seen.get(c)) yield true;
                    seen.set(c);
                }
                yield false;
            }
        };
    }

    /**
     * The case a basket yields: a random seed that has a possible target, and a random target (or, for
     * the protocols that ask so, every possible target, or the rest of the basket as seeds).
     */
    static EvaluationCase caseOf(int[] items, Catalog catalog, Protocol protocol, SplittableRandom random) {
        if (protocol == Protocol.REST_OF_BASKET) {
            int held = random.nextInt(items.length);
            int[] seeds = new int[items.length - 1];
            for (int i = 0, j = 0; i < items.length; i++) if (i != held) seeds[j++] = items[i];
            return new EvaluationCase(seeds, new int[]{items[held]});
        }
        int seed;
        IntArrayList targets = new IntArrayList();
        int attempts = 0;
        do { // the basket is eligible, so some seed has a target: draw until one does
            seed = attempts < 64 * items.length ? items[random.nextInt(items.length)] : items[attempts % items.length];
            if (attempts++ > 65 * items.length) throw new IllegalStateException("a basket without a possible target was taken as a case");
            targets.clear();
            for (int item : items) {
                if (item != seed && isTarget(protocol, catalog.categoryOf(seed), catalog.categoryOf(item))) targets.add(item);
            }
        } while (targets.isEmpty());
        int[] chosen = protocol == Protocol.CROSS_CATEGORY_ALL ? targets.toIntArray() : new int[]{targets.getInt(random.nextInt(targets.size()))};
        return new EvaluationCase(new int[]{seed}, chosen);
    }

    private static boolean isTarget(Protocol protocol, int seedCategory, int category) {
        return switch (protocol) {
            case CROSS_CATEGORY, CROSS_CATEGORY_ALL -> category != seedCategory;
            case SAME_CATEGORY -> category == seedCategory;
            case NEXT_ITEM, REST_OF_BASKET -> true;
        };
    }

    private static boolean contains(int[] array, int value) {
        for (int v : array) if (v == value) return true;
        return false;
    }
}

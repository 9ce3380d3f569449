package dev.pointe.training.similarity;

import dev.pointe.training.events.Baskets;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Baskets → item-item co-occurrence → top-K neighbours per item.
 *
 * <p>Works row by row, like a sparse matrix product A·Aᵀ: for each item it walks the baskets holding
 * it (an inverted index) and accumulates pair counts in a dense scratch array, scores every touched
 * pair and keeps the best K. No global pair map is ever built, so memory stays O(items + occurrences)
 * and the rows spread over threads without locks. The result is independent of the thread count.
 */
public final class CooccurrenceEngine {

    private static final int BLOCK = 64;

    private final CooccurrenceConfig config;

    public CooccurrenceEngine(CooccurrenceConfig config) {
        this.config = config;
    }

    /**
     * Computes associations. {@code categoryOf} (may be null) gives each item's category id, to also
     * produce same-category and other-category lists. {@code progress} receives each finished item
     * count increment (called from worker threads).
     */
    public ItemAssociations compute(Baskets input, int[] categoryOf, IntConsumer progress) {
        Baskets baskets = downSample(input);
        int n = baskets.items().size();
        long[] itemCounts = new long[n];
        long total = 0;
        int[] itemOffsets = new int[n + 1];
        for (int b = 0; b < baskets.size(); b++) {
            int max = 0;
            for (int p = baskets.start(b); p < baskets.end(b); p++) {
                int w = baskets.weightAt(p);
                itemCounts[baskets.itemAt(p)] += w;
                itemOffsets[baskets.itemAt(p) + 1]++;
                if (w > max) max = w;
            }
            total += max;
        }
        for (int i = 0; i < n; i++) itemOffsets[i + 1] += itemOffsets[i];
        int[] itemBaskets = new int[itemOffsets[n]];
        int[] fill = itemOffsets.clone();
        for (int b = 0; b < baskets.size(); b++) {
            for (int p = baskets.start(b); p < baskets.end(b); p++) itemBaskets[fill[baskets.itemAt(p)]++] = p;
        }
        // itemBaskets holds positions; the basket of a position is found by the position → basket map
        int[] basketOfPosition = new int[(int) baskets.occurrences()];
        for (int b = 0; b < baskets.size(); b++) {
            for (int p = baskets.start(b); p < baskets.end(b); p++) basketOfPosition[p] = b;
        }

        boolean split = categoryOf != null;
        Rows all = new Rows(n);
        Rows same = split ? new Rows(n) : all;
        Rows other = split ? new Rows(n) : all;
        AtomicInteger nextBlock = new AtomicInteger();
        long finalTotal = total;
        SimilarityMeasure measure = config.measure().forTotal(total);
        Runnable worker = () -> {
            Scratch s = new Scratch(n, config.topK(), measure);
            int block;
            while ((block = nextBlock.getAndIncrement()) * BLOCK < n) {
                int from = block * BLOCK;
                int to = Math.min(n, from + BLOCK);
                for (int a = from; a < to; a++) {
                    row(a, baskets, itemOffsets, itemBaskets, basketOfPosition, itemCounts, finalTotal, categoryOf, s);
                    s.all.drainInto(all, a);
                    if (split) {
                        s.same.drainInto(same, a);
                        s.other.drainInto(other, a);
                    }
                }
                progress.accept(to - from);
            }
        };
        WorkerThreads.run(config.threads(), "pointe-cooccurrence", worker);
        Neighbours allN = all.build();
        return new ItemAssociations(itemCounts, total, allN, split ? same.build() : allN, split ? other.build() : allN);
    }

    private void row(int a, Baskets baskets, int[] itemOffsets, int[] itemBaskets, int[] basketOfPosition,
                     long[] itemCounts, long total, int[] categoryOf, Scratch s) {
        long[] acc = s.acc;
        int[] touched = s.touched;
        int touchedCount = 0;
        boolean uniform = baskets.uniformWeights();
        for (int q = itemOffsets[a]; q < itemOffsets[a + 1]; q++) {
            int position = itemBaskets[q];
            int wa = baskets.weightAt(position);
            int b = basketOfPosition[position];
            for (int p = baskets.start(b), end = baskets.end(b); p < end; p++) {
                int j = baskets.itemAt(p);
                if (j == a) continue;
                if (acc[j] == 0) touched[touchedCount++] = j;
                acc[j] += uniform ? 1 : Math.min(wa, baskets.weightAt(p));
            }
        }
        long countA = itemCounts[a];
        int minSupport = config.minSupport();
        SimilarityMeasure measure = s.measure;
        for (int t = 0; t < touchedCount; t++) {
            int j = touched[t];
            long both = acc[j];
            acc[j] = 0;
            if (both < minSupport) continue;
            double score = measure.score(both, countA, itemCounts[j], total);
            if (!(score > 0)) continue;
            s.all.heap.offer(j, score, both);
            if (categoryOf != null) {
                (categoryOf[j] == categoryOf[a] ? s.same : s.other).heap.offer(j, score, both);
            }
        }
    }

    /** Applies the basket and shopper caps of the config; returns the input when nothing exceeds them. */
    public Baskets downSample(Baskets in) {
        int maxItems = config.maxItemsPerBasket();
        int maxBaskets = config.maxBasketsPerUser();
        boolean[] dropBasket = userCap(in, maxBaskets);
        boolean needed = dropBasket != null;
        for (int b = 0; b < in.size() && !needed; b++) needed = in.basketSize(b) > maxItems;
        if (!needed) return in;
        Baskets.Builder out = Baskets.builder(in.items());
        int[] items = new int[16];
        byte[] ws = new byte[16];
        for (int b = 0; b < in.size(); b++) {
            if (dropBasket != null && dropBasket[b]) continue;
            int size = in.basketSize(b);
            int[] keep = DownSampling.keep(size, maxItems, config.seed(), b);
            if (keep.length > items.length) {
                items = new int[keep.length];
                ws = new byte[keep.length];
            }
            for (int i = 0; i < keep.length; i++) {
                items[i] = in.itemAt(in.start(b) + keep[i]);
                ws[i] = (byte) in.weightAt(in.start(b) + keep[i]);
            }
            out.add(in.user(b), in.time(b), items, ws, 0, keep.length);
        }
        return out.build();
    }

    private boolean[] userCap(Baskets in, int maxBaskets) {
        it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap<it.unimi.dsi.fastutil.ints.IntArrayList> byUser = null;
        it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap counts = new it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap();
        boolean any = false;
        for (int b = 0; b < in.size(); b++) {
            int u = in.user(b);
            if (u == Baskets.NO_USER) continue;
            if (counts.addTo(u, 1) + 1 > maxBaskets) any = true;
        }
        if (!any) return null;
        byUser = new it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap<>();
        for (int b = 0; b < in.size(); b++) {
            int u = in.user(b);
            if (u != Baskets.NO_USER && counts.get(u) > maxBaskets) {
                byUser.computeIfAbsent(u, k -> new it.unimi.dsi.fastutil.ints.IntArrayList()).add(b);
            }
        }
        boolean[] drop = new boolean[in.size()];
        for (var e : byUser.int2ObjectEntrySet()) {
            it.unimi.dsi.fastutil.ints.IntArrayList list = e.getValue();
            for (int b : list) drop[b] = true;
            // shopper ids are numbered in order of appearance, so the key is stable across runs
            for (int keep : DownSampling.keep(list.size(), maxBaskets, config.seed() ^ 0x5EED, e.getIntKey())) {
                drop[list.getInt(keep)] = false;
            }
        }
        return drop;
    }

    private static final class Scratch {
        final long[] acc;
        final int[] touched;
        final Row all;
        final Row same;
        final Row other;
        final SimilarityMeasure measure;

        Scratch(int n, int k, SimilarityMeasure measure) {
            this.measure = measure;
            acc = new long[n];
            touched = new int[n];
            all = new Row(k);
            same = new Row(k);
            other = new Row(k);
        }
    }

    private static final class Row {
        final TopK heap;
        final int[] ids;
        final double[] scores;
        final long[] together;

        Row(int k) {
            heap = new TopK(k);
            ids = new int[k];
            scores = new double[k];
            together = new long[k];
        }

        void drainInto(Rows rows, int item) {
            int count = heap.drainSorted(ids, scores, together);
            rows.ids[item] = java.util.Arrays.copyOf(ids, count);
            rows.scores[item] = java.util.Arrays.copyOf(scores, count);
            rows.together[item] = java.util.Arrays.copyOf(together, count);
        }
    }

    private static final class Rows {
        final int[][] ids;
        final double[][] scores;
        final long[][] together;

        Rows(int n) {
            ids = new int[n][];
            scores = new double[n][];
            together = new long[n][];
        }

        Neighbours build() {
            return Neighbours.of(ids, scores, together);
        }
    }
}

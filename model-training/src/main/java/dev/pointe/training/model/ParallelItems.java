package dev.pointe.training.model;

import dev.pointe.training.similarity.WorkerThreads;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/** Runs a task for every item id over a few threads, in blocks; results must go to per-item slots. */
final class ParallelItems {

    private static final int BLOCK = 256;

    private ParallelItems() {
    }

    static void forEach(int items, int threads, IntConsumer task, IntConsumer progress) {
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            int block;
            while ((block = next.getAndIncrement()) * BLOCK < items) {
                int from = block * BLOCK;
                int to = Math.min(items, from + BLOCK);
                for (int i = from; i < to; i++) task.accept(i);
                progress.accept(to - from);
            }
        };
        WorkerThreads.run(items <= BLOCK ? 1 : threads, "pointe-lists", worker);
    }
}

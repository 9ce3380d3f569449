package dev.pointe.training.similarity;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs one worker on each of a few daemon threads and waits for all; a worker's failure is rethrown. */
public final class WorkerThreads {

    private WorkerThreads() {
    }

    /** Runs {@code worker} {@code threads} times at once (on the caller's thread when 1). */
    public static void run(int threads, String name, Runnable worker) {
        if (threads <= 1) {
            worker.run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        try {
            Future<?>[] futures = new Future<?>[threads];
            for (int i = 0; i < threads; i++) futures[i] = pool.submit(worker);
            for (Future<?> f : futures) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}

package dev.pointe.training.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.util.function.IntConsumer;
import java.util.function.LongConsumer;

/**
 * Progress bars for long steps, drawn on stderr only when a person is watching (a console) and not
 * switched off; otherwise silent, so logs and CI output stay clean.
 */
final class Progress implements AutoCloseable {

    private final ProgressBar bar;

    private Progress(ProgressBar bar) {
        this.bar = bar;
    }

    static Progress start(boolean enabled, String task, long total, String unit) {
        if (!enabled || System.console() == null) return new Progress(null);
        ProgressBarBuilder b = new ProgressBarBuilder().setTaskName(task).setStyle(ProgressBarStyle.ASCII)
                .setUnit(" " + unit, 1).setInitialMax(total <= 0 ? -1 : total).setUpdateIntervalMillis(200)
                .continuousUpdate();
        return new Progress(b.build());
    }

    /** Sets the total once it is known (a bar started with total 0 shows no percentage until then). */
    void total(long total) {
        if (bar != null) bar.maxHint(total);
    }

    /** Adds increments (thread-safe). */
    IntConsumer steps() {
        return n -> {
            if (bar != null) bar.stepBy(n);
        };
    }

    /** Sets the absolute count done. */
    LongConsumer done() {
        return n -> {
            if (bar != null) bar.stepTo(n);
        };
    }

    @Override
    public void close() {
        if (bar != null) bar.close();
    }
}

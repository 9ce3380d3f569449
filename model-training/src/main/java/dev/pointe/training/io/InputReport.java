package dev.pointe.training.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a reader read, kept and skipped, with the reason for every skipped record and the first few
 * places (file:line) of each reason. Nothing is dropped without being counted here.
 */
public final class InputReport {

    private static final int EXAMPLES_PER_REASON = 3;
    /** Reasons listed in a summary; the rest are counted in one line, so no error message grows with the input. */
    static final int REASONS_LISTED = 8;
    /** Distinct reasons kept; beyond it records are counted under one catch-all reason. */
    private static final int REASONS_KEPT = 100;
    static final String OTHER_REASONS = "other reasons";

    private final String source;
    private long read;
    private final Map<String, Long> skippedByReason = new TreeMap<>();
    private final Map<String, List<String>> examples = new TreeMap<>();

    public InputReport(String source) {
        this.source = source;
    }

    public void countRead() {
        read++;
    }

    /** Records a skipped record: a reason shared by many records, and where this one was. */
    public void skip(String reason, String where) {
        if (!skippedByReason.containsKey(reason) && skippedByReason.size() >= REASONS_KEPT) reason = OTHER_REASONS;
        skippedByReason.merge(reason, 1L, Long::sum);
        List<String> list = examples.computeIfAbsent(reason, r -> new ArrayList<>());
        if (list.size() < EXAMPLES_PER_REASON) list.add(where);
    }

    public String source() {
        return source;
    }

    public long read() {
        return read;
    }

    public long skipped() {
        return skippedByReason.values().stream().mapToLong(Long::longValue).sum();
    }

    public long kept() {
        return read - skipped();
    }

    public Map<String, Long> skippedByReason() {
        return Map.copyOf(skippedByReason);
    }

    /**
     * One line per reason, most frequent first: count, reason and the first places, for the console
     * summary; at most {@value #REASONS_LISTED} reasons, then one line counting the rest.
     */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%s: %,d records read, %,d kept, %,d skipped", source, read, kept(), skipped()));
        List<Map.Entry<String, Long>> byCount = new ArrayList<>(skippedByReason.entrySet());
        byCount.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        long rest = 0;
        int restReasons = 0;
        for (int i = 0; i < byCount.size(); i++) {
            Map.Entry<String, Long> e = byCount.get(i);
            if (i < REASONS_LISTED) {
                lines.add(String.format("  skipped %,d: %s (e.g. %s)", e.getValue(), e.getKey(), String.join(", ", examples.get(e.getKey()))));
            } else {
                rest += e.getValue();
                restReasons++;
            }
        }
        if (restReasons > 0) lines.add(String.format("  skipped %,d more for %,d other reasons", rest, restReasons));
        return lines;
    }

    /**
     * Fails when nothing usable was read, or when more than {@code maxBadFraction} of the records were
     * skipped: such input is almost always a wrong column mapping, not dirty data.
     */
    public void requireUsable(double maxBadFraction) {
        if (read == 0 || kept() == 0) {
            throw new InputException(source, "no usable records (" + String.join("; ", describe()) + ")");
        }
        if (skipped() > maxBadFraction * read) {
            throw new InputException(source, String.format(
                    "%.1f%% of records were skipped, more than the allowed %.1f%% (--max-bad-fraction): %s",
                    100.0 * skipped() / read, 100.0 * maxBadFraction, String.join("; ", describe())));
        }
    }
}

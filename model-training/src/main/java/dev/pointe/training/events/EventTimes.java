package dev.pointe.training.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Parses the time formats found in interaction logs into epoch seconds (UTC when no zone is given). */
final class EventTimes {

    private EventTimes() {
    }

    /** ISO instant / offset or local date-time / date, or epoch seconds (millis above 10^11). */
    static long parse(String text) {
        String t = text.trim();
        if (t.isEmpty()) throw new IllegalArgumentException("empty time");
        if (isDigits(t)) {
            long v = Long.parseLong(t);
            return v > 100_000_000_000L ? v / 1000 : v;
        }
        if (t.length() == 10) return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        if (t.endsWith("Z")) return Instant.parse(t).getEpochSecond();
        String iso = t.replace(' ', 'T');
        try {
            return OffsetDateTime.parse(iso).toEpochSecond();
        } catch (RuntimeException e) {
            return LocalDateTime.parse(iso).toEpochSecond(ZoneOffset.UTC);
        }
    }

    private static boolean isDigits(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) return false;
        }
        return true;
    }
}

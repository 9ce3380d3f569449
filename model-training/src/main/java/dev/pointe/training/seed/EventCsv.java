package dev.pointe.training.seed;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes simulated events as CSV: a header line {@value #HEADER} and one line per event, with
 * {@code \n} line ends, the event type in lower case and ISO-8601 UTC timestamps
 * ({@code 2026-09-01T10:15:30Z}). Fields are quoted as RFC 4180 asks when they contain a comma,
 * quote or line break (only skus of foreign catalogues can).
 */
public final class EventCsv {

    /** The header line, without its line end. */
    public static final String HEADER = "user_id,session_id,order_id,sku,event,timestamp";

    private EventCsv() {
    }

    /** Writes the header and the events, in list order; flushes but does not close {@code out}. */
    public static void write(List<ShopperEvent> events, Writer out) throws IOException {
        out.write(HEADER);
        out.write('\n');
        for (ShopperEvent e : events) {
            out.write(e.userId());
            out.write(',');
            out.write(e.sessionId());
            out.write(',');
            out.write(e.orderId());
            out.write(',');
            out.write(field(e.sku()));
            out.write(',');
            out.write(e.type().name().toLowerCase(Locale.ROOT));
            out.write(',');
            out.write(e.timestamp().toString());
            out.write('\n');
        }
        out.flush();
    }

    private static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}

package dev.pointe.training.publish;

import dev.pointe.format.ModelKeys;
import dev.pointe.format.ShopperEventRecord;
import io.lettuce.core.Range;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.api.sync.RedisCommands;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes the shopper events of the service's stream as the trainer's own event log ({@code user_id, session_id,
 * order_id, sku, event, timestamp}: what {@code seeds/events.csv.gz} holds), so that the next model learns from what
 * shoppers did: clicks count as views, add_to_cart as cart, purchases as purchases (one order per session and
 * day); impressions are left out (being shown is not interest). Reads with XRANGE in pages, oldest first.
 */
public final class EventExport {

    /** What an export wrote. */
    public record Result(Path file, long read, long written, String lastEntryId) {
    }

    private final RedisCommands<String, String> redis;
    private final ModelKeys keys;

    public EventExport(RedisModelStore store) {
        this.redis = store.control().sync();
        this.keys = store.keys();
    }

    /** Exports the events after stream entry {@code afterId} ("0" for all) into {@code dir/events-<today>.csv.gz}. */
    public Result export(Path dir, String afterId) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve("events-" + LocalDate.now(ZoneOffset.UTC) + ".csv.gz");
        Path partial = dir.resolve(file.getFileName() + ".partial");
        long read = 0;
        long written = 0;
        String last = afterId;
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(partial)), StandardCharsets.UTF_8)) {
            out.write("user_id,session_id,order_id,sku,event,timestamp\n");
            while (true) {
                List<StreamMessage<String, String>> page = redis.xrange(keys.events(),
                        Range.create("(" + last, "+"), io.lettuce.core.Limit.create(0, 1000));
                if (page.isEmpty()) break;
                for (StreamMessage<String, String> m : page) {
                    read++;
                    last = m.getId();
                    ShopperEventRecord e;
                    try {
                        e = ShopperEventRecord.of(m.getBody());
                    } catch (RuntimeException bad) {
                        continue;
                    }
                    String event = switch (e.type()) {
                        case "view", "click" -> "view";
                        case "add_to_cart" -> "cart";
                        case "purchase" -> "purchase";
                        default -> null;
                    };
                    if (event == null) continue;
                    Instant time = Instant.ofEpochMilli(e.time());
                    String order = event.equals("purchase") ? e.session() + "-" + LocalDate.ofInstant(time, ZoneOffset.UTC) : "";
                    out.write(csv(e.session()) + "," + csv(e.session()) + "," + csv(order) + "," + csv(e.sku()) + "," + event + ","
                            + time.truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "\n");
                    written++;
                }
            }
        }
        Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return new Result(file, read, written, last);
    }

    private static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) return value;
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}

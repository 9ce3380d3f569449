package dev.pointe.training.cli;

import dev.pointe.training.publish.EventExport;
import dev.pointe.training.publish.RedisModelStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "export-events", mixinStandardHelpOptions = true,
        description = "Writes the shopper events the service stored (POST /v1/events) as a dated, gzipped event log in the "
                + "trainer's own format (events-YYYY-MM-DD.csv.gz: user_id, session_id, order_id, sku, event, timestamp), "
                + "so that the next 'train --events' learns from what shoppers did. Prints the last stream entry id: pass it "
                + "as --after next time to export only newer events.")
public final class ExportEventsCommand implements Callable<Integer> {

    @Mixin
    RedisOptions redis = new RedisOptions();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the file into.")
    Path out;

    @Option(names = "--after", paramLabel = "ENTRY_ID", defaultValue = "0",
            description = "Export only events after this stream entry id (default: all the stream holds).")
    String after;

    @Override
    public Integer call() throws Exception {
        try (RedisModelStore store = redis.connect()) {
            EventExport.Result r = new EventExport(store).export(out, after);
            System.out.printf("%s: %,d events written of %,d read (impressions are left out); last entry %s%n", r.file(), r.written(),
                    r.read(), r.lastEntryId());
        }
        return ExitCodes.OK;
    }
}

package dev.pointe.training.cli;

import dev.pointe.training.catalog.Product;
import dev.pointe.training.seed.EventCsv;
import dev.pointe.training.seed.EventSummary;
import dev.pointe.training.seed.SeedCatalogue;
import dev.pointe.training.seed.ShopperEvent;
import dev.pointe.training.seed.ShopperSimulator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

/** {@code pointe generate}: writes the balletcore demo catalogue and a simulated shopper event log. */
@Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Writes the balletcore demo data: an invented catalogue and a simulated shopper event log.",
                "",
                "  <out>/catalog.json    JSON array, one product per line: sku, title,",
                "                        category, slot, brand, price, colours, materials,",
                "                        styleTags, stock (0 = sold out), imageUrl.",
                "                        340 products in 10 categories.",
                "  <out>/events.csv.gz   gzipped CSV, header",
                "                        user_id,session_id,order_id,sku,event,timestamp;",
                "                        event is view, cart or purchase; order_id is set",
                "                        on purchase rows only; timestamps are ISO-8601 UTC.",
                "",
                "Shoppers browse and buy along five latent looks (backstage ballerina, barre/Pilates, K-pop stage, "
                        + "luxury ballerina, everyday coquette) that the products' style tags mark. The output is "
                        + "deterministic: the same options give byte-identical files.",
                "",
                "Example:",
                "  generate --out seeds --seed 42     # the committed sample in seeds/",
                "",
                "Exit codes: 0 done, 2 bad usage, 3 files not written.",
                ""})
public final class GenerateCommand implements Callable<Integer> {

    /** The catalogue's file name in the output directory. */
    public static final String CATALOG_FILE = "catalog.json";
    /** The event log's file name in the output directory. */
    public static final String EVENTS_FILE = "events.csv.gz";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "seeds",
            description = "Directory to write catalog.json and events.csv.gz to; created if missing; "
                    + "existing files are replaced (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Random seed of both the catalogue and the events (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--shoppers", paramLabel = "N", defaultValue = "1500",
            description = "Number of simulated shoppers, at least 1 (default: ${DEFAULT-VALUE}).")
    private int shoppers;

    @Option(names = "--days", paramLabel = "N", defaultValue = "60",
            description = "Length of the simulated period in days, at least 1 (default: ${DEFAULT-VALUE}).")
    private int days;

    @Option(names = "--start", paramLabel = "INSTANT", defaultValue = "2026-09-01T00:00:00Z",
            description = "Start of the simulated period, ISO-8601 UTC (default: ${DEFAULT-VALUE}).")
    private Instant start;

    /** Runs the command on its own: {@code java -cp ... dev.pointe.training.cli.GenerateCommand --help}. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateCommand()).execute(args));
    }

    @Override
    public Integer call() {
        ShopperSimulator.Settings settings;
        try {
            settings = new ShopperSimulator.Settings(seed, shoppers, days, start);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        List<Product> catalogue = SeedCatalogue.build(seed);
        List<ShopperEvent> events = new ShopperSimulator(settings).simulate(catalogue);

        Path catalogFile = out.resolve(CATALOG_FILE);
        Path eventsFile = out.resolve(EVENTS_FILE);
        long catalogBytes;
        long eventsBytes;
        try {
            Files.createDirectories(out);
            catalogBytes = writeCatalogue(catalogue, catalogFile);
            eventsBytes = writeEvents(events, eventsFile);
        } catch (IOException e) {
            spec.commandLine().getErr().println("generate: cannot write to " + out + ": " + e);
            return ExitCodes.OUTPUT_FAILED;
        }

        PrintWriter stdout = spec.commandLine().getOut();
        EventSummary summary = EventSummary.of(events);
        long categories = catalogue.stream().map(Product::category).distinct().count();
        stdout.printf(Locale.ROOT, "%s: %d products in %d categories, %d bytes%n",
                catalogFile, catalogue.size(), categories, catalogBytes);
        stdout.printf(Locale.ROOT, "%s: %d events (%d view, %d cart, %d purchase), %d bytes%n",
                eventsFile, summary.events(), summary.views(), summary.carts(), summary.purchases(), eventsBytes);
        stdout.printf(Locale.ROOT, "  %d shoppers, %d sessions, %d orders of %.2f items on average, %s to %s%n",
                summary.shoppers(), summary.sessions(), summary.orders(), summary.meanOrderSize(),
                summary.first(), summary.last());
        stdout.flush();
        return ExitCodes.OK;
    }

    /**
     * Writes a JSON array with one compact product object per line, so diffs show changed
     * products; returns the file's size in bytes.
     */
    static long writeCatalogue(List<Product> catalogue, Path file) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write("[\n");
            for (int i = 0; i < catalogue.size(); i++) {
                writer.write("  ");
                writer.write(JSON.writeValueAsString(catalogue.get(i)));
                writer.write(i + 1 < catalogue.size() ? ",\n" : "\n");
            }
            writer.write("]\n");
        }
        return Files.size(file);
    }

    /**
     * Writes gzipped CSV and returns the file's size in bytes. The gzip header has no timestamp,
     * so equal events give equal bytes.
     */
    static long writeEvents(List<ShopperEvent> events, Path file) throws IOException {
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            EventCsv.write(events, writer);
        }
        return Files.size(file);
    }
}

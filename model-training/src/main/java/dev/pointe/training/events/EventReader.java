package dev.pointe.training.events;

import dev.pointe.training.io.InputException;
import dev.pointe.training.io.InputReport;
import dev.pointe.training.io.Inputs;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Streams an interaction file into a {@link BasketAssembler}, validating every record. A record with
 * a missing or unparsable required field is skipped and counted with its file:line in the returned
 * {@link InputReport}; a missing column is an {@link InputException} at once.
 */
public final class EventReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EventMapping mapping;

    public EventReader(EventMapping mapping) {
        this.mapping = mapping;
    }

    /** Reads the whole file; {@code progress} receives the number of records read so far, now and then. */
    public InputReport read(Path file, BasketAssembler into, LongConsumer progress) {
        InputReport report = new InputReport(file.toString());
        try (BufferedReader reader = Inputs.open(file)) {
            switch (mapping.format()) {
                case CSV -> readCsv(file, reader, into, report, progress);
                case JSONL -> readJsonLines(file, reader, into, report, progress);
                case BASKET_LINES -> readBasketLines(reader, file, into, report, progress);
            }
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getCause().getMessage(), e);
        }
        return report;
    }

    private void readCsv(Path file, BufferedReader reader, BasketAssembler into, InputReport report,
                         LongConsumer progress) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(mapping.delimiter()).setHeader()
                .setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Map<String, Integer> header = parser.getHeaderMap();
            int item = column(file, header, mapping.itemField(), "--item-col", true);
            int user = column(file, header, mapping.userField(), "--user-col", false);
            int type = column(file, header, mapping.typeField(), "--type-col", false);
            int time = column(file, header, mapping.timeField(), "--time-col", false);
            int basket = column(file, header, mapping.basketField(), "--basket-col", false);
            long previousLine = 1; // the header
            for (CSVRecord record : parser) {
                report.countRead();
                long line = Math.max(previousLine + 1, parser.getCurrentLineNumber());
                previousLine = line;
                String where = file + ":" + line;
                if (!record.isConsistent()) {
                    report.skip("wrong number of fields (" + record.size() + " instead of " + header.size() + ")", where);
                    continue;
                }
                accept(where, value(record, item), value(record, user), value(record, type), value(record, time),
                        value(record, basket), into, report);
                if ((report.read() & 0xFFFF) == 0) progress.accept(report.read());
            }
        }
        progress.accept(report.read());
    }

    private static int column(Path file, Map<String, Integer> header, String name, String flag, boolean required) {
        if (name == null || name.isBlank()) {
            if (required) throw new InputException(file.toString(), "no column given for " + flag);
            return -1;
        }
        Integer index = header.get(name);
        if (index == null) {
            throw new InputException(file + ":1", "column '" + name + "' (" + flag + ") is not in the header " + header.keySet());
        }
        return index;
    }

    private static String value(CSVRecord record, int column) {
        return column < 0 ? null : record.get(column);
    }

    private void readJsonLines(Path file, BufferedReader reader, BasketAssembler into, InputReport report,
                               LongConsumer progress) throws IOException {
        String line;
        long lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) continue;
            report.countRead();
            String where = file + ":" + lineNumber;
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JacksonException e) {
                report.skip("not valid JSON", where);
                continue;
            }
            if (!node.isObject()) {
                report.skip("not a JSON object", where);
                continue;
            }
            accept(where, text(node, mapping.itemField()), text(node, mapping.userField()), text(node, mapping.typeField()),
                    text(node, mapping.timeField()), text(node, mapping.basketField()), into, report);
            if ((report.read() & 0xFFFF) == 0) progress.accept(report.read());
        }
        progress.accept(report.read());
    }

    private static String text(JsonNode node, String field) {
        if (field == null) return null;
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private void accept(String where, String sku, String user, String type, String time, String basket,
                        BasketAssembler into, InputReport report) {
        if (sku == null || sku.isBlank()) {
            report.skip("missing item (field '" + mapping.itemField() + "')", where);
            return;
        }
        EventType eventType = mapping.defaultType();
        if (mapping.typeField() != null) {
            if (type == null || type.isBlank()) {
                report.skip("missing event type (field '" + mapping.typeField() + "')", where);
                return;
            }
            try {
                eventType = EventType.parse(type);
            } catch (IllegalArgumentException e) {
                report.skip("unknown event type in field '" + mapping.typeField() + "'", where);
                return;
            }
        }
        long epoch = Baskets.NO_TIME;
        if (mapping.timeField() != null) {
            if (time == null || time.isBlank()) {
                report.skip("missing time (field '" + mapping.timeField() + "')", where);
                return;
            }
            try {
                epoch = EventTimes.parse(time);
            } catch (RuntimeException e) {
                report.skip("unparsable time in field '" + mapping.timeField() + "'", where);
                return;
            }
        }
        if (mapping.userField() != null && (user == null || user.isBlank())
                && mapping.basketBy() != EventMapping.BasketBy.FIELD) {
            report.skip("missing user (field '" + mapping.userField() + "')", where);
            return;
        }
        String basketKey = switch (mapping.basketBy()) {
            case FIELD -> basket;
            case USER -> user;
            case USER_DAY -> user + '|' + Math.floorDiv(epoch, 86_400L);
            case LINE -> throw new IllegalStateException("LINE baskets come from basket-lines files");
        };
        if (basketKey == null || basketKey.isBlank()) {
            report.skip("missing basket (field '" + mapping.basketField() + "')", where);
            return;
        }
        if (!into.event(basketKey, user, sku.trim(), eventType, epoch)) {
            report.skip("item not in the catalogue", where);
        }
    }

    private void readBasketLines(BufferedReader reader, Path file, BasketAssembler into, InputReport report,
                                 LongConsumer progress) throws IOException {
        String line;
        long lineNumber = 0;
        List<String> skus = new ArrayList<>();
        char delimiter = mapping.delimiter();
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) continue;
            report.countRead();
            skus.clear();
            split(line, delimiter, skus);
            int refused = into.basket(skus);
            if (refused == skus.size()) {
                report.skip("basket with no item in the catalogue", file + ":" + lineNumber);
            } else if (refused > 0) {
                // the basket is kept; its unknown items are still reported
                report.skip("item not in the catalogue (rest of basket kept)", file + ":" + lineNumber);
                report.countRead();
            }
            if ((lineNumber & 0xFFFF) == 0) progress.accept(lineNumber);
        }
        progress.accept(lineNumber);
    }

    /** Splits on the delimiter (runs of blanks when it is a space), trimming and dropping empty tokens. */
    static void split(String line, char delimiter, List<String> out) {
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && (line.charAt(i) == delimiter || (delimiter == ' ' && Character.isWhitespace(line.charAt(i))))) i++;
            int start = i;
            while (i < n && line.charAt(i) != delimiter && !(delimiter == ' ' && Character.isWhitespace(line.charAt(i)))) i++;
            String token = line.substring(start, i).trim();
            if (!token.isEmpty()) out.add(token);
        }
    }
}

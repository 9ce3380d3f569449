package dev.pointe.training.events;

import dev.pointe.training.events.EventMapping.BasketBy;
import dev.pointe.training.io.InputException;
import dev.pointe.training.io.InputReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventReaderTest {

    /** 2024-01-02T09:00:00Z. */
    private static final long JAN2_0900 = 1_704_186_000L;
    /** 2024-01-02T00:00:00Z. */
    private static final long JAN2 = 1_704_153_600L;
    /** 2020-09-16T00:00:00Z. */
    private static final long SEP16 = 1_600_214_400L;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> skus(Baskets baskets, int basket) {
        List<String> out = new ArrayList<>();
        for (int id : baskets.itemsOf(basket)) out.add(baskets.items().sku(id));
        return out;
    }

    private static List<Integer> weights(Baskets baskets, int basket) {
        List<Integer> out = new ArrayList<>();
        for (int p = baskets.start(basket); p < baskets.end(basket); p++) out.add(baskets.weightAt(p));
        return out;
    }

    private static EventMapping csv(String item, String user, String type, String time, String basket, BasketBy by) {
        return new EventMapping(EventFormat.CSV, ',', item, user, type, time, basket, by, EventType.PURCHASE);
    }

    @Test
    void csvColumnsAreFoundByHeaderNameAndAnItemKeepsItsLargestWeight() throws IOException {
        Path file = write("events.csv", """
                session,ts,customer,product,action
                s1,2024-01-02T10:00:00Z,u1,B,view
                s1,2024-01-02T10:05:00Z,u1,B,cart
                s1,2024-01-02T09:00:00Z,u1,A,view
                s2,2024-01-03T00:00:00Z,u2,B,purchase
                s2,2024-01-03T00:01:00Z,u2,B,view
                """);
        BasketAssembler assembler = new BasketAssembler(null, EventWeights.DEFAULT);

        InputReport report = new EventReader(csv("product", "customer", "action", "ts", "session", BasketBy.FIELD))
                .read(file, assembler, n -> { });
        Baskets baskets = assembler.finish();

        assertThat(report.read()).isEqualTo(5);
        assertThat(report.skipped()).isZero();
        assertThat(assembler.users()).isEqualTo(2);
        assertThat(assembler.events()).isEqualTo(5);
        assertThat(baskets.size()).isEqualTo(2);
        assertThat(baskets.items().size()).isEqualTo(2);
        assertThat(baskets.items().sku(0)).isEqualTo("A");
        assertThat(skus(baskets, 0)).containsExactly("A", "B");
        assertThat(weights(baskets, 0)).containsExactly(1, 2); // A viewed; B viewed then carted
        assertThat(baskets.time(0)).isEqualTo(JAN2_0900);       // earliest event, not the first line
        assertThat(baskets.user(0)).isEqualTo(0);
        assertThat(skus(baskets, 1)).containsExactly("B");
        assertThat(weights(baskets, 1)).containsExactly(4);     // purchase beats a later view
        assertThat(baskets.time(1)).isEqualTo(JAN2 + 86_400);
        assertThat(baskets.user(1)).isEqualTo(1);
        assertThat(baskets.uniformWeights()).isFalse();
    }

    @Test
    void withoutTypeColumnEveryEventHasTheDefaultType() throws IOException {
        Path file = write("events.csv", "order,sku\no1,A\no1,B\n");
        BasketAssembler assembler = new BasketAssembler(null, new EventWeights(1, 2, 7));

        new EventReader(new EventMapping(EventFormat.CSV, ',', "sku", null, null, null, "order", BasketBy.FIELD,
                EventType.CART)).read(file, assembler, n -> { });
        Baskets baskets = assembler.finish();

        assertThat(weights(baskets, 0)).containsExactly(2, 2);
        assertThat(baskets.time(0)).isEqualTo(Baskets.NO_TIME);
        assertThat(baskets.user(0)).isEqualTo(Baskets.NO_USER);
    }

    private static final String DAYS = """
            t_dat,customer_id,article_id
            2020-09-16,c1,a
            2020-09-16,c1,b
            2020-09-17,c1,c
            2020-09-16,c2,a
            2020-09-16,c1,b
            """;

    @Test
    void basketsByUserDayGroupOneShoppersPurchasesOfOneDay() throws IOException {
        Path file = write("tx.csv", DAYS);
        BasketAssembler assembler = new BasketAssembler(null, EventWeights.UNIFORM);

        new EventReader(csv("article_id", "customer_id", null, "t_dat", null, BasketBy.USER_DAY))
                .read(file, assembler, n -> { });
        Baskets baskets = assembler.finish();

        assertThat(baskets.size()).isEqualTo(3);
        assertThat(skus(baskets, 0)).containsExactly("a", "b");
        assertThat(baskets.time(0)).isEqualTo(SEP16);
        assertThat(skus(baskets, 1)).containsExactly("c");
        assertThat(baskets.time(1)).isEqualTo(SEP16 + 86_400);
        assertThat(baskets.user(1)).isEqualTo(baskets.user(0));
        assertThat(skus(baskets, 2)).containsExactly("a");
        assertThat(baskets.user(2)).isNotEqualTo(baskets.user(0));
        assertThat(baskets.uniformWeights()).isTrue();
        assertThat(assembler.users()).isEqualTo(2);
    }

    @Test
    void basketsByUserGroupAShoppersWholeHistory() throws IOException {
        Path file = write("tx.csv", DAYS);
        BasketAssembler assembler = new BasketAssembler(null, EventWeights.UNIFORM);

        new EventReader(csv("article_id", "customer_id", null, "t_dat", null, BasketBy.USER))
                .read(file, assembler, n -> { });
        Baskets baskets = assembler.finish();

        assertThat(baskets.size()).isEqualTo(2);
        assertThat(skus(baskets, 0)).containsExactly("a", "b", "c");
        assertThat(baskets.time(0)).isEqualTo(SEP16);
        assertThat(skus(baskets, 1)).containsExactly("a");
        assertThat(baskets.occurrences()).isEqualTo(4);
    }

    @Test
    void timesAreParsedFromIsoInstantsDatesOffsetsAndEpochSecondsOrMillis() {
        assertThat(EventTimes.parse("2024-01-02T09:00:00Z")).isEqualTo(JAN2_0900);
        assertThat(EventTimes.parse("2024-01-02")).isEqualTo(JAN2);
        assertThat(EventTimes.parse("1704186000")).isEqualTo(JAN2_0900);
        assertThat(EventTimes.parse("1704186000999")).isEqualTo(JAN2_0900);
        assertThat(EventTimes.parse(" 2024-01-02T10:00:00+01:00 ")).isEqualTo(JAN2_0900);
        assertThat(EventTimes.parse("2024-01-02 09:00:00")).isEqualTo(JAN2_0900);
        assertThatThrownBy(() -> EventTimes.parse("yesterday")).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> EventTimes.parse("  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void epochMillisInAFileGiveEpochSecondBasketTimes() throws IOException {
        Path file = write("events.csv", "sid,sku,when\nx,A,1704186000123\ny,B,1704153600\n");
        BasketAssembler assembler = new BasketAssembler(null, EventWeights.UNIFORM);

        new EventReader(csv("sku", null, null, "when", "sid", BasketBy.FIELD)).read(file, assembler, n -> { });
        Baskets baskets = assembler.finish();

        assertThat(baskets.time(0)).isEqualTo(JAN2_0900);
        assertThat(baskets.time(1)).isEqualTo(JAN2);
    }

    @Test
    void jsonLinesAreReadAndABadLineIsSkippedWithItsFileAndLine() throws IOException {
        Path file = write("events.jsonl", """
                {"sku":"A","user":"u1","type":"view","ts":"2024-01-02T09:00:00Z","session":"s1"}
                {"sku":"B","user":"u1","type":"purchase","ts":"2024-01-02T09:10:00Z","session":"s1"}
                {"sku": "C", not json

                ["an","array"]
                {"sku":"C","user":"u2","type":"cart","ts":"2024-01-02","session":"s2"}
                """);
        BasketAssembler assembler = new BasketAssembler(null, EventWeights.DEFAULT);
        EventMapping mapping = new EventMapping(EventFormat.JSONL, ',', "sku", "user", "type", "ts", "session",
                BasketBy.FIELD, EventType.PURCHASE);

        InputReport report = new EventReader(mapping).read(file, assembler, n -> { });
        Baskets baskets = assembler.finish();

        assertThat(report.read()).isEqualTo(5);
        assertThat(report.kept()).isEqualTo(3);
        assertThat(report.skippedByReason()).containsOnly(Map.entry("not valid JSON", 1L),
                Map.entry("not a JSON object", 1L));
        assertThat(report.describe()).containsExactly(
                file + ": 5 records read, 3 kept, 2 skipped",
                "  skipped 1: not a JSON object (e.g. " + file + ":5)",
                "  skipped 1: not valid JSON (e.g. " + file + ":3)");
        assertThat(baskets.size()).isEqualTo(2);
        assertThat(skus(baskets, 0)).containsExactly("A", "B");
        assertThat(weights(baskets, 0)).containsExactly(1, 4);
        assertThat(baskets.time(0)).isEqualTo(JAN2_0900);
        assertThat(skus(baskets, 1)).containsExactly("C");
        assertThat(weights(baskets, 1)).containsExactly(2);
        assertThat(baskets.time(1)).isEqualTo(JAN2);
    }

    @Test
    void jsonLinesAcceptNumericFieldValues() throws IOException {
        Path file = write("events.jsonl", """
                {"sku":101,"ts":1704186000,"session":7}
                {"sku":102,"ts":1704186060,"session":7}
                """);
        BasketAssembler assembler = new BasketAssembler(null, EventWeights.UNIFORM);
        EventMapping mapping = new EventMapping(EventFormat.JSONL, ',', "sku", null, null, "ts", "session",
                BasketBy.FIELD, EventType.PURCHASE);

        InputReport report = new EventReader(mapping).read(file, assembler, n -> { });
        Baskets baskets = assembler.finish();

        assertThat(report.skipped()).isZero();
        assertThat(baskets.size()).isEqualTo(1);
        assertThat(skus(baskets, 0)).containsExactly("101", "102");
        assertThat(baskets.time(0)).isEqualTo(JAN2_0900);
    }

    @Test
    void spaceSeparatedBasketLinesSplitOnRunsOfBlanksAndDropDuplicates() throws IOException {
        Path file = write("retail.dat", "1  2\t3\n\n  4 5   \n7 7\n");
        BasketAssembler assembler = new BasketAssembler(null, EventWeights.UNIFORM);

        InputReport report = new EventReader(EventMapping.basketLines(' ')).read(file, assembler, n -> { });
        Baskets baskets = assembler.finish();

        assertThat(report.read()).isEqualTo(3);
        assertThat(report.skipped()).isZero();
        assertThat(baskets.size()).isEqualTo(3);
        assertThat(skus(baskets, 0)).containsExactly("1", "2", "3");
        assertThat(skus(baskets, 1)).containsExactly("4", "5");
        assertThat(skus(baskets, 2)).containsExactly("7");
        assertThat(baskets.time(0)).isEqualTo(Baskets.NO_TIME);
        assertThat(baskets.user(0)).isEqualTo(Baskets.NO_USER);
        assertThat(baskets.uniformWeights()).isTrue();
    }

    @Test
    void commaSeparatedBasketLinesKeepItemNamesWithSpaces() throws IOException {
        Path file = write("groceries.csv", "citrus fruit,semi-finished bread, whole milk\nwhole milk\ntropical fruit,,yogurt\n");
        BasketAssembler assembler = new BasketAssembler(null, EventWeights.UNIFORM);

        new EventReader(EventMapping.basketLines(',')).read(file, assembler, n -> { });
        Baskets baskets = assembler.finish();

        assertThat(baskets.size()).isEqualTo(3);
        assertThat(baskets.items().size()).isEqualTo(5);
        assertThat(skus(baskets, 0)).containsExactly("citrus fruit", "semi-finished bread", "whole milk");
        assertThat(skus(baskets, 1)).containsExactly("whole milk");
        assertThat(skus(baskets, 2)).containsExactly("tropical fruit", "yogurt");
    }

    @Test
    void splitHelperTrimsAndDropsEmptyTokens() {
        List<String> out = new ArrayList<>();
        EventReader.split(" a ;; b c ;", ';', out);
        assertThat(out).containsExactly("a", "b c");
    }

    @Test
    void gzipInputIsDetectedByItsMagicBytesNotByItsName() throws IOException {
        Path gzipped = dir.resolve("events.csv"); // gzip content, no .gz suffix
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
            out.write("sid,sku\ns1,A\ns1,B\n".getBytes(StandardCharsets.UTF_8));
        }
        Path plain = write("plain.csv.gz", "sid,sku\ns9,Z\n"); // plain text, .gz suffix
        BasketAssembler assembler = new BasketAssembler(null, EventWeights.UNIFORM);
        EventReader reader = new EventReader(csv("sku", null, null, null, "sid", BasketBy.FIELD));

        InputReport first = reader.read(gzipped, assembler, n -> { });
        InputReport second = reader.read(plain, assembler, n -> { });
        Baskets baskets = assembler.finish();

        assertThat(first.read()).isEqualTo(2);
        assertThat(second.read()).isEqualTo(1);
        assertThat(baskets.size()).isEqualTo(2);
        assertThat(skus(baskets, 0)).containsExactly("A", "B");
        assertThat(skus(baskets, 1)).containsExactly("Z");
    }

    @Test
    void badRecordsAreSkippedAndCountedByReasonWithTheirFileAndLine() throws IOException {
        Path file = write("events.csv", """
                sku,user_id,event,timestamp,session_id
                A,u1,view,2024-01-02T09:00:00Z,s1
                ,u1,view,2024-01-02T09:00:00Z,s1
                B,u1,wishlist,2024-01-02T09:00:00Z,s1
                C,u1,view,yesterday,s1
                D,u2,cart,1704186000,s2
                E,u2,view,2024-13-45,s2
                F,u2,view,2024-01-02
                """);
        BasketAssembler assembler = new BasketAssembler(null, EventWeights.DEFAULT);

        InputReport report = new EventReader(EventMapping.pointeDefault()).read(file, assembler, n -> { });
        Baskets baskets = assembler.finish();

        assertThat(report.read()).isEqualTo(7);
        assertThat(report.kept()).isEqualTo(2);
        assertThat(report.skippedByReason()).containsOnly(
                Map.entry("missing item (field 'sku')", 1L),
                Map.entry("unknown event type in field 'event'", 1L),
                Map.entry("unparsable time in field 'timestamp'", 2L),
                Map.entry("wrong number of fields (4 instead of 5)", 1L));
        assertThat(report.describe()).containsExactly(
                file + ": 7 records read, 2 kept, 5 skipped",
                "  skipped 2: unparsable time in field 'timestamp' (e.g. " + file + ":5, " + file + ":7)",
                "  skipped 1: missing item (field 'sku') (e.g. " + file + ":3)",
                "  skipped 1: unknown event type in field 'event' (e.g. " + file + ":4)",
                "  skipped 1: wrong number of fields (4 instead of 5) (e.g. " + file + ":8)");
        assertThat(baskets.size()).isEqualTo(2);
        assertThat(skus(baskets, 0)).containsExactly("A");
        assertThat(skus(baskets, 1)).containsExactly("D");
        assertThat(baskets.items().size()).isEqualTo(2); // skipped records create no items
    }

    @Test
    void aRecordWithoutUserIsSkippedWhenBasketsAreByUser() throws IOException {
        Path file = write("tx.csv", "t_dat,customer_id,article_id\n2020-09-16,,a\n2020-09-16,c1,b\n");
        BasketAssembler assembler = new BasketAssembler(null, EventWeights.UNIFORM);

        InputReport report = new EventReader(csv("article_id", "customer_id", null, "t_dat", null, BasketBy.USER_DAY))
                .read(file, assembler, n -> { });

        assertThat(report.skippedByReason()).containsOnly(Map.entry("missing user (field 'customer_id')", 1L));
        assertThat(report.describe().get(1)).endsWith("(e.g. " + file + ":2)");
        assertThat(assembler.finish().size()).isEqualTo(1);
    }

    /**
     * Bug: CSV records are located by commons-csv's record number + 1, which is not the file line when
     * the file has blank lines (ignored) or quoted multi-line fields before the bad record. Here the bad
     * record is on line 4 but is reported at line 3.
     */
    @Test
    void badRecordAfterABlankLineIsReportedAtItsRealLine() throws IOException {
        Path file = write("events.csv", "sid,sku\ns1,A\n\n,\n");
        BasketAssembler assembler = new BasketAssembler(null, EventWeights.UNIFORM);

        InputReport report = new EventReader(csv("sku", null, null, null, "sid", BasketBy.FIELD))
                .read(file, assembler, n -> { });

        assertThat(report.describe()).contains("  skipped 1: missing item (field 'sku') (e.g. " + file + ":4)");
    }

    /** Same bug as above, with a quoted field spanning two lines: the bad record on line 4 is reported at line 3. */
    @Test
    void badRecordAfterAMultiLineFieldIsReportedAtItsRealLine() throws IOException {
        Path file = write("events.csv", "sku,sid,note\nA,s,\"two\nlines\"\n,s,x\n");
        BasketAssembler assembler = new BasketAssembler(null, EventWeights.UNIFORM);

        InputReport report = new EventReader(csv("sku", null, null, null, "sid", BasketBy.FIELD))
                .read(file, assembler, n -> { });

        assertThat(report.describe()).contains("  skipped 1: missing item (field 'sku') (e.g. " + file + ":4)");
    }

    /**
     * Bug: a UTF-8 byte-order mark (spreadsheet exports) is not stripped, so the first header becomes
     * "\uFEFFsku" and the reader fails with "column 'sku' is not in the header [\uFEFFsku, sid]".
     */
    @Test
    void aUtf8ByteOrderMarkIsIgnored() throws IOException {
        Path file = dir.resolve("bom.csv");
        Files.write(file, "\uFEFFsku,sid\nA,s1\n".getBytes(StandardCharsets.UTF_8));
        BasketAssembler assembler = new BasketAssembler(null, EventWeights.UNIFORM);

        InputReport report = new EventReader(csv("sku", null, null, null, "sid", BasketBy.FIELD))
                .read(file, assembler, n -> { });

        assertThat(report.kept()).isEqualTo(1);
    }

    @Test
    void aMissingColumnIsAnInputExceptionNamingFileLineOneAndTheColumn() throws IOException {
        Path file = write("events.csv", "product,user_id,event,timestamp,session_id\nA,u1,view,2024-01-02,s1\n");
        EventReader reader = new EventReader(EventMapping.pointeDefault());
        BasketAssembler assembler = new BasketAssembler(null, EventWeights.DEFAULT);

        assertThatThrownBy(() -> reader.read(file, assembler, n -> { }))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ":1: ")
                .hasMessageContaining("column 'sku' (--item-col) is not in the header");
    }

    @Test
    void aMissingOptionalColumnThatWasNamedIsAlsoAnInputException() throws IOException {
        Path file = write("events.csv", "sku,user_id,event,session_id\nA,u1,view,s1\n");
        EventReader reader = new EventReader(EventMapping.pointeDefault());

        assertThatThrownBy(() -> reader.read(file, new BasketAssembler(null, EventWeights.DEFAULT), n -> { }))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ":1: ")
                .hasMessageContaining("'timestamp' (--time-col)");
    }

    @Test
    void aMissingFileIsAnInputException() {
        Path file = dir.resolve("nope.csv");
        EventReader reader = new EventReader(EventMapping.pointeDefault());

        assertThatThrownBy(() -> reader.read(file, new BasketAssembler(null, EventWeights.DEFAULT), n -> { }))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": file not found");
    }

    @Test
    void skusOutsideAFixedItemIndexAreSkippedAsNotInTheCatalogue() throws IOException {
        Path file = write("events.csv", "sid,sku\ns1,A\ns1,Z\ns2,B\ns3,Y\n");
        ItemIndex catalogue = ItemIndex.of("B", "A", "C");
        BasketAssembler assembler = new BasketAssembler(catalogue, EventWeights.UNIFORM);

        InputReport report = new EventReader(csv("sku", null, null, null, "sid", BasketBy.FIELD))
                .read(file, assembler, n -> { });
        Baskets baskets = assembler.finish();

        assertThat(report.read()).isEqualTo(4);
        assertThat(report.kept()).isEqualTo(2);
        assertThat(report.skippedByReason()).containsOnly(Map.entry("item not in the catalogue", 2L));
        assertThat(report.describe()).contains(
                "  skipped 2: item not in the catalogue (e.g. " + file + ":3, " + file + ":5)");
        assertThat(baskets.items()).isSameAs(catalogue);
        assertThat(baskets.size()).isEqualTo(2);
        assertThat(baskets.itemsOf(0)).containsExactly(0);
        assertThat(baskets.itemsOf(1)).containsExactly(1);
    }

    @Test
    void basketLinesAgainstAFixedItemIndexKeepKnownItemsAndReportUnknownOnes() throws IOException {
        Path file = write("baskets.txt", "A Z\nY X\nB C\n");
        BasketAssembler assembler = new BasketAssembler(ItemIndex.of("A", "B", "C"), EventWeights.UNIFORM);

        InputReport report = new EventReader(EventMapping.basketLines(' ')).read(file, assembler, n -> { });
        Baskets baskets = assembler.finish();

        assertThat(report.skippedByReason()).containsOnly(
                Map.entry("item not in the catalogue (rest of basket kept)", 1L),
                Map.entry("basket with no item in the catalogue", 1L));
        assertThat(report.describe()).contains(
                "  skipped 1: basket with no item in the catalogue (e.g. " + file + ":2)",
                "  skipped 1: item not in the catalogue (rest of basket kept) (e.g. " + file + ":1)");
        assertThat(report.kept()).isEqualTo(2);
        assertThat(baskets.size()).isEqualTo(2);
        assertThat(baskets.itemsOf(0)).containsExactly(0);
        assertThat(baskets.itemsOf(1)).containsExactly(1, 2);
    }

    @Test
    void requireUsableFailsWhenTooManyRecordsOfAFileAreBad() throws IOException {
        Path file = write("events.csv", "sid,sku\ns1,A\ns1,\ns2,\ns3,B\n");
        InputReport report = new EventReader(csv("sku", null, null, null, "sid", BasketBy.FIELD))
                .read(file, new BasketAssembler(null, EventWeights.UNIFORM), n -> { });

        report.requireUsable(0.5);
        assertThatThrownBy(() -> report.requireUsable(0.25))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith(file + ": 50.0% of records were skipped, more than the allowed 25.0%")
                .hasMessageContaining("missing item (field 'sku')");
    }
}

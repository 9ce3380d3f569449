package dev.pointe.format;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListValueReaderTest {

    private static byte[] json(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsWhatTheWriterWrites() {
        ListEntry tights = new ListEntry("PT-TIG-1", "Sheer \"tights\" ✓", "tights", 12.5, "", 0.25, "bt", List.of("blush", "satin"),
                "Plié", 0, List.of("blush", "cream"), List.of("balletcore"));
        ListEntry skirt = new ListEntry("PT-SKI-2", "Tulle skirt", "skirts", 0, "/img/2.jpg", 1e-7, "pc", List.of());
        byte[] value = new ListValueWriter().add(tights).add(skirt).finish();
        assertThat(ListValueReader.read(value)).containsExactly(tights, skirt);
    }

    @Test
    void readsFormatOneEntries() {
        assertThat(ListValueReader.read(json("[[\"a\",\"t\",\"c\",1,\"\",0.5,\"bt\",[\"blush\"]]]"))).containsExactly(
                new ListEntry("a", "t", "c", 1, "", 0.5, "bt", List.of("blush"), "", ListEntry.UNKNOWN_STOCK, List.of(), List.of()));
    }

    @Test
    void anEmptyListIsEmpty() {
        assertThat(ListValueReader.read(json("[]"))).isEmpty();
    }

    @Test
    void namesTheEntryAndFieldOfAMalformedValue() {
        assertThatThrownBy(() -> ListValueReader.read(json("[[\"a\",\"t\",\"c\",1,\"\",0.5,\"bt\",[]],[\"b\",\"t\",\"c\",\"x\"]]")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("malformed list value: entry 1, price must be a number, was VALUE_STRING");
        assertThatThrownBy(() -> ListValueReader.read(json("{\"a\":1}")))
                .hasMessage("malformed list value: a list value must be a JSON array");
        assertThatThrownBy(() -> ListValueReader.read(json("[[\"a\",\"t\",\"c\",1,\"\",0.5,\"bt\",[],9]]")))
                .hasMessage("malformed list value: entry 0 has too many fields");
        assertThatThrownBy(() -> ListValueReader.read(json("[[\"a\",\"t\",\"c\",1,\"\",\"brand\",1.5,[],[],0.5,\"bt\",[]]]")))
                .hasMessage("malformed list value: entry 0, stock must be a whole number, was VALUE_NUMBER_FLOAT");
        assertThatThrownBy(() -> ListValueReader.read(json("[[\"a\",\"t\"")))
                .hasMessageStartingWith("malformed list value");
    }

    @Test
    void equalAttributeListsAreOneInstanceAndALongListIsKeptWhole() {
        String value = "[[\"a\",\"t\",\"c\",1,\"\",\"B\",3,[\"blush\",\"cream\"],[\"balletcore\"],0.5,\"bt\",[\"blush\"]],"
                + "[\"b\",\"t\",\"c\",1,\"\",\"B\",3,[\"blush\",\"cream\"],[],0.5,\"bt\",[\"blush\"]]]";
        List<ListEntry> first = ListValueReader.read(json(value));
        List<ListEntry> again = ListValueReader.read(json(value));
        assertThat(first.get(0).colours()).containsExactly("blush", "cream").isSameAs(first.get(1).colours()).isSameAs(again.get(0).colours());
        assertThat(first.get(0).shared()).containsExactly("blush").isSameAs(again.get(1).shared());
        assertThat(first.get(1).tags()).isEmpty();
        String many = java.util.stream.IntStream.range(0, 40).mapToObj(i -> "\"t" + i + "\"").collect(java.util.stream.Collectors.joining(","));
        List<ListEntry> longTags = ListValueReader.read(json("[[\"a\",\"t\",\"c\",1,\"\",\"B\",3,[],[" + many + "],0.5,\"bt\"]]"));
        assertThat(longTags.get(0).tags()).hasSize(40).startsWith("t0", "t1").endsWith("t39");
    }

    @Test
    void readsAValueFromTheMiddleOfABuffer() {
        byte[] inner = json("[[\"a\",\"t\",\"c\",1,\"\",0.5,\"bt\"]]");
        byte[] buffer = new byte[inner.length + 10];
        java.util.Arrays.fill(buffer, (byte) '#');
        System.arraycopy(inner, 0, buffer, 4, inner.length);
        assertThat(ListValueReader.read(buffer, 4, inner.length)).isEqualTo(ListValueReader.read(inner));
    }
}

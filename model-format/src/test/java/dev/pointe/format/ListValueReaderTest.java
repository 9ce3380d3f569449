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
        byte[] value = new ListValueWriter()
                .add("PT-TIG-1", "Sheer \"tights\" ✓", "tights", 12.5, "", 0.25, "bt", List.of("blush", "satin"))
                .add("PT-SKI-2", "Tulle skirt", "skirts", 0, "/img/2.jpg", 1e-7, "pc", List.of())
                .finish();
        assertThat(ListValueReader.read(value)).containsExactly(
                new ListEntry("PT-TIG-1", "Sheer \"tights\" ✓", "tights", 12.5, "", 0.25, "bt", List.of("blush", "satin")),
                new ListEntry("PT-SKI-2", "Tulle skirt", "skirts", 0, "/img/2.jpg", 1e-7, "pc", List.of()));
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
                .hasMessage("malformed list value: entry 0 has more than 8 fields");
        assertThatThrownBy(() -> ListValueReader.read(json("[[\"a\",\"t\"")))
                .hasMessageStartingWith("malformed list value");
    }
}

package dev.pointe.format;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptErrorTest {

    @Test
    void parsesTheCodeAndTheWords() {
        assertThat(ScriptError.of("MISSING version v1 is not in the store")).isEqualTo(ScriptError.MISSING);
        assertThat(ScriptError.of("ERR FORMAT version v2 is in model format 9")).isEqualTo(ScriptError.FORMAT);
        assertThat(ScriptError.detail("ERR FORMAT version v2 is in model format 9")).isEqualTo("version v2 is in model format 9");
        assertThat(ScriptError.of("WRONGTYPE Operation against a key")).isNull();
        assertThat(ScriptError.of(null)).isNull();
    }

    @Test
    void manifestFormatFieldDefaultsToOne() {
        assertThat(ManifestFields.format(null)).isEqualTo(1);
        assertThat(ManifestFields.format("2")).isEqualTo(2);
        assertThat(ManifestFields.format("two")).isEqualTo(-1);
    }
}

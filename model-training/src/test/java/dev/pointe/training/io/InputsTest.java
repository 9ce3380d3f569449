package dev.pointe.training.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputsTest {

    @TempDir
    Path dir;

    @Test
    void opensPlainAndGzippedFilesByContentAsUtf8() throws IOException {
        Path gz = dir.resolve("a.txt");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("crème\nbrûlée\n".getBytes(StandardCharsets.UTF_8));
        }
        Path plain = dir.resolve("b.gz");
        Files.writeString(plain, "tutu\n", StandardCharsets.UTF_8);

        try (BufferedReader r = Inputs.open(gz)) {
            assertThat(r.lines()).containsExactly("crème", "brûlée");
        }
        try (BufferedReader r = Inputs.open(plain)) {
            assertThat(r.lines()).containsExactly("tutu");
        }
    }

    @Test
    void opensAOneByteAndAnEmptyFile() throws IOException {
        Path one = dir.resolve("one");
        Files.writeString(one, "x");
        Path empty = dir.resolve("empty");
        Files.writeString(empty, "");

        try (BufferedReader r = Inputs.open(one)) {
            assertThat(r.readLine()).isEqualTo("x");
        }
        try (BufferedReader r = Inputs.open(empty)) {
            assertThat(r.readLine()).isNull();
        }
    }

    @Test
    void sha256IsOfTheStoredBytes() throws IOException {
        Path file = dir.resolve("abc");
        Files.writeString(file, "abc", StandardCharsets.US_ASCII);

        assertThat(Inputs.sha256(file)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void missingFilesAreInputExceptions() {
        Path missing = dir.resolve("missing.csv");

        assertThatThrownBy(() -> Inputs.open(missing)).isInstanceOf(InputException.class)
                .hasMessage(missing + ": file not found");
        assertThatThrownBy(() -> Inputs.sha256(missing)).isInstanceOf(InputException.class)
                .hasMessage(missing + ": file not found");
    }
}

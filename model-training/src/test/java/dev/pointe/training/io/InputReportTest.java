package dev.pointe.training.io;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InputReportTest {

    private static InputReport report(int read, String... skippedReasons) {
        InputReport report = new InputReport("in.csv");
        for (int i = 0; i < read; i++) report.countRead();
        for (int i = 0; i < skippedReasons.length; i++) report.skip(skippedReasons[i], "in.csv:" + (i + 2));
        return report;
    }

    @Test
    void countsReadKeptAndSkippedByReason() {
        InputReport report = report(10, "b", "a", "b");

        assertThat(report.source()).isEqualTo("in.csv");
        assertThat(report.read()).isEqualTo(10);
        assertThat(report.skipped()).isEqualTo(3);
        assertThat(report.kept()).isEqualTo(7);
        assertThat(report.skippedByReason()).containsOnly(Map.entry("a", 1L), Map.entry("b", 2L));
    }

    @Test
    void describeListsReasonsMostFrequentFirstWithAtMostThreePlaces() {
        InputReport report = report(7, "zeta", "alpha", "zeta", "zeta", "zeta", "beta");

        assertThat(report.describe()).containsExactly(
                "in.csv: 7 records read, 1 kept, 6 skipped",
                "  skipped 4: zeta (e.g. in.csv:2, in.csv:4, in.csv:5)",
                "  skipped 1: alpha (e.g. in.csv:3)",
                "  skipped 1: beta (e.g. in.csv:7)");
    }

    @Test
    void aSummaryListsAFewReasonsAndCountsTheRestSoThatItStaysShort() {
        InputReport report = new InputReport("in.csv");
        for (int i = 0; i < 20_000; i++) {
            report.countRead();
            report.skip("reason " + i, "in.csv:" + (i + 2));
        }

        List<String> lines = report.describe();
        assertThat(lines).hasSize(1 + InputReport.REASONS_LISTED + 1);
        assertThat(lines.get(1)).startsWith("  skipped 19,900: other reasons (e.g. in.csv:102, ");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("  skipped 93 more for 93 other reasons");
        assertThat(report.skipped()).isEqualTo(20_000);
        assertThat(report.skippedByReason()).hasSize(101).containsEntry(InputReport.OTHER_REASONS, 19_900L);
        assertThatThrownBy(() -> report.requireUsable(0.05)).satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(1_000));
    }

    @Test
    void requireUsablePassesAtTheLimitAndFailsAboveItNamingTheShare() {
        InputReport report = report(10, "bad", "bad", "bad");

        report.requireUsable(0.3);
        assertThatThrownBy(() -> report.requireUsable(0.2))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("in.csv: 30.0% of records were skipped, more than the allowed 20.0% (--max-bad-fraction)")
                .hasMessageContaining("skipped 3: bad (e.g. in.csv:2, in.csv:3, in.csv:4)");
    }

    @Test
    void requireUsableFailsWhenNothingWasReadOrEverythingWasSkipped() {
        assertThatThrownBy(() -> report(0).requireUsable(1.0))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("in.csv: no usable records (in.csv: 0 records read");
        assertThatThrownBy(() -> report(2, "bad", "bad").requireUsable(1.0))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("no usable records");
    }

    @Test
    void inputExceptionPrefixesItsPlace() {
        assertThat(new InputException("f.csv:3", "boom")).hasMessage("f.csv:3: boom");
    }
}

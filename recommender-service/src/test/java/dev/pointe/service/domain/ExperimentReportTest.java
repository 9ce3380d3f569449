package dev.pointe.service.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ExperimentReportTest {

    private static final List<String[]> ARMS = List.of(new String[]{"control", "v1"}, new String[]{"treatment", "v2"});

    @Test
    void aClearDifferenceWithEnoughImpressionsNamesTheWinner() {
        ExperimentReport r = ExperimentReport.of("e", ARMS, List.of(
                Map.of("impressions", 2000L, "clicks", 100L, "purchases", 20L, "revenue_cents", 12345L),
                Map.of("impressions", 2000L, "clicks", 160L)), 1000);
        assertThat(r.status()).isEqualTo("winner");
        assertThat(r.winner()).isEqualTo("treatment");
        assertThat(r.arms().get(0).ctr()).isEqualTo(0.05);
        assertThat(r.arms().get(0).revenue()).isEqualTo(123.45);
        // Wilson 95% of 100/2000: 0.0413 .. 0.0604
        assertThat(r.arms().get(0).ctrLow()).isCloseTo(0.04128, within(1e-4));
        assertThat(r.arms().get(0).ctrHigh()).isCloseTo(0.06041, within(1e-4));
        assertThat(r.arms().get(1).pVsControl()).isCloseTo(0.00011, within(5e-5)); // z = 3.82
    }

    @Test
    void tooFewImpressionsOrNoDifferenceNamesNoWinner() {
        assertThat(ExperimentReport.of("e", ARMS, List.of(Map.of("impressions", 500L, "clicks", 10L),
                Map.of("impressions", 500L, "clicks", 90L)), 1000).status()).isEqualTo("collecting");
        ExperimentReport same = ExperimentReport.of("e", ARMS, List.of(Map.of("impressions", 2000L, "clicks", 100L),
                Map.of("impressions", 2000L, "clicks", 104L)), 1000);
        assertThat(same.status()).isEqualTo("no-difference");
        assertThat(same.winner()).isNull();
        assertThat(ExperimentReport.phi(1.959964)).isCloseTo(0.975, within(1e-6));
    }
}

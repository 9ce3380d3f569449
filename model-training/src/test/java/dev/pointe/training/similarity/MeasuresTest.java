package dev.pointe.training.similarity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MeasuresTest {

    // A in 4 baskets, B in 9, both in 3, 100 baskets
    @Test
    void cosine() {
        assertThat(Measures.COSINE.score(3, 4, 9, 100)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void jaccard() {
        assertThat(Measures.JACCARD.score(3, 4, 9, 100)).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void liftIsZeroForIndependence() {
        assertThat(Measures.LIFT.score(3, 4, 9, 100)).isCloseTo(3.0 * 100 / 36 - 1, within(1e-12));
        assertThat(Measures.LIFT.score(1, 10, 10, 100)).isCloseTo(0, within(1e-12));
    }

    @Test
    void signedLlrUsesMahoutsTableLayout() {
        assertThat(Measures.SIGNED_ROOT_LLR.score(3, 4, 9, 100))
                .isCloseTo(LogLikelihood.rootLogLikelihoodRatio(3, 1, 6, 90), within(1e-12));
        assertThat(Measures.RAW_LLR.score(3, 4, 9, 100))
                .isCloseTo(LogLikelihood.logLikelihoodRatio(3, 6, 1, 90), within(1e-12));
    }

    @Test
    void rawLlrRewardsAntiCorrelationButSignedDoesNot() {
        // two best-sellers (60 of 100 baskets each) that share only 20 baskets: fewer than the 36 expected
        assertThat(Measures.RAW_LLR.score(20, 60, 60, 100)).isGreaterThan(10);
        assertThat(Measures.SIGNED_ROOT_LLR.score(20, 60, 60, 100)).isNegative();
    }

    @Test
    void namesRoundTrip() {
        for (Measures m : Measures.values()) assertThat(SimilarityMeasure.named(m.id())).isSameAs(m);
        assertThatThrownBy(() -> SimilarityMeasure.named("pearson")).hasMessageContaining("unknown similarity measure 'pearson'");
    }
}

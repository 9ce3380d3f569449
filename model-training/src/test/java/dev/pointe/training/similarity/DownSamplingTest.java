package dev.pointe.training.similarity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DownSamplingTest {

    @Test
    void smallInputsAreKeptWhole() {
        assertThat(DownSampling.keep(3, 5, 42, 0)).containsExactly(0, 1, 2);
    }

    @Test
    void largeInputsKeepASortedSampleOfMaxDeterministically() {
        int[] a = DownSampling.keep(100, 10, 42, 7);
        assertThat(a).hasSize(10).isSorted().doesNotHaveDuplicates();
        assertThat(a[0]).isGreaterThanOrEqualTo(0);
        assertThat(a[9]).isLessThan(100);
        assertThat(DownSampling.keep(100, 10, 42, 7)).containsExactly(a);
        assertThat(DownSampling.keep(100, 10, 43, 7)).isNotEqualTo(a);
        assertThat(DownSampling.keep(100, 10, 42, 8)).isNotEqualTo(a);
    }

    @Test
    void sampleIsRoughlyUniform() {
        int[] hits = new int[20];
        for (int key = 0; key < 20_000; key++) for (int i : DownSampling.keep(20, 5, 1, key)) hits[i]++;
        for (int h : hits) assertThat(h).isBetween(4_500, 5_500); // expected 5,000 each
    }
}

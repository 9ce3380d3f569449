package dev.pointe.training.tuning;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.catalog.Product;
import dev.pointe.training.evaluation.Protocol;
import dev.pointe.training.events.Baskets;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class TunerTest {

    /** 40 items in 4 categories; baskets pair item i with item i + 10 (another category), plus noise. */
    private static Catalog catalog() {
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < 40; i++) products.add(Product.bare(String.format("i%02d", i), "c" + (i / 10)));
        return Catalog.of(products);
    }

    private static Baskets baskets(Catalog catalog) {
        SplittableRandom random = new SplittableRandom(3);
        Baskets.Builder b = Baskets.builder(catalog.items());
        for (int n = 0; n < 2000; n++) {
            int i = random.nextInt(30);
            int other = random.nextInt(39);
            b.add(n, n, random.nextInt(4) == 0 ? new int[]{i, other < i ? other : other + 1} : new int[]{i, i + 10});
        }
        return b.build();
    }

    @Test
    void triesTheStartFirstKeepsFixedSettingsAndReturnsTheBestTrial() {
        Catalog catalog = catalog();
        Tuner tuner = new Tuner(baskets(catalog), catalog, List.of(Protocol.CROSS_CATEGORY), 10, 42, 2, 500, Set.of("diversity"));
        List<Tuner.Trial> seen = new ArrayList<>();

        Tuner.Result result = tuner.run(ModelSettings.defaults(), 6, Long.MAX_VALUE, System::nanoTime, seen::add);

        assertThat(result.trials()).hasSize(6).isEqualTo(seen);
        assertThat(result.trials().get(0).changes()).isEmpty();
        assertThat(result.trials().get(0).settings()).isEqualTo(ModelSettings.defaults());
        assertThat(result.trials()).allSatisfy(t -> {
            assertThat(t.changes()).doesNotContainKey("diversity");
            assertThat(t.objective()).isBetween(0.0, 1.0);
        });
        assertThat(result.best().objective()).isEqualTo(result.trials().stream().mapToDouble(Tuner.Trial::objective).max().orElseThrow());
        assertThat(result.validationCases()).isPositive();
    }

    @Test
    void theTimeBudgetStopsTheSearchAfterTheFirstTrial() {
        Catalog catalog = catalog();
        Tuner tuner = new Tuner(baskets(catalog), catalog, List.of(Protocol.NEXT_ITEM), 10, 42, 1, 500, Set.of());
        long[] now = {0};

        Tuner.Result result = tuner.run(ModelSettings.defaults(), 100, 10, () -> now[0] += 100, t -> { });

        assertThat(result.trials()).hasSize(1);
    }

    @Test
    void theSameSeedGivesTheSameTrials() {
        Catalog catalog = catalog();
        List<Double> first = new ArrayList<>();
        List<Double> second = new ArrayList<>();
        new Tuner(baskets(catalog), catalog, List.of(Protocol.CROSS_CATEGORY), 10, 7, 1, 500, Set.of())
                .run(ModelSettings.defaults(), 4, Long.MAX_VALUE, System::nanoTime, t -> first.add(t.objective()));
        new Tuner(baskets(catalog), catalog, List.of(Protocol.CROSS_CATEGORY), 10, 7, 1, 500, Set.of())
                .run(ModelSettings.defaults(), 4, Long.MAX_VALUE, System::nanoTime, t -> second.add(t.objective()));

        assertThat(first).isEqualTo(second);
    }
}

package dev.pointe.training.seed;

import dev.pointe.training.catalog.Product;
import dev.pointe.training.events.EventType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ShopperSimulatorTest {

    private static final List<Product> CATALOGUE = SeedCatalogue.build();
    private static final Map<String, Product> BY_SKU = CATALOGUE.stream()
            .collect(Collectors.toMap(Product::sku, p -> p));
    private static final Instant NEW_YEAR = Instant.parse("2026-01-01T00:00:00Z");

    /** The committed sample: default settings on the default catalogue. */
    private static final List<ShopperEvent> SAMPLE =
            new ShopperSimulator(ShopperSimulator.Settings.defaults()).simulate(CATALOGUE);

    @Test
    void tinySimulationIsExactlyReproducible() throws IOException {
        List<ShopperEvent> events = simulate(7, 3, 5);

        assertThat(EventSummary.of(events)).isEqualTo(new EventSummary(3, 15, 2, 92, 9, 6,
                Instant.parse("2026-01-01T09:36:39Z"), Instant.parse("2026-01-05T09:05:41Z")));
        StringWriter csv = new StringWriter();
        EventCsv.write(events.subList(0, 3), csv);
        assertThat(csv.toString()).isEqualTo("""
                user_id,session_id,order_id,sku,event,timestamp
                U00003,S000001,,PT-TOP-0033,view,2026-01-01T09:36:39Z
                U00003,S000001,,PT-SKI-0012,view,2026-01-01T09:38:49Z
                U00001,S000002,,PT-ACC-0014,view,2026-01-01T13:06:22Z
                """);
    }

    @Test
    void sameSeedGivesSameEventsAndAnotherSeedOthers() {
        assertThat(simulate(11, 40, 20)).isEqualTo(simulate(11, 40, 20));
        assertThat(simulate(12, 40, 20)).isNotEqualTo(simulate(11, 40, 20));
    }

    @Test
    void defaultSampleHasTheDocumentedSize() {
        EventSummary summary = EventSummary.of(SAMPLE);

        assertThat(summary.shoppers()).isEqualTo(1500);
        assertThat(summary.events()).isBetween(60_000L, 120_000L);
        assertThat(summary.views()).isGreaterThan(5 * summary.carts());
        assertThat(summary.carts()).isGreaterThan(summary.purchases());
        assertThat(summary.orders()).isBetween(1000, 3000);
        assertThat(summary.first()).isAfterOrEqualTo(ShopperSimulator.Settings.DEFAULT_START);
        assertThat(summary.last()).isBefore(ShopperSimulator.Settings.DEFAULT_START.plus(Duration.ofDays(61)));
    }

    @Test
    void onlyPurchaseRowsCarryAnOrderId() {
        assertThat(SAMPLE).allSatisfy(e -> {
            assertThat(e.userId()).matches("U\\d{5}");
            assertThat(e.sessionId()).matches("S\\d{6}");
            if (e.type() == EventType.PURCHASE) {
                assertThat(e.orderId()).matches("O\\d{6}");
            } else {
                assertThat(e.orderId()).isEmpty();
            }
        });
    }

    @Test
    void timestampsNeverDecreaseAndSessionsBelongToOneShopper() {
        assertThat(SAMPLE).extracting(ShopperEvent::timestamp).isSortedAccordingTo(Comparator.naturalOrder());
        Map<String, Set<String>> usersPerSession = new HashMap<>();
        Map<String, Set<String>> sessionsPerOrder = new HashMap<>();
        for (ShopperEvent e : SAMPLE) {
            usersPerSession.computeIfAbsent(e.sessionId(), s -> new HashSet<>()).add(e.userId());
            if (!e.orderId().isEmpty()) {
                sessionsPerOrder.computeIfAbsent(e.orderId(), o -> new HashSet<>()).add(e.sessionId());
            }
        }
        assertThat(usersPerSession.values()).allSatisfy(users -> assertThat(users).hasSize(1));
        assertThat(sessionsPerOrder.values()).allSatisfy(sessions -> assertThat(sessions).hasSize(1));
    }

    @Test
    void everyPurchasedItemWasCartedInTheSameSessionAndIsInStock() {
        Set<String> carted = new HashSet<>();
        for (ShopperEvent e : SAMPLE) {
            if (e.type() == EventType.CART) carted.add(e.sessionId() + " " + e.sku());
            if (e.type() == EventType.PURCHASE) {
                assertThat(carted).contains(e.sessionId() + " " + e.sku());
                assertThat(BY_SKU.get(e.sku()).stock()).isNotZero();
            }
        }
    }

    @Test
    void mostShoppersReturnForSeveralSessions() {
        Map<String, Set<String>> sessions = new HashMap<>();
        SAMPLE.forEach(e -> sessions.computeIfAbsent(e.userId(), u -> new HashSet<>()).add(e.sessionId()));

        long returning = sessions.values().stream().filter(s -> s.size() >= 2).count();
        assertThat(returning).isGreaterThan(sessions.size() * 6L / 10);
    }

    @Test
    void ordersMostlyHoldSeveralItemsFromDifferentCategories() {
        List<List<Product>> orders = orders();
        long several = orders.stream().filter(o -> o.size() >= 2).count();
        long oneItemPerCategory = orders.stream()
                .filter(o -> o.size() >= 2 && o.stream().map(Product::category).distinct().count() == o.size())
                .count();

        assertThat(several).isGreaterThan(orders.size() * 8L / 10);
        assertThat(oneItemPerCategory).isGreaterThan(several * 95 / 100);
    }

    @Test
    void backstageBallerinaLookShowsInOrders() {
        List<List<Product>> withFlats = orders().stream()
                .filter(o -> o.stream().anyMatch(p -> p.title().contains("Ballet Flats")))
                .toList();

        double hosieryOrTulle = share(withFlats, p -> p.title().contains("Tights")
                || p.title().contains("Leg Warmers") || p.title().contains("Tulle Skirt"));
        double studioGear = share(withFlats, p -> p.category().equals("studio-gear"));
        assertThat(withFlats).hasSizeGreaterThan(100);
        assertThat(hosieryOrTulle).isGreaterThan(0.3).isGreaterThan(10 * studioGear);
    }

    @Test
    void barreLookShowsInOrders() {
        List<List<Product>> withGripSocks = orders().stream()
                .filter(o -> o.stream().anyMatch(p -> p.title().contains("Grip Socks")))
                .toList();

        double activewear = share(withGripSocks, p -> p.category().equals("leggings")
                || p.category().equals("activewear"));
        double tulle = share(withGripSocks, p -> p.title().contains("Tulle Skirt"));
        assertThat(activewear).isGreaterThan(0.7).isGreaterThan(10 * tulle);
    }

    @Test
    void popularityIsSkewed() {
        Map<String, Long> views = SAMPLE.stream()
                .filter(e -> e.type() == EventType.VIEW)
                .collect(Collectors.groupingBy(ShopperEvent::sku, Collectors.counting()));
        List<Long> counts = new ArrayList<>(views.values());
        counts.sort(Comparator.reverseOrder());
        long total = counts.stream().mapToLong(Long::longValue).sum();
        long topTenth = counts.subList(0, counts.size() / 10).stream().mapToLong(Long::longValue).sum();

        assertThat(views).hasSize(CATALOGUE.size());
        assertThat((double) topTenth / total).isGreaterThan(0.3);
    }

    @Test
    void catalogueWithoutLooksIsBrowsedAtRandom() {
        List<Product> bare = CATALOGUE.stream().map(p -> Product.bare(p.sku(), p.category())).toList();

        List<ShopperEvent> events = new ShopperSimulator(new ShopperSimulator.Settings(3, 20, 10, NEW_YEAR))
                .simulate(bare);

        assertThat(events).isNotEmpty();
        assertThat(events).extracting(ShopperEvent::sku).isSubsetOf(BY_SKU.keySet());
    }

    @Test
    void rejectsImpossibleSettings() {
        assertThatThrownBy(() -> new ShopperSimulator.Settings(1, 0, 10, NEW_YEAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("shoppers");
        assertThatThrownBy(() -> new ShopperSimulator.Settings(1, 10, 0, NEW_YEAR))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days");
        assertThatThrownBy(() -> new ShopperSimulator(ShopperSimulator.Settings.defaults()).simulate(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<ShopperEvent> simulate(long seed, int shoppers, int days) {
        return new ShopperSimulator(new ShopperSimulator.Settings(seed, shoppers, days, NEW_YEAR)).simulate(CATALOGUE);
    }

    private static List<List<Product>> orders() {
        Map<String, List<Product>> orders = new LinkedHashMap<>();
        for (ShopperEvent e : SAMPLE) {
            if (e.type() == EventType.PURCHASE) {
                orders.computeIfAbsent(e.orderId(), o -> new ArrayList<>()).add(BY_SKU.get(e.sku()));
            }
        }
        return List.copyOf(orders.values());
    }

    private static double share(List<List<Product>> orders, Predicate<Product> containing) {
        return (double) orders.stream().filter(o -> o.stream().anyMatch(containing)).count() / orders.size();
    }
}

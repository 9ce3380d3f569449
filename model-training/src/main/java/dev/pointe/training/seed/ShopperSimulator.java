package dev.pointe.training.seed;

import dev.pointe.training.catalog.Product;
import dev.pointe.training.events.EventType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Simulates shoppers browsing and buying a catalogue along latent {@link Look looks}, producing a
 * view / cart / purchase event log that a recommender can learn outfits from.
 *
 * <p>Each shopper has a main look (sometimes a second one) and a few favourite colours, and comes
 * back for several sessions spread over the simulated days. A session views items of one look
 * across its outfit categories, with Zipf-skewed popularity inside each category and about 12% of
 * views on random products (noise); items are sometimes compared with alternatives of the same
 * category and some are added to the cart. About 30% of the sessions set out to buy part of an
 * outfit: they pick one in-stock product per outfit category (at least two categories), cart most
 * of them and end with an order of the carted pieces.
 *
 * <p>The output depends only on the {@link Settings} and the catalogue: the same inputs give the
 * same events, row for row.
 */
public final class ShopperSimulator {

    /**
     * What to simulate.
     *
     * @param seed     random seed; the whole log is a function of it
     * @param shoppers number of shoppers, at least 1
     * @param days     length of the simulated period in days, at least 1
     * @param start    the instant the period starts (sessions start from then on, in UTC)
     */
    public record Settings(long seed, int shoppers, int days, Instant start) {

        public static final long DEFAULT_SEED = 42L;
        public static final int DEFAULT_SHOPPERS = 1500;
        public static final int DEFAULT_DAYS = 60;
        public static final Instant DEFAULT_START = Instant.parse("2026-09-01T00:00:00Z");

        public Settings {
            Objects.requireNonNull(start, "start");
            if (shoppers < 1) throw new IllegalArgumentException("shoppers must be at least 1, was " + shoppers);
            if (days < 1) throw new IllegalArgumentException("days must be at least 1, was " + days);
        }

        /** Seed 42, 1500 shoppers, 60 days from 2026-09-01T00:00:00Z: the committed sample. */
        public static Settings defaults() {
            return new Settings(DEFAULT_SEED, DEFAULT_SHOPPERS, DEFAULT_DAYS, DEFAULT_START);
        }
    }

    /** Share of browsing views that go to a random product instead of the session's look. */
    private static final double NOISE_SHARE = 0.12;
    /** Zipf exponent of product popularity within a look's category. */
    private static final double ZIPF_EXPONENT = 1.0;
    /** How much more likely a product in one of the shopper's favourite colours is picked. */
    private static final double PALETTE_BOOST = 2.5;
    /** Relative session counts per hour of day (UTC): quiet nights, a lunch bump, busy evenings. */
    private static final double[] HOUR_WEIGHTS = {
            2, 1, 1, 1, 1, 1, 2, 4, 6, 7, 7, 8, 10, 10, 8, 7, 7, 8, 10, 13, 14, 13, 9, 5};

    private final Settings settings;

    public ShopperSimulator(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The settings this simulator runs with. */
    public Settings settings() {
        return settings;
    }

    /**
     * Simulates the shoppers on the catalogue. Events come in timestamp order (ties keep session
     * order); session and order ids are numbered in order of session start.
     *
     * @param catalogue the products to shop; skus must be unique; products carry look tags to be
     *                  shopped as part of a look, and only products with stock other than 0 are
     *                  carted or bought
     */
    public List<ShopperEvent> simulate(List<Product> catalogue) {
        SplittableRandom root = new SplittableRandom(settings.seed());
        Shelf shelf = new Shelf(catalogue, root.split());
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < settings.shoppers(); i++) {
            SplittableRandom random = root.split();
            Shopper shopper = shopper(i, random);
            sessions.addAll(sessionsOf(shopper, shelf, random));
        }
        sessions.sort(Comparator.comparing(Session::start)
                .thenComparingInt(Session::shopper)
                .thenComparingInt(Session::ordinal));
        return number(sessions);
    }

    /** A shopper's taste: a main look, an optional second look (null when none) and favourite colours. */
    private record Shopper(int index, Look main, Look second, Set<String> palette) { }

    /** An event of a session before ids are assigned. */
    private record Draft(Product product, EventType type, Instant at) { }

    /** A session before ids are assigned; {@code ordinal} is its position among the shopper's sessions. */
    private record Session(int shopper, int ordinal, Instant start, List<Draft> events) { }

    /** Why a product is viewed in a session; decides how likely it ends up in the cart. */
    private enum Reason {
        OUTFIT(0.9), ALTERNATIVE(0.06), BROWSE(0.07), NOISE(0.02);

        final double cartChance;

        Reason(double cartChance) {
            this.cartChance = cartChance;
        }
    }

    /** A product a session views, and why. */
    private record Step(Product product, Reason reason) { }

    private static Shopper shopper(int index, SplittableRandom random) {
        Look[] looks = Look.values();
        double[] prevalence = new double[looks.length];
        for (int i = 0; i < looks.length; i++) prevalence[i] = looks[i].prevalence();
        Look main = looks[weightedIndex(prevalence, random)];
        Look second = null;
        if (random.nextDouble() < 0.3) {
            prevalence[main.ordinal()] = 0;
            second = looks[weightedIndex(prevalence, random)];
        }
        Set<String> palette = new HashSet<>();
        List<String> colours = main.palette();
        while (palette.size() < Math.min(3, colours.size())) palette.add(colours.get(random.nextInt(colours.size())));
        if (second != null) palette.add(pick(second.palette(), random));
        return new Shopper(index, main, second, palette);
    }

    private List<Session> sessionsOf(Shopper shopper, Shelf shelf, SplittableRandom random) {
        int count = 1 + Math.min(24, (int) exponential(4, random));
        // A shopper arrives some time in the first two thirds of the period and returns until its end.
        double firstDay = random.nextDouble() * settings.days() * 2 / 3;
        double[] days = new double[count];
        days[0] = firstDay;
        for (int i = 1; i < count; i++) days[i] = firstDay + random.nextDouble() * (settings.days() - firstDay);
        Arrays.sort(days);

        List<Session> sessions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Instant start = settings.start()
                    .plus(Duration.ofDays((long) days[i]))
                    .plusSeconds(3600L * weightedIndex(HOUR_WEIGHTS, random) + random.nextInt(3600));
            Look look = shopper.second() != null && random.nextDouble() < 0.3 ? shopper.second() : shopper.main();
            // Returning shoppers are more likely to buy than first-time visitors.
            boolean buying = random.nextDouble() < (i == 0 ? 0.2 : 0.3);
            sessions.add(new Session(shopper.index(), i, start,
                    session(look, shopper.palette(), buying, start, shelf, random)));
        }
        return sessions;
    }

    private static List<Draft> session(Look look, Set<String> palette, boolean buying, Instant start, Shelf shelf,
                                       SplittableRandom random) {
        List<Step> steps = new ArrayList<>();
        int browsing = 2 + (int) exponential(5.5, random);
        for (int i = 0; i < browsing; i++) {
            Product themed = random.nextDouble() < NOISE_SHARE ? null : shelf.browse(look, palette, random);
            steps.add(themed == null ? new Step(shelf.random(random), Reason.NOISE) : new Step(themed, Reason.BROWSE));
        }
        if (buying) {
            for (Product item : shelf.outfit(look, palette, random)) {
                int at = random.nextInt(steps.size() + 1);
                steps.add(at, new Step(item, Reason.OUTFIT));
                // Shoppers often compare a piece with alternatives of the same category first.
                int alternatives = random.nextDouble() < 0.5 ? 1 + random.nextInt(2) : 0;
                for (int a = 0; a < alternatives; a++) {
                    Product other = shelf.alternative(look, item, palette, random);
                    if (other != null) steps.add(at, new Step(other, Reason.ALTERNATIVE));
                }
            }
        }

        List<Draft> events = new ArrayList<>();
        List<Product> carted = new ArrayList<>();
        Set<Product> outfit = new HashSet<>();
        Instant t = start;
        for (Step step : steps) {
            Product product = step.product();
            if (step.reason() == Reason.OUTFIT) outfit.add(product);
            t = t.plusSeconds(8 + (long) exponential(45, random));
            events.add(new Draft(product, EventType.VIEW, t));
            if (product.stock() != 0 && !carted.contains(product) && random.nextDouble() < step.reason().cartChance) {
                t = t.plusSeconds(5 + random.nextInt(55));
                events.add(new Draft(product, EventType.CART, t));
                carted.add(product);
            }
        }
        if (buying) {
            t = t.plusSeconds(60 + random.nextInt(340));
            for (Product item : order(carted, outfit, random)) events.add(new Draft(item, EventType.PURCHASE, t));
        }
        return events;
    }

    /**
     * The carted items a buying session checks out: most outfit pieces, and now and then an extra
     * item of a category the order does not have yet, so orders hold about one item per category.
     */
    private static List<Product> order(List<Product> carted, Set<Product> outfit, SplittableRandom random) {
        List<Product> order = new ArrayList<>();
        Set<String> categories = new HashSet<>();
        for (Product item : carted) {
            if (outfit.contains(item) && (order.isEmpty() || random.nextDouble() < 0.85)) {
                order.add(item);
                categories.add(item.category());
            }
        }
        for (Product item : carted) {
            if (!outfit.contains(item) && !categories.contains(item.category()) && random.nextDouble() < 0.3) {
                order.add(item);
                categories.add(item.category());
            }
        }
        return order;
    }

    /** Assigns user, session and order ids and puts the events in timestamp order. */
    private static List<ShopperEvent> number(List<Session> sessions) {
        record Row(ShopperEvent event, int session) { }
        List<Row> rows = new ArrayList<>();
        int orders = 0;
        for (int s = 0; s < sessions.size(); s++) {
            Session session = sessions.get(s);
            String userId = "U%05d".formatted(session.shopper() + 1);
            String sessionId = "S%06d".formatted(s + 1);
            boolean ordered = session.events().stream().anyMatch(d -> d.type() == EventType.PURCHASE);
            String orderId = ordered ? "O%06d".formatted(++orders) : "";
            for (Draft d : session.events()) {
                rows.add(new Row(new ShopperEvent(userId, sessionId, d.type() == EventType.PURCHASE ? orderId : "",
                        d.product().sku(), d.type(), d.at()), s));
            }
        }
        // List.sort is stable: rows of one session with equal timestamps keep their order.
        rows.sort(Comparator.comparing((Row r) -> r.event().timestamp()).thenComparingInt(Row::session));
        return rows.stream().map(Row::event).toList();
    }

    /**
     * The catalogue arranged for shopping: for each look and outfit category, the look's products
     * of that category from most to least popular.
     */
    private static final class Shelf {

        private final List<Product> all;
        private final Map<Look, Map<String, List<Product>>> aisles = new HashMap<>();

        Shelf(List<Product> catalogue, SplittableRandom random) {
            if (catalogue.isEmpty()) throw new IllegalArgumentException("the catalogue is empty");
            all = catalogue.stream().sorted(Comparator.comparing(Product::sku)).toList();
            for (int i = 1; i < all.size(); i++) {
                if (all.get(i).sku().equals(all.get(i - 1).sku())) {
                    throw new IllegalArgumentException("duplicate sku " + all.get(i).sku());
                }
            }
            // Popularity is a random order of the catalogue: a product popular in one look is
            // popular in all of them.
            List<Product> byPopularity = new ArrayList<>(all);
            for (int i = byPopularity.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                byPopularity.set(i, byPopularity.set(j, byPopularity.get(i)));
            }
            for (Look look : Look.values()) {
                Map<String, List<Product>> aisle = new HashMap<>();
                for (Look.Part part : look.outfit()) {
                    aisle.put(part.category(), byPopularity.stream()
                            .filter(p -> p.category().equals(part.category()) && look.includes(p))
                            .toList());
                }
                aisles.put(look, aisle);
            }
        }

        /** A uniformly random product of the whole catalogue. */
        Product random(SplittableRandom random) {
            return pick(all, random);
        }

        /** A product of the look, in a category drawn by outfit weight; null if the look has none. */
        Product browse(Look look, Set<String> palette, SplittableRandom random) {
            List<Look.Part> parts = look.outfit().stream()
                    .filter(part -> !aisle(look, part.category()).isEmpty())
                    .toList();
            if (parts.isEmpty()) return null;
            double[] weights = parts.stream().mapToDouble(Look.Part::probability).toArray();
            String category = parts.get(weightedIndex(weights, random)).category();
            return choose(aisle(look, category), palette, false, random);
        }

        /**
         * One in-stock product per outfit category the session shops, at least two categories when
         * the look has them; categories in the look's outfit order.
         */
        List<Product> outfit(Look look, Set<String> palette, SplittableRandom random) {
            List<Look.Part> available = look.outfit().stream()
                    .filter(part -> aisle(look, part.category()).stream().anyMatch(p -> p.stock() != 0))
                    .toList();
            List<Look.Part> chosen = new ArrayList<>();
            for (Look.Part part : available) {
                if (random.nextDouble() < 0.8 * part.probability()) chosen.add(part);
            }
            for (Look.Part part : available) {
                if (chosen.size() >= 2) break;
                if (!chosen.contains(part)) chosen.add(part);
            }
            return available.stream()
                    .filter(chosen::contains)
                    .map(part -> choose(aisle(look, part.category()), palette, true, random))
                    .toList();
        }

        /** Another product of the look in the item's category, or null when there is none. */
        Product alternative(Look look, Product item, Set<String> palette, SplittableRandom random) {
            List<Product> others = aisle(look, item.category()).stream().filter(p -> p != item).toList();
            return others.isEmpty() ? null : choose(others, palette, false, random);
        }

        private List<Product> aisle(Look look, String category) {
            return aisles.get(look).getOrDefault(category, List.of());
        }

        /** Zipf by popularity rank, boosted for the shopper's colours; the list is in popularity order. */
        private static Product choose(List<Product> aisle, Set<String> palette, boolean inStockOnly,
                                      SplittableRandom random) {
            double[] weights = new double[aisle.size()];
            for (int i = 0; i < weights.length; i++) {
                Product p = aisle.get(i);
                if (inStockOnly && p.stock() == 0) continue;
                weights[i] = Math.pow(i + 1, -ZIPF_EXPONENT)
                        * (p.colours().stream().anyMatch(palette::contains) ? PALETTE_BOOST : 1);
            }
            return aisle.get(weightedIndex(weights, random));
        }
    }

    /** An index drawn with probability proportional to its weight; weights are non-negative, not all 0. */
    private static int weightedIndex(double[] weights, SplittableRandom random) {
        double total = 0;
        for (double w : weights) total += w;
        double target = random.nextDouble() * total;
        int last = -1;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] <= 0) continue;
            last = i;
            target -= weights[i];
            if (target < 0) return i;
        }
        if (last < 0) throw new IllegalArgumentException("all weights are 0");
        return last;
    }

    private static <T> T pick(List<T> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }

    /** An exponentially distributed value with the given mean. */
    private static double exponential(double mean, SplittableRandom random) {
        return -mean * Math.log(1 - random.nextDouble());
    }
}

package dev.pointe.service.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What an experiment shows so far, per arm: counts, click-through rate and conversion (purchases per impression)
 * with 95% Wilson intervals, and each arm's two-proportion z-test against the control (the first arm). A winner
 * is named only when every arm has at least {@code minImpressions} and the best arm's CTR beats every other
 * arm's with p < 0.05.
 *
 * @param winner the arm that wins; null while none does
 * @param status "collecting" (too few impressions), "no-difference" or "winner"
 */
public record ExperimentReport(String experiment, String status, String winner, int minImpressions, List<ArmResult> arms) {

    /** Impressions per arm before a winner may be called. */
    public static final int MIN_IMPRESSIONS = 1000;

    /**
     * @param ctr         clicks / impressions
     * @param ctrLow      95% Wilson interval, low end
     * @param conversion  purchases / impressions
     * @param pVsControl  two-sided p of the CTR difference with the control (null for the control)
     */
    public record ArmResult(String arm, String version, long impressions, long clicks, long addToCart, long purchases,
                            double revenue, double ctr, double ctrLow, double ctrHigh, double conversion, double conversionLow,
                            double conversionHigh, Double pVsControl) {
    }

    /** The report of arms (name, version, counters), control first. */
    public static ExperimentReport of(String experiment, List<String[]> arms, List<Map<String, Long>> counters, int minImpressions) {
        List<ArmResult> results = new ArrayList<>();
        for (int i = 0; i < arms.size(); i++) {
            Map<String, Long> c = counters.get(i);
            long n = c.getOrDefault("impressions", 0L);
            long clicks = Math.min(n, c.getOrDefault("clicks", 0L));
            long purchases = Math.min(n, c.getOrDefault("purchases", 0L));
            double[] ctr = wilson(clicks, n);
            double[] conv = wilson(purchases, n);
            Double p = null;
            if (i > 0) {
                Map<String, Long> control = counters.get(0);
                long n0 = control.getOrDefault("impressions", 0L);
                p = twoProportionP(Math.min(n0, control.getOrDefault("clicks", 0L)), n0, clicks, n);
            }
            results.add(new ArmResult(arms.get(i)[0], arms.get(i)[1], n, clicks, c.getOrDefault("add_to_cart", 0L), purchases,
                    c.getOrDefault("revenue_cents", 0L) / 100.0, n == 0 ? 0 : (double) clicks / n, ctr[0], ctr[1],
                    n == 0 ? 0 : (double) purchases / n, conv[0], conv[1], p));
        }
        boolean enough = results.stream().allMatch(r -> r.impressions() >= minImpressions);
        if (!enough) return new ExperimentReport(experiment, "collecting", null, minImpressions, results);
        ArmResult best = results.stream().max((a, b) -> Double.compare(a.ctr(), b.ctr())).orElseThrow();
        boolean beatsAll = true;
        for (ArmResult r : results) {
            if (r == best) continue;
            Map<String, Long> rb = Map.of("i", best.impressions(), "c", best.clicks());
            double pv = twoProportionP(r.clicks(), r.impressions(), rb.get("c"), rb.get("i"));
            if (!(pv < 0.05)) beatsAll = false;
        }
        return beatsAll ? new ExperimentReport(experiment, "winner", best.arm(), minImpressions, results)
                : new ExperimentReport(experiment, "no-difference", null, minImpressions, results);
    }

    /** 95% Wilson score interval of k successes in n trials; [0, 1] when n is 0. */
    static double[] wilson(long k, long n) {
        if (n == 0) return new double[]{0, 1};
        double z = 1.959964;
        double p = (double) k / n;
        double d = 1 + z * z / n;
        double centre = (p + z * z / (2.0 * n)) / d;
        double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / d;
        return new double[]{Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /** Two-sided p of the two-proportion z-test (pooled); 1 when it cannot be computed. */
    static double twoProportionP(long k1, long n1, long k2, long n2) {
        if (n1 == 0 || n2 == 0) return 1;
        double p = (double) (k1 + k2) / (n1 + n2);
        double se = Math.sqrt(p * (1 - p) * (1.0 / n1 + 1.0 / n2));
        if (se == 0) return 1;
        double z = Math.abs((double) k1 / n1 - (double) k2 / n2) / se;
        return 2 * (1 - phi(z));
    }

    /** Standard normal CDF (Zelen and Severo, 7.5e-8). */
    static double phi(double z) {
        double t = 1 / (1 + 0.2316419 * Math.abs(z));
        double poly = t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
        double tail = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI) * poly;
        return z >= 0 ? 1 - tail : tail;
    }
}

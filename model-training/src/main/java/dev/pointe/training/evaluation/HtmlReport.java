package dev.pointe.training.evaluation;

import java.util.List;
import java.util.Locale;

/**
 * A self-contained HTML evaluation report (no scripts, no CDN: inline SVG charts, works offline):
 * HR@K and NDCG@K curves per method, catalogue coverage, a category-pair heat map of what completes
 * what, and example looks.
 */
public final class HtmlReport {

    /** One example look: a seed and what completes it. */
    public record ExampleLook(String seedSku, String seedTitle, String seedCategory, List<ExampleItem> items) {
    }

    /** One item of an example look. */
    public record ExampleItem(String sku, String title, String category, String reason) {
    }

    private static final String[] PALETTE = {"#800020", "#6a4c93", "#1982c4", "#8ac926", "#ff924c", "#555555", "#c71f66"};

    private HtmlReport() {
    }

    /**
     * @param affinity   category × category affinity in [0, 1] (row: seed category), may be null
     * @param categories the categories of the affinity matrix, in its order
     */
    public static String render(String title, List<EvaluationResult> results, double[][] affinity, List<String> categories,
                                List<ExampleLook> examples) {
        StringBuilder html = new StringBuilder(32_768);
        html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title))
                .append("</title><style>body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:1100px}"
                        + "h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}figure{margin:1rem 0}"
                        + "table{border-collapse:collapse;font-size:.85rem}td,th{padding:.25rem .5rem;border-bottom:1px solid #eee;text-align:right}"
                        + "th:first-child,td:first-child{text-align:left}.look{margin:.5rem 0 1rem}.look span{display:inline-block;"
                        + "background:#f7f0f5;border-radius:4px;padding:.2rem .4rem;margin:.1rem;font-size:.8rem}</style></head><body>");
        html.append("<h1>").append(esc(title)).append("</h1>");
        for (EvaluationResult r : results) {
            html.append("<h2>").append(esc(r.dataset())).append(": ").append(r.split().name().toLowerCase(Locale.ROOT))
                    .append(" split, ").append(r.protocol().id())
                    .append(" protocol, ").append(String.format(Locale.ROOT, "%,d", r.cases())).append(" cases</h2>");
            html.append("<figure class=\"chart\" data-chart=\"hr\">").append(curves(r, true)).append("<figcaption>HR@K per method</figcaption></figure>");
            html.append("<figure class=\"chart\" data-chart=\"ndcg\">").append(curves(r, false)).append("<figcaption>NDCG@K per method</figcaption></figure>");
            html.append("<figure class=\"chart\" data-chart=\"coverage\">").append(coverage(r)).append("<figcaption>Catalogue coverage at K = ")
                    .append(r.ks().get(r.ks().size() - 1)).append("</figcaption></figure>");
            html.append(table(r));
        }
        if (affinity != null && !categories.isEmpty()) {
            html.append("<h2>What completes what</h2><figure class=\"chart\" data-chart=\"heatmap\">").append(heatmap(affinity, categories))
                    .append("<figcaption>Category affinity learned from baskets: row = the shopper's item, column = what completes it</figcaption></figure>");
        }
        if (!examples.isEmpty()) {
            html.append("<h2>Example looks</h2>");
            for (ExampleLook look : examples) {
                html.append("<div class=\"look\"><strong>").append(esc(look.seedTitle())).append("</strong> (").append(esc(look.seedCategory()))
                        .append(")<br>");
                for (ExampleItem item : look.items()) {
                    html.append("<span title=\"").append(esc(item.reason())).append("\">").append(esc(item.title())).append(" · ")
                            .append(esc(item.category())).append("</span>");
                }
                html.append("</div>");
            }
        }
        return html.append("</body></html>\n").toString();
    }

    private static String curves(EvaluationResult r, boolean hitRate) {
        int w = 720, h = 260, left = 50, bottom = 30, top = 10, right = 230;
        double max = 0;
        for (MethodResult m : r.methods()) for (double v : (hitRate ? m.hitRate() : m.ndcg()).values()) max = Math.max(max, v);
        max = max <= 0 ? 1 : max * 1.1;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h + "\" role=\"img\">");
        svg.append(axes(w, h, left, bottom, top, right, max));
        List<Integer> ks = r.ks();
        for (int i = 0; i < ks.size(); i++) {
            double x = left + (ks.size() == 1 ? 0 : (w - left - right) * i / (double) (ks.size() - 1));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">K=%d</text>", x, h - 10, ks.get(i)));
        }
        int index = 0;
        for (MethodResult m : r.methods()) {
            String colour = PALETTE[index % PALETTE.length];
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < ks.size(); i++) {
                double v = (hitRate ? m.hitRate() : m.ndcg()).get(ks.get(i));
                double x = left + (ks.size() == 1 ? 0 : (w - left - right) * i / (double) (ks.size() - 1));
                double y = top + (h - top - bottom) * (1 - v / max);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            svg.append("<polyline class=\"series\" fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour).append("\" points=\"")
                    .append(points.toString().trim()).append("\"><title>").append(esc(m.method())).append("</title></polyline>");
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" fill=\"%s\">%s</text>", w - right + 10, top + 15 + 16 * index,
                    colour, esc(m.method())));
            index++;
        }
        return svg.append("</svg>").toString();
    }

    private static String coverage(EvaluationResult r) {
        int k = r.ks().get(r.ks().size() - 1);
        int w = 640, barHeight = 22, h = barHeight * r.methods().size() + 20, left = 200;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h + "\" role=\"img\">");
        int index = 0;
        for (MethodResult m : r.methods()) {
            double v = m.coverage().get(k);
            int y = 10 + index * barHeight;
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"end\">%s</text>", left - 8, y + 15, esc(m.method())));
            svg.append(String.format(Locale.ROOT, "<rect class=\"series\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>", left, y + 3,
                    Math.max(1, (w - left - 80) * v), barHeight - 6, PALETTE[index % PALETTE.length]));
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" font-size=\"11\">%.1f%%</text>", left + Math.max(1, (w - left - 80) * v) + 5, y + 15, 100 * v));
            index++;
        }
        return svg.append("</svg>").toString();
    }

    private static String heatmap(double[][] affinity, List<String> categories) {
        int n = categories.size(), cell = 34, left = 130, top = 110;
        int w = left + n * cell + 10, h = top + n * cell + 10;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h + "\" role=\"img\">");
        for (int j = 0; j < n; j++) {
            svg.append(String.format(Locale.ROOT, "<text transform=\"translate(%d,%d) rotate(-50)\" font-size=\"11\">%s</text>",
                    left + j * cell + cell / 2, top - 6, esc(categories.get(j))));
        }
        for (int i = 0; i < n; i++) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"11\" text-anchor=\"end\">%s</text>", left - 6,
                    top + i * cell + cell / 2 + 4, esc(categories.get(i))));
            for (int j = 0; j < n; j++) {
                double v = Math.max(0, Math.min(1, affinity[i][j]));
                int shade = (int) Math.round(255 - 200 * v);
                svg.append(String.format(Locale.ROOT, "<rect class=\"series\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"rgb(255,%d,%d)\" stroke=\"#fff\">"
                                + "<title>%s → %s: %.2f</title></rect>", left + j * cell, top + i * cell, cell, cell, shade, shade,
                        esc(categories.get(i)), esc(categories.get(j)), v));
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String axes(int w, int h, int left, int bottom, int top, int right, double max) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>", left, h - bottom, w - right, h - bottom));
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>", left, top, left, h - bottom));
        for (int i = 0; i <= 4; i++) {
            double v = max * i / 4;
            double y = top + (h - top - bottom) * (1 - i / 4.0);
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" font-size=\"10\" text-anchor=\"end\">%.3f</text>", left - 5, y + 3, v));
        }
        return s.toString();
    }

    private static String table(EvaluationResult r) {
        int k = r.ks().contains(10) ? 10 : r.ks().get(r.ks().size() - 1);
        StringBuilder t = new StringBuilder("<table><tr><th>method</th><th>HR@" + k + "</th><th>NDCG@" + k + "</th><th>precision@" + k
                + "</th><th>recall@" + k + "</th><th>coverage@" + k + "</th><th>categories@" + k + "</th></tr>");
        for (MethodResult m : r.methods()) {
            t.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%.4f</td><td>%.4f</td><td>%.4f</td><td>%.4f</td><td>%.3f</td><td>%.2f</td></tr>",
                    esc(m.method()), m.hitRate().get(k), m.ndcg().get(k), m.precision().get(k), m.recall().get(k), m.coverage().get(k),
                    m.diversity().get(k)));
        }
        return t.append("</table>").toString();
    }

    private static String esc(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

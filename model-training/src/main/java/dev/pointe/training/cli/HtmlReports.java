package dev.pointe.training.cli;

import dev.pointe.training.catalog.Catalog;
import dev.pointe.training.data.Dataset;
import dev.pointe.training.evaluation.EvaluationResult;
import dev.pointe.training.evaluation.HtmlReport;
import dev.pointe.training.looks.ItemListBuilder;
import dev.pointe.training.looks.LookModel;
import dev.pointe.training.looks.Suggestion;

import java.util.ArrayList;
import java.util.List;

/** Builds the HTML report's inputs: affinity heat map and example looks from a model trained on all data. */
final class HtmlReports {

    private HtmlReports() {
    }

    static String render(Dataset data, List<EvaluationResult> results, ModelOptions options) {
        Catalog catalog = data.catalog();
        LookModel model = LookModel.learn(data.baskets(), catalog, options.cooccurrence(), options.looks(), n -> { });
        int m = catalog.categories().size();
        double[][] affinity = new double[m][m];
        for (int a = 0; a < m; a++) for (int b = 0; b < m; b++) affinity[a][b] = model.affinity().of(a, b);
        ItemListBuilder lists = new ItemListBuilder(model, options.looks());
        List<HtmlReport.ExampleLook> examples = new ArrayList<>();
        for (int c = 0; c < m && examples.size() < 6; c++) {
            int[] best = model.bestSellers(c);
            if (best.length == 0) continue;
            int seed = best[0];
            List<HtmlReport.ExampleItem> items = new ArrayList<>();
            for (Suggestion s : lists.completeTheLook(seed).subList(0, Math.min(6, lists.completeTheLook(seed).size()))) {
                var p = catalog.product(s.item());
                items.add(new HtmlReport.ExampleItem(p.sku(), p.title().isEmpty() ? p.sku() : p.title(), p.category(),
                        s.reason().name().toLowerCase().replace('_', ' ') + (s.shared().isEmpty() ? "" : ": " + String.join(", ", s.shared()))));
            }
            var p = catalog.product(seed);
            examples.add(new HtmlReport.ExampleLook(p.sku(), p.title().isEmpty() ? p.sku() : p.title(), p.category(), items));
        }
        return HtmlReport.render("Pointe evaluation: " + data.name(), results, m > 1 ? affinity : null, catalog.categories(), examples);
    }
}

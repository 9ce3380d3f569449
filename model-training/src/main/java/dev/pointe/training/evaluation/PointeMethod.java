package dev.pointe.training.evaluation;

import dev.pointe.training.looks.CompleteTheLook;
import dev.pointe.training.looks.LookConfig;
import dev.pointe.training.looks.LookModel;
import dev.pointe.training.looks.Suggestion;
import dev.pointe.training.similarity.CooccurrenceConfig;

import java.util.List;

/**
 * Pointe's own method as the trainer publishes it: complete-the-look lists for the cross-category
 * protocol; for next-item questions the same learned associations without the category rule
 * (a basket is not an outfit) with a popularity prior ({@link BasketCompletion}), then best-sellers.
 */
public final class PointeMethod implements RecommenderFactory {

    private final CooccurrenceConfig cooccurrence;
    private final LookConfig looks;

    public PointeMethod(CooccurrenceConfig cooccurrence, LookConfig looks) {
        this.cooccurrence = cooccurrence;
        this.looks = looks;
    }

    @Override
    public String name() {
        return "pointe";
    }

    @Override
    public Recommender train(TrainingSet training) {
        LookModel model = LookModel.learn(training.baskets(), training.catalog(), cooccurrence, looks, n -> { });
        if (training.protocol() == Protocol.CROSS_CATEGORY) {
            CompleteTheLook ctl = new CompleteTheLook(model, looks);
            return (seeds, k) -> {
                List<Suggestion> list = ctl.recommend(seeds, k);
                return list.stream().mapToInt(Suggestion::item).toArray();
            };
        }
        int[] popular = PopularityBaseline.ranking(training.baskets());
        return (seeds, k) -> {
            int[] fromData = BasketCompletion.rank(model.associations(), popular, seeds, k);
            if (fromData.length >= k) return fromData;
            int[] out = java.util.Arrays.copyOf(fromData, k);
            int n = fromData.length;
            for (int i = 0; i < popular.length && n < k; i++) {
                int item = popular[i];
                if (PopularityBaseline.contains(seeds, item) || PopularityBaseline.contains(fromData, item)) continue;
                out[n++] = item;
            }
            return java.util.Arrays.copyOf(out, n);
        };
    }
}

package dev.pointe.training.evaluation;

import dev.pointe.training.similarity.CooccurrenceConfig;
import dev.pointe.training.similarity.CooccurrenceEngine;
import dev.pointe.training.similarity.Neighbours;
import it.unimi.dsi.fastutil.ints.Int2DoubleOpenHashMap;


/**
 * Category-blind item-item co-occurrence: candidates are the seeds' neighbours (any category) by the
 * configured measure, scored by the sum of their similarities to the seeds. Nothing else: no
 * popularity fill, no categories. The plain baseline that complete-the-look must beat.
 */
public final class CooccurrenceBaseline implements RecommenderFactory {

    private final CooccurrenceConfig config;
    private final String name;

    public CooccurrenceBaseline(String name, CooccurrenceConfig config) {
        this.name = name;
        this.config = config;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Recommender train(TrainingSet training) {
        Neighbours all = new CooccurrenceEngine(config).compute(training.baskets(), null, n -> { }).all();
        return (seeds, k) -> rank(all, seeds, k);
    }

    static int[] rank(Neighbours neighbours, int[] seeds, int k) {
        Int2DoubleOpenHashMap scores = new Int2DoubleOpenHashMap();
        for (int s : seeds) {
            for (int p = neighbours.start(s); p < neighbours.end(s); p++) {
                int j = neighbours.idAt(p);
                if (!PopularityBaseline.contains(seeds, j)) scores.addTo(j, neighbours.scoreAt(p));
            }
        }
        return Ranking.top(scores, k);
    }
}

package dev.pointe.training.evaluation;

/** Trains one method on a training split. Implementations must not look at held-out data. */
public interface RecommenderFactory {

    /** Short stable name for reports, e.g. {@code popularity}, {@code pointe-ctl}. */
    String name();

    Recommender train(TrainingSet training);
}

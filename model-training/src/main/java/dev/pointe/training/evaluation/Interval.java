package dev.pointe.training.evaluation;

/** A 95% bootstrap confidence interval, {@code low <= high}. */
public record Interval(double low, double high) {
}

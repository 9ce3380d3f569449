package dev.pointe.service.domain;

import java.util.List;

/** An experiment sent to the admin API is not valid; each problem names its field ("arms[1].weight: ..."). */
public class InvalidExperimentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidExperimentException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0) : problems.size() + " problems: " + problems.get(0) + "; …");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

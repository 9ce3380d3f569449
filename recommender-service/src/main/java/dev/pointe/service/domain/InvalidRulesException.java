package dev.pointe.service.domain;

import java.util.List;

/** Merchandising rules sent to the admin API are not valid; each problem names its field ("rules[2].factor: ..."). */
public class InvalidRulesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidRulesException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0) : problems.size() + " problems: " + problems.get(0) + "; …");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

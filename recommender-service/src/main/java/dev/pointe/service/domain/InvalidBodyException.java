package dev.pointe.service.domain;

import java.util.List;

/**
 * A request body (merchandising rules, shopper events, an experiment) is not valid; nothing was stored. Each
 * problem names its field, e.g. "rules[2].factor: ..." or "events[3].type: ...".
 */
public class InvalidBodyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What the body holds, in the problem type and title: rules, events, experiment. */
    private final String kind;
    private final List<String> problems;

    public InvalidBodyException(String kind, List<String> problems) {
        super(problems.size() == 1 ? problems.get(0) : problems.size() + " problems: " + problems.get(0) + "; …");
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public String kind() {
        return kind;
    }

    public List<String> problems() {
        return problems;
    }
}

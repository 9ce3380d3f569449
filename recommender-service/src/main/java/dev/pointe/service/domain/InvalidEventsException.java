package dev.pointe.service.domain;

import java.util.List;

/** A batch of shopper events is not valid; each problem names the event's index and field ("events[3].type: ..."). */
public class InvalidEventsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidEventsException(List<String> problems) {
        super(problems.size() == 1 ? problems.get(0) : problems.size() + " problems: " + problems.get(0) + "; …");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}

package org.corridor.monitoring;

import java.util.List;

/** A visit that breaks rules; nothing was saved. */
public class VisitRejected extends RuntimeException {

    private final transient List<Problem> problems;

    VisitRejected(List<Problem> problems) {
        super("The visit was not saved: " + problems.stream().map(Problem::code).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}

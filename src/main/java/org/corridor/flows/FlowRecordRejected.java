package org.corridor.flows;

import java.util.List;

/** A flow count or route event that breaks rules; nothing was saved. */
public class FlowRecordRejected extends RuntimeException {

    private final transient List<Problem> problems;

    FlowRecordRejected(List<Problem> problems) {
        super("Not saved: " + problems.stream().map(Problem::code).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}

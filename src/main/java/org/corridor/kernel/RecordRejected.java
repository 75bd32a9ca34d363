package org.corridor.kernel;

import java.util.List;

/** A record that breaks rules; nothing was saved. */
public class RecordRejected extends RuntimeException {

    private final transient List<Problem> problems;

    public RecordRejected(List<Problem> problems) {
        super("Not saved: " + problems.stream().map(Problem::code).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}

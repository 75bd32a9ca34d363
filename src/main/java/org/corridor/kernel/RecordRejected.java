package org.corridor.kernel;

import java.util.List;

/** A record that breaks rules; nothing was saved. */
public class RecordRejected extends RuntimeException {

    private final transient List<Problem> problems;

    public RecordRejected(List<Problem> problems) {
        super("Not saved: " + problems.stream().map(Problem::code).toList());
        this.problems = List.copyOf(problems);
    }

    /** Refuses the record if it breaks any rule: {@code problems} are what it breaks, none for a sound one. */
    public static void ifAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new RecordRejected(problems);
        }
    }

    public List<Problem> problems() {
        return problems;
    }
}

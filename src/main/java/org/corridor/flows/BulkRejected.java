package org.corridor.flows;

import org.corridor.kernel.Problem;
import java.util.List;

/** A batch of flow counts of which at least one item breaks a rule: nothing of the batch was written. */
class BulkRejected extends RuntimeException {

    /** A problem of the item at {@code index} (0-based position in the batch). */
    public record ItemProblem(int index, Problem problem) {
    }

    private final transient List<ItemProblem> problems;

    public BulkRejected(List<ItemProblem> problems) {
        super(problems.size() + " problems; nothing written");
        this.problems = List.copyOf(problems);
    }

    public List<ItemProblem> problems() {
        return problems;
    }
}

package org.corridor.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a second start on the same data directory into a plain message instead of a stack trace. */
class CorridorHomeInUseFailureAnalyzer extends AbstractFailureAnalyzer<CorridorHomeInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CorridorHomeInUseException cause) {
        return new FailureAnalysis(
                "Another Corridor (process " + cause.owner() + ") is already running with its data in "
                        + cause.home() + ". Two servers on one data directory would corrupt the database.",
                "Stop the other Corridor first, or give this one its own data directory with CORRIDOR_HOME=/some/dir.",
                cause);
    }
}

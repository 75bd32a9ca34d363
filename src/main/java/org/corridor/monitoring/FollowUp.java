package org.corridor.monitoring;

import java.time.LocalDate;

/** An action the visit calls for, with who owns it and by when. */
public record FollowUp(String action, String owner, LocalDate dueDate, boolean done) {
}

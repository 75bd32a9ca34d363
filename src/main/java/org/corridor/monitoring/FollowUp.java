package org.corridor.monitoring;

import java.time.LocalDate;

/** An action the visit calls for, with who owns it and by when; not done unless said. */
public record FollowUp(String action, String owner, LocalDate dueDate, Boolean done) {

    public FollowUp {
        done = Boolean.TRUE.equals(done);
    }
}

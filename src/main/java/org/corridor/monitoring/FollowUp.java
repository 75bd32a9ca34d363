package org.corridor.monitoring;

import io.swagger.v3.oas.annotations.media.Schema;
import org.corridor.kernel.TextLimits;
import java.time.LocalDate;

/** An action the visit calls for, with who owns it and by when; not done unless said. */
public record FollowUp(@Schema(maxLength = TextLimits.PARAGRAPH) String action, @Schema(maxLength = TextLimits.LINE) String owner, LocalDate dueDate, Boolean done) {

    public FollowUp {
        done = Boolean.TRUE.equals(done);
    }
}

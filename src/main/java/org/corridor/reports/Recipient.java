package org.corridor.reports;

import java.util.UUID;

/**
 * One recipient of a distribution.
 *
 * @param operationId the receiving operation, for {@link RecipientKind#OPERATION} only
 * @param name how the recipient is named in the distribution log; for an operation, its name is taken from the
 *     directory, and for the Secretariat and the delegations a default is used when none is given
 */
public record Recipient(RecipientKind kind, UUID operationId,
        @io.swagger.v3.oas.annotations.media.Schema(maxLength = org.corridor.kernel.TextLimits.LINE) String name) {
}

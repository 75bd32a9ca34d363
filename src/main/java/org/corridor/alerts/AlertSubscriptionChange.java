package org.corridor.alerts;

import jakarta.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/**
 * A change of one's own alert e-mails, as the page and the API send it.
 *
 * @param operationIds among the operations whose alerts the person follows
 * @param email the address to send to; null or blank: the one derived from the user name, where there is one
 */
public record AlertSubscriptionChange(@Nullable List<AlertKind> kinds, @Nullable List<UUID> operationIds,
        @Nullable AlertDelivery delivery, @Nullable String email) {
}

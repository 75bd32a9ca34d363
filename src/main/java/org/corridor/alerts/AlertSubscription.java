package org.corridor.alerts;

import jakarta.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/**
 * Which alerts a person is sent by e-mail, and how. Until they choose, they follow the default: every kind, of every
 * operation they follow, immediately, at the address derived from their user name where the server derives one.
 * Whatever is chosen, only alerts they read are sent.
 *
 * @param operationIds the operations whose alerts are sent, among {@code followableOperationIds}
 * @param email the address they gave; null: the derived one ({@code sentTo})
 * @param sentTo where the mails go: their address or the derived one; null where there is neither (nothing is sent)
 * @param chosen whether they chose (false: the default)
 * @param followableOperationIds the operations whose alerts they may follow: their own, or every one for the
 *     regional coordinator
 */
public record AlertSubscription(List<AlertKind> kinds, List<UUID> operationIds, AlertDelivery delivery,
        @Nullable String email, @Nullable String sentTo, boolean chosen, List<UUID> followableOperationIds) {
}

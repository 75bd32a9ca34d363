package org.corridor.monitoring;

import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.kernel.StaleRecord;

/**
 * What the module's stored records (plan, deployment, assessment, visit) share: each belongs to an operation, is read
 * by whom its distribution level lets read it, and is changed only at the version the user read. The records keep
 * their own fields (Spring Data JDBC maps them, {@code @Version} included) and only hand them out here.
 */
interface OperationRecord {

    UUID operationId();

    DistributionLevel distributionLevel();

    /** The stored version; 0 for a record not saved yet. */
    long version();

    /** Refuses a change made to another version than this one. */
    default void expectVersion(long expected) {
        if (version() != expected) {
            throw new StaleRecord(version());
        }
    }

    default boolean readableBy(CorridorUser user) {
        return user.mayRead(operationId(), distributionLevel());
    }

    /** The level after a change: the one the change names; a level left out stays as it is. */
    default DistributionLevel levelAfter(DistributionLevel named) {
        return named != null ? named : distributionLevel();
    }
}

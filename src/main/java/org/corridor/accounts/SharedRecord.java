package org.corridor.accounts;

import java.util.UUID;

/** A record of one operation with a distribution level: what {@link ReadScope#mayRead(SharedRecord)} decides on. */
public interface SharedRecord {

    UUID operationId();

    DistributionLevel distributionLevel();
}

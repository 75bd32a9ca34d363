package org.corridor.regional;

import org.corridor.accounts.CorridorUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who reads the regional picture: the executive structures (members of a field operation and the regional
 * coordinator), each the figures the read rule gives them. Delegation readers read the public figures instead; an
 * administrator reads no operation's figures by being one. One check for every page, endpoint and service of the
 * picture but the public figures.
 */
final class RegionalReaders {

    private RegionalReaders() {
    }

    static void require(CorridorUser user) {
        if (!user.mayReadRegionalPicture()) {
            throw new AccessDeniedException("The regional picture is read by members of the field operations and the "
                    + "regional coordinator");
        }
    }
}

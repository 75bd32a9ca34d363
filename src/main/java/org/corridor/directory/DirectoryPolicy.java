package org.corridor.directory;

import org.corridor.accounts.CorridorUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with reference data: every signed-in user reads it; only administrators add or
 * change it. Every handler asks here on the server; hidden buttons are a courtesy, not a control.
 */
@Component
class DirectoryPolicy {

    void checkMayRead(CorridorUser user) {
        if (user == null || !user.mayReadReferenceData()) {
            throw new AccessDeniedException("Only signed-in users read the directory");
        }
    }

    void checkMayManage(CorridorUser user) {
        if (user == null || !user.mayManageReferenceData()) {
            throw new AccessDeniedException("Only administrators change the directory");
        }
    }

    boolean mayManage(CorridorUser user) {
        return user != null && user.mayManageReferenceData();
    }
}

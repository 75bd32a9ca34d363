package org.corridor.accounts;

import java.util.List;

/**
 * The field operations a membership may name. The directory owns them and provides this; accounts
 * asks through it so that it does not depend on the directory (which depends on accounts' rules).
 */
public interface OperationCatalogue {

    List<OperationRef> operations();

    /** A field operation as the accounts module needs to show it. */
    record OperationRef(java.util.UUID id, String code, String name) {
    }
}

package org.corridor;

import java.util.UUID;

/**
 * Published by any module in the transaction of a change; the audit module appends it to the
 * hash-chained log in that same transaction, so a change and its audit entry commit together.
 *
 * @param action what happened (CREATE, UPDATE, DELETE, STATUS_CHANGE, SIGN_IN, ...)
 * @param recordType the kind of record, e.g. {@code location}
 * @param recordId the record's key, if any
 * @param operationId the field operation the record belongs to, if any
 * @param before the record before the change (null for a create)
 * @param after the record after the change (null for a delete)
 * @param actorName who acted when nobody is signed in (a failed sign-in, the command line); null
 *     means the signed-in user
 */
public record AuditableChange(String action, String recordType, String recordId, UUID operationId,
        Object before, Object after, String actorName) {

    public static AuditableChange created(String recordType, Object id, UUID operationId, Object after) {
        return new AuditableChange("CREATE", recordType, String.valueOf(id), operationId, null, after, null);
    }

    public static AuditableChange updated(String recordType, Object id, UUID operationId, Object before,
            Object after) {
        return new AuditableChange("UPDATE", recordType, String.valueOf(id), operationId, before, after, null);
    }

    public static AuditableChange deleted(String recordType, Object id, UUID operationId, Object before) {
        return new AuditableChange("DELETE", recordType, String.valueOf(id), operationId, before, null, null);
    }
}

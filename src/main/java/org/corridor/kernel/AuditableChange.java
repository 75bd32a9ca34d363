package org.corridor.kernel;

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
 * @param actor who acted; every change names its actor (null only in code not yet moved over, which the audit
 *     log then records as the signed-in user of the publishing thread)
 */
public record AuditableChange(String action, String recordType, String recordId, UUID operationId,
        Object before, Object after, Actor actor) {

    public static AuditableChange created(Actor actor, String recordType, Object id, UUID operationId, Object after) {
        return new AuditableChange("CREATE", recordType, String.valueOf(id), operationId, null, after, actor);
    }

    public static AuditableChange updated(Actor actor, String recordType, Object id, UUID operationId, Object before,
            Object after) {
        return new AuditableChange("UPDATE", recordType, String.valueOf(id), operationId, before, after, actor);
    }

    public static AuditableChange deleted(Actor actor, String recordType, Object id, UUID operationId, Object before) {
        return new AuditableChange("DELETE", recordType, String.valueOf(id), operationId, before, null, actor);
    }

    // The three below read the actor from the publishing thread; they go once every module passes its actor.

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

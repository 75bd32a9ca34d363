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
 * @param actor who acted: the signed-in user, the command line's operator or {@link Actor#SYSTEM}; never read
 *     from the publishing thread, so background work records who started it
 */
public record AuditableChange(String action, String recordType, String recordId, UUID operationId,
        Object before, Object after, Actor actor) {

    public AuditableChange {
        java.util.Objects.requireNonNull(actor, "Every change names its actor");
    }

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
}

-- The audit page lists the people who acted in the operations a head reads, one index probe a person (AuditLog.actors).
create index audit_entry_operation_actor on audit_entry (operation_id, actor_id);

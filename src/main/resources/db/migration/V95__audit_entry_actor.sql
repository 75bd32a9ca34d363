-- The audit page filters by person (newest first) and lists the people who acted in the entries a reader reads.
create index audit_entry_actor on audit_entry (actor_id, seq);

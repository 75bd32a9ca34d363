-- The append-only trigger fires whatever session_replication_role says (ENABLE ALWAYS): the application's role may set
-- that parameter for the flow import's one insert, and must not thereby pass the trigger. (It has no right to update,
-- delete or truncate the log anyway; see org.corridor.database.DatabaseGrants.)
alter table audit_entry enable always trigger audit_entry_append_only;

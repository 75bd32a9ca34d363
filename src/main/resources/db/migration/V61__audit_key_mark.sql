-- Where the audit chain became keyed (HMAC-SHA-256 under a key kept outside the database, org.corridor.audit.AuditKey):
-- entries before keyed_from carry plain SHA-256 hashes. The key file is what verification trusts; this row lets a server
-- notice that its key file is missing or differs from the one the log was keyed with. The application's role may only
-- insert it (org.corridor.database.DatabaseGrants).
create table audit_key_mark (
    id          integer primary key check (id = 1),
    keyed_from  bigint   not null,
    sealed_hash char(64) not null,
    key_id      char(16) not null,
    created_at  timestamptz not null default now()
);

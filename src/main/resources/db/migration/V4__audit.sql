-- Audit: an append-only log; each entry carries the hash of the one before it.

create table audit_entry (
    seq           bigint primary key,
    id            uuid not null unique,
    occurred_at   timestamptz not null,
    actor_id      uuid,
    actor_name    text not null,
    action        text not null,
    record_type   text not null,
    record_id     text,
    operation_id  uuid,
    before_state  text,
    after_state   text,
    previous_hash char(64) not null,
    hash          char(64) not null
);
create index audit_entry_operation on audit_entry (operation_id, seq);
create index audit_entry_record on audit_entry (record_type, record_id);

-- The head of the chain: appends lock this row, so entries get gap-free sequence numbers in
-- commit order, and deleting the newest entries is detectable.
create table audit_chain_head (
    id   integer primary key check (id = 1),
    seq  bigint   not null,
    hash char(64) not null
);
insert into audit_chain_head (id, seq, hash) values (1, 0, repeat('0', 64));

create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are append-only';
end;
$$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();

-- Accounts: how each operation shares (DESIGN.md's distribution levels), set by its head. An operation without
-- a row has the defaults: figures at OSCE level, each kind of record at RecordKind's default level.
create table sharing_policy (
    operation_id   uuid primary key references field_operation (id) on delete cascade,
    figures_level  text not null default 'OSCE'
                   check (figures_level in ('OPERATION', 'OSCE', 'PARTICIPATING_STATES', 'PUBLIC')),
    -- {"MONITORING_VISIT": "OPERATION", ...}: only kinds the head chose
    default_levels jsonb not null default '{}'::jsonb check (jsonb_typeof(default_levels) = 'object'),
    updated_by     uuid references app_user (id),
    updated_at     timestamptz not null default now(),
    version        bigint not null default 1
);

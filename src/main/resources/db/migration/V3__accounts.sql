-- Accounts: users, their memberships (user x operation x role) and personal API tokens.

create table app_user (
    id              uuid primary key,
    username        text not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    display_name    text not null check (length(trim(display_name)) > 0),
    password_hash   text not null,
    enabled         boolean not null default true,
    failed_sign_ins integer not null default 0,
    locked_until    timestamptz,
    created_at      timestamptz not null,
    version         bigint not null default 0
);

create table membership (
    id           uuid primary key,
    user_id      uuid not null references app_user (id) on delete cascade,
    operation_id uuid references field_operation (id),
    role         text not null check (role in ('VIEWER', 'OFFICER', 'FOCAL_POINT', 'HEAD_OF_OPERATION',
                                               'REGIONAL_COORDINATOR', 'DELEGATION_READER', 'ADMIN')),
    -- roles scoped to one operation need it; regional, delegation and system roles have none
    check ((role in ('REGIONAL_COORDINATOR', 'DELEGATION_READER', 'ADMIN')) = (operation_id is null))
);
create unique index membership_unique
    on membership (user_id, coalesce(operation_id, '00000000-0000-0000-0000-000000000000'), role);
create index membership_operation on membership (operation_id);

create table api_token (
    id           uuid primary key,
    user_id      uuid not null references app_user (id) on delete cascade,
    name         text not null check (length(trim(name)) > 0),
    token_hash   char(64) not null unique,
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user on api_token (user_id);

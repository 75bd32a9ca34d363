-- Liaison: meetings with partner organisations and between operations, recurring series of them,
-- their decisions and action points. operation_id is the tenancy key: the operation that records a
-- meeting owns it; meeting_operation lists every operation that took part (the owner included).

create table meeting_series (
    id                    uuid primary key,
    operation_id          uuid not null references field_operation (id),
    kind                  text not null check (kind in ('COORDINATION', 'BRIEFING', 'BILATERAL', 'JOINT_VISIT',
                              'REGIONAL_LAW_ENFORCEMENT', 'CONFERENCE', 'WORKSHOP')),
    title                 text not null check (length(trim(title)) > 0),
    day_of_week           integer not null check (day_of_week between 1 and 7),
    local_time            time not null,
    duration_minutes      integer not null check (duration_minutes between 5 and 1440),
    zone                  text not null,
    first_day             date not null,
    last_day              date not null,
    location_id           uuid references location (id),
    place                 text,
    chair_organisation_id uuid references partner_organisation (id),
    operation_ids         uuid[] not null default '{}',
    organisation_ids      uuid[] not null default '{}',
    distribution_level    text not null default 'OSCE'
                          check (distribution_level in ('OPERATION', 'OSCE', 'PARTICIPATING_STATES', 'PUBLIC')),
    created_by            uuid not null,
    created_at            timestamptz not null,
    version               bigint not null default 0,
    check (last_day >= first_day)
);

create table meeting (
    id                    uuid primary key,
    operation_id          uuid not null references field_operation (id),
    series_id             uuid references meeting_series (id),
    occurrence_day        date,
    edited                boolean not null default false,
    cancelled             boolean not null default false,
    kind                  text not null check (kind in ('COORDINATION', 'BRIEFING', 'BILATERAL', 'JOINT_VISIT',
                              'REGIONAL_LAW_ENFORCEMENT', 'CONFERENCE', 'WORKSHOP')),
    title                 text not null check (length(trim(title)) > 0),
    starts_at             timestamptz not null,
    ends_at               timestamptz not null,
    location_id           uuid references location (id),
    place                 text,
    chair_organisation_id uuid references partner_organisation (id),
    topics                text,
    summary               text,
    distribution_level    text not null default 'OPERATION'
                          check (distribution_level in ('OPERATION', 'OSCE', 'PARTICIPATING_STATES', 'PUBLIC')),
    created_by            uuid not null,
    created_at            timestamptz not null,
    version               bigint not null default 0,
    check (ends_at > starts_at),
    check ((series_id is null) = (occurrence_day is null)),
    unique (series_id, occurrence_day)
);
create index meeting_operation_start on meeting (operation_id, starts_at);

create table meeting_operation (
    meeting_id   uuid not null references meeting (id) on delete cascade,
    operation_id uuid not null references field_operation (id),
    primary key (meeting_id, operation_id)
);
create index meeting_operation_by_operation on meeting_operation (operation_id);

create table meeting_organisation (
    meeting_id      uuid not null references meeting (id) on delete cascade,
    operation_id    uuid not null,
    organisation_id uuid not null references partner_organisation (id),
    primary key (meeting_id, organisation_id)
);
create index meeting_organisation_by_organisation on meeting_organisation (organisation_id);

create table meeting_attendee (
    meeting_id   uuid not null references meeting (id) on delete cascade,
    operation_id uuid not null,
    user_id      uuid not null,
    primary key (meeting_id, user_id)
);

create table meeting_decision (
    id           uuid primary key,
    meeting_id   uuid not null references meeting (id) on delete cascade,
    operation_id uuid not null,
    position     integer not null,
    text         text not null check (length(trim(text)) > 0)
);
create index meeting_decision_meeting on meeting_decision (meeting_id);

create table action_point (
    id                    uuid primary key,
    operation_id          uuid not null references field_operation (id),
    meeting_id            uuid not null references meeting (id),
    text                  text not null check (length(trim(text)) > 0),
    owner_organisation_id uuid references partner_organisation (id),
    owner_user_id         uuid,
    due_date              date not null,
    status                text not null default 'OPEN' check (status in ('OPEN', 'DONE', 'DROPPED')),
    created_by            uuid not null,
    created_at            timestamptz not null,
    version               bigint not null default 0
);
create index action_point_meeting on action_point (meeting_id);
create index action_point_operation_status on action_point (operation_id, status, due_date);
create index action_point_owner_user on action_point (owner_user_id, status);

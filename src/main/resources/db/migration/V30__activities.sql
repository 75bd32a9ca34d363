-- Activities: the 4W registry (who does what, where, when) across the seven response areas, with
-- capacity-building events and their participants. operation_id is the tenancy key.

create table activity (
    id                 uuid primary key,
    operation_id       uuid not null references field_operation (id),
    title              text not null,
    description        text,
    response_area      text not null check (response_area in ('MONITORING', 'REPORTING_AND_LIAISON', 'HUMAN_RIGHTS',
                           'AWARENESS_RAISING', 'LOCAL_GOVERNANCE_AND_CIVIL_SOCIETY', 'POLICING_AND_MIGRATION_CRIME', 'RESEARCH')),
    kind               text not null check (kind in ('PROJECT', 'NON_PROJECT')),
    funding            text check (funding in ('UNIFIED_BUDGET', 'EXTRA_BUDGETARY')),
    donor              text,
    project_code       text,
    status             text not null check (status in ('PLANNED', 'ONGOING', 'COMPLETED', 'CANCELLED')),
    starts_on          date not null,
    ends_on            date,
    distribution_level text not null default 'OPERATION'
                       check (distribution_level in ('OPERATION', 'OSCE', 'PARTICIPATING_STATES', 'PUBLIC')),
    created_by         uuid not null,
    created_at         timestamptz not null default now(),
    version            bigint not null default 0,
    search             tsvector generated always as (to_tsvector('simple', title || ' ' || coalesce(description, '')
                           || ' ' || coalesce(project_code, '') || ' ' || coalesce(donor, ''))) stored,
    check (ends_on is null or ends_on >= starts_on)
);
create index activity_operation_area on activity (operation_id, response_area);
create index activity_period on activity (starts_on, ends_on);
create index activity_search on activity using gin (search);

create table activity_dimension (
    activity_id uuid not null references activity (id) on delete cascade,
    dimension   text not null check (dimension in ('POLITICO_MILITARY', 'ECONOMIC_ENVIRONMENTAL', 'HUMAN')),
    primary key (activity_id, dimension)
);

create table activity_location (
    activity_id uuid not null references activity (id) on delete cascade,
    location_id uuid not null references location (id),
    primary key (activity_id, location_id)
);

create table activity_partner (
    activity_id     uuid not null references activity (id) on delete cascade,
    organisation_id uuid not null references partner_organisation (id),
    role            text not null check (role in ('IMPLEMENTING', 'SUPPORTING', 'FUNDING', 'BENEFICIARY_INSTITUTION')),
    primary key (activity_id, organisation_id, role)
);
create index activity_partner_organisation on activity_partner (organisation_id);

create table activity_document (
    activity_id uuid not null references activity (id) on delete cascade,
    position    integer not null,
    title       text not null,
    reference   text not null,
    primary key (activity_id, position)
);

create table capacity_event (
    id          uuid primary key,
    activity_id uuid not null references activity (id) on delete cascade,
    starts_on   date not null,
    ends_on     date,
    location_id uuid references location (id),
    place       text,
    topic       text not null,
    created_by  uuid not null,
    created_at  timestamptz not null default now(),
    version     bigint not null default 0,
    check (ends_on is null or ends_on >= starts_on)
);
create index capacity_event_activity on capacity_event (activity_id);

-- Participants per target group; the split by sex is kept only where it is known.
create table capacity_participants (
    event_id        uuid not null references capacity_event (id) on delete cascade,
    target_group    text not null check (target_group in ('POLICE', 'BORDER_POLICE', 'JUDGES', 'PROSECUTORS',
                        'SOCIAL_WORKERS', 'LAWYERS', 'NGO_ACTIVISTS', 'OFFICIALS', 'OTHER')),
    target          integer check (target >= 0),
    target_women    integer check (target_women >= 0),
    target_men      integer check (target_men >= 0),
    achieved        integer check (achieved >= 0),
    achieved_women  integer check (achieved_women >= 0),
    achieved_men    integer check (achieved_men >= 0),
    primary key (event_id, target_group)
);

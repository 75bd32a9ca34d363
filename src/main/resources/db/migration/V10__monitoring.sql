-- Monitoring: visits to border and transit sites, plans (target visits a week), preparedness
-- assessments of authorities, and temporary deployments. operation_id is the tenancy key.

create table monitoring_visit (
    id                     uuid primary key,
    operation_id           uuid not null references field_operation (id),
    location_id            uuid not null references location (id),
    unit                   text not null check (unit in ('POLICE_DEVELOPMENT', 'MONITORING', 'HUMAN_RIGHTS', 'OTHER')),
    unit_name              text,
    team_count             integer not null check (team_count between 1 and 50),
    starts_at              timestamptz not null,
    ends_at                timestamptz not null,
    purpose                text not null,
    status                 text not null check (status in ('PLANNED', 'COMPLETED', 'CANCELLED')),
    persons_total          integer check (persons_total >= 0),
    persons_men            integer check (persons_men >= 0),
    persons_women          integer check (persons_women >= 0),
    persons_children       integer check (persons_children >= 0),
    unaccompanied_minors   integer check (unaccompanied_minors >= 0),
    checkpoint_staffing    text check (checkpoint_staffing in ('ADEQUATE', 'UNDERSTAFFED', 'CRITICAL')),
    equipment              text check (equipment in ('ADEQUATE', 'LACKING')),
    corruption             text check (corruption in ('NONE', 'SUSPECTED', 'REPORTED')),
    humanitarian_conditions integer check (humanitarian_conditions between 1 and 5),
    concerns               text[] not null default '{}',
    narrative              text,
    distribution_level     text not null default 'OPERATION'
                           check (distribution_level in ('OPERATION', 'OSCE', 'PARTICIPATING_STATES', 'PUBLIC')),
    created_by             uuid not null,
    created_at             timestamptz not null,
    version                bigint not null default 0,
    check (ends_at > starts_at),
    check (unit <> 'OTHER' or unit_name is not null),
    check (persons_total is null or coalesce(persons_men, 0) + coalesce(persons_women, 0) + coalesce(persons_children, 0) <= persons_total),
    check (persons_total is null or coalesce(unaccompanied_minors, 0) <= coalesce(persons_children, persons_total))
);
create index monitoring_visit_operation_start on monitoring_visit (operation_id, starts_at);
create index monitoring_visit_location_start on monitoring_visit (location_id, starts_at);

create table monitoring_visit_team_member (
    visit_id     uuid not null references monitoring_visit (id) on delete cascade,
    operation_id uuid not null,
    user_id      uuid not null,
    primary key (visit_id, user_id)
);

create table monitoring_follow_up (
    id           uuid primary key,
    visit_id     uuid not null references monitoring_visit (id) on delete cascade,
    operation_id uuid not null,
    position     integer not null,
    action       text not null check (length(trim(action)) > 0),
    owner        text not null check (length(trim(owner)) > 0),
    due_date     date,
    done         boolean not null default false
);
create index monitoring_follow_up_visit on monitoring_follow_up (visit_id);

create table monitoring_plan (
    id               uuid primary key,
    operation_id     uuid not null references field_operation (id),
    location_id      uuid not null references location (id),
    unit             text not null check (unit in ('POLICE_DEVELOPMENT', 'MONITORING', 'HUMAN_RIGHTS', 'OTHER')),
    target_per_week  integer not null check (target_per_week between 1 and 50),
    valid_from       date not null,
    valid_to         date,
    note             text,
    created_by       uuid not null,
    version          bigint not null default 0,
    check (valid_to is null or valid_to >= valid_from)
);
create index monitoring_plan_location on monitoring_plan (operation_id, location_id);

create table preparedness_assessment (
    id                 uuid primary key,
    operation_id       uuid not null references field_operation (id),
    authority          text not null check (length(trim(authority)) > 0),
    location_id        uuid references location (id),
    area               text,
    assessed_on        date not null,
    rating             text not null check (rating in ('UNPREPARED', 'PARTLY_PREPARED', 'PREPARED')),
    contingency_plan   text not null check (contingency_plan in ('YES', 'NO', 'UNKNOWN')),
    source             text not null check (source in ('FIRST_HAND', 'SECOND_HAND', 'AUTHORITIES')),
    narrative          text,
    distribution_level text not null default 'OPERATION'
                       check (distribution_level in ('OPERATION', 'OSCE', 'PARTICIPATING_STATES', 'PUBLIC')),
    created_by         uuid not null,
    version            bigint not null default 0,
    check (location_id is not null or area is not null)
);
create index preparedness_assessment_operation on preparedness_assessment (operation_id, assessed_on);

create table temporary_deployment (
    id           uuid primary key,
    operation_id uuid not null references field_operation (id),
    location_id  uuid not null references location (id),
    officers     integer not null check (officers between 1 and 100),
    from_date    date not null,
    to_date      date,
    premises     text not null check (premises in ('RENTED_OFFICE', 'CONTAINER', 'NONE')),
    purpose      text not null check (length(trim(purpose)) > 0),
    created_by   uuid not null,
    version      bigint not null default 0,
    check (to_date is null or to_date >= from_date)
);
create index temporary_deployment_operation on temporary_deployment (operation_id, from_date);

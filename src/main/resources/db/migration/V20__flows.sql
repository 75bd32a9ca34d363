-- Flows: counts of people moving along the route, and the events that opened, narrowed or closed it.

-- A count for a day, a week or a calendar month at a location, or (location null) a country's national total.
-- The natural key is period x place x direction x source: importing the same figure again finds this row.
create table flow_count (
    id                     uuid primary key,
    operation_id           uuid not null references field_operation (id),
    period_kind            text not null check (period_kind in ('DAY', 'WEEK', 'MONTH')),
    period_start           date not null,
    period_end             date not null,
    country_id             uuid not null references country (id),
    location_id            uuid references location (id),
    direction              text not null check (direction in ('ENTRY', 'EXIT', 'PRESENT')),
    -- null: the operation's own observation; otherwise the organisation that published the figure
    source_organisation_id uuid references partner_organisation (id),
    total                  integer not null check (total >= 0),
    men                    integer check (men >= 0),
    women                  integer check (women >= 0),
    children               integer check (children >= 0),
    unaccompanied_minors   integer check (unaccompanied_minors >= 0),
    -- ISO 3166 alpha-3 code (or UNKNOWN) -> count, e.g. {"SYR": 120, "AFG": 80}
    nationalities          jsonb not null default '{}',
    distribution_level     text not null default 'OSCE'
                           check (distribution_level in ('OPERATION', 'OSCE', 'PARTICIPATING_STATES', 'PUBLIC')),
    created_by             uuid not null,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    version                bigint not null default 0,
    check (period_end >= period_start),
    check (period_kind <> 'DAY' or period_end = period_start),
    check (period_kind <> 'WEEK' or (period_end = period_start + 6 and extract(isodow from period_start) = 1)),
    check (period_kind <> 'MONTH' or (extract(day from period_start) = 1
                                      and period_end = (period_start + interval '1 month' - interval '1 day')::date)),
    check (coalesce(men, 0) + coalesce(women, 0) + coalesce(children, 0) <= total),
    check (coalesce(unaccompanied_minors, 0) <= coalesce(children, total))
);
create unique index flow_count_natural_key on flow_count
    (period_kind, period_start, country_id, location_id, direction, source_organisation_id) nulls not distinct;
create index flow_count_location_period on flow_count (location_id, period_start);
create index flow_count_country_period on flow_count (country_id, period_start);
create index flow_count_operation on flow_count (operation_id, period_start);

create table route_event (
    id                 uuid primary key,
    operation_id       uuid not null references field_operation (id),
    occurred_on        date not null,
    country_id         uuid not null references country (id),
    location_id        uuid references location (id),
    kind               text not null check (kind in ('OPENING', 'RESTRICTION', 'CLOSURE', 'POLICY_CHANGE', 'INCIDENT')),
    title              text not null check (length(trim(title)) > 0),
    description        text,
    source_reference   text,
    distribution_level text not null default 'OSCE'
                       check (distribution_level in ('OPERATION', 'OSCE', 'PARTICIPATING_STATES', 'PUBLIC')),
    created_by         uuid not null,
    created_at         timestamptz not null,
    version            bigint not null default 0
);
create index route_event_country_date on route_event (country_id, occurred_on);

-- Alerts (issue 16): what Corridor's rules found in the data, for the operation that should act on it.
-- An alert is raised once for the same cause and period: the unique key below, written with
-- "insert ... on conflict do nothing", is PostgreSQL's own guarantee, so two servers on one database racing to raise
-- the same alert store it once.
create table alert (
    id                       uuid primary key,
    kind                     text not null check (kind in ('ROUTE_SHIFT', 'ROUTE_CLOSURE', 'OFF_ROUTE_PREPAREDNESS',
                                                           'MONITORING_BELOW_PLAN', 'FLOWS_WITHOUT_MONITORING',
                                                           'ACTION_POINT_DUE', 'ACTION_POINT_OVERDUE')),
    -- the receiving operation: its people see, acknowledge and resolve the alert
    operation_id             uuid not null references field_operation (id),
    country_id               uuid references country (id),
    location_id              uuid references location (id),
    -- what the rule looked at, e.g. 'location:<uuid>:FALL'; with the period it names the cause
    cause_key                text not null check (length(cause_key) between 1 and 200),
    period_start             date not null,
    period_end               date not null,
    -- what the alert is about, so that nobody reads an alert about a record they could not open: the operations
    -- whose records or figures it shows, each with the level of its record (at the same position; null: figures,
    -- read at that operation's figures level)
    source_operation_ids     uuid[] not null,
    source_levels            text[] not null check (array_remove(source_levels, null) <@ array['OPERATION', 'OSCE',
                                                    'PARTICIPATING_STATES', 'PUBLIC']),
    source_record_type       text,
    source_record_id         uuid,
    evidence                 jsonb not null default '{}'::jsonb check (jsonb_typeof(evidence) = 'object'),
    summary                  text not null check (length(trim(summary)) between 1 and 4000),
    raised_at                timestamptz not null,
    state                    text not null default 'OPEN' check (state in ('OPEN', 'ACKNOWLEDGED', 'RESOLVED')),
    acknowledged_by          uuid references app_user (id),
    acknowledged_at          timestamptz,
    acknowledgement_comment  text check (length(acknowledgement_comment) <= 4000),
    resolved_by              uuid references app_user (id),
    resolved_at              timestamptz,
    resolution_comment       text check (length(resolution_comment) <= 4000),
    version                  bigint not null default 0,
    constraint alert_period check (period_start <= period_end),
    constraint alert_sources check (cardinality(source_operation_ids) = cardinality(source_levels)),
    constraint alert_once_per_cause unique (kind, operation_id, cause_key, period_start, period_end),
    constraint alert_acknowledged check (state = 'OPEN' or acknowledged_at is not null),
    constraint alert_resolved check (state <> 'RESOLVED' or resolved_at is not null)
);

create index alert_operation_state on alert (operation_id, state, raised_at desc);

-- Which user has seen which alert: the bell counts the open alerts a user has not read.
create table alert_read (
    alert_id  uuid not null references alert (id) on delete cascade,
    user_id   uuid not null references app_user (id) on delete cascade,
    read_at   timestamptz not null,
    primary key (alert_id, user_id)
);

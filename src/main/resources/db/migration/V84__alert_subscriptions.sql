-- Alert e-mails (issue 16): who is sent which alerts, and how. A person without a row follows the default: every
-- kind, of the operations they follow (their own; the regional coordinator every one), sent immediately to the
-- address the settings derive from their user name, if any. A row is written when they choose otherwise.
-- Whatever is chosen, an alert is sent only if its receiver reads it (the alerts' read rule, checked at sending).
create table alert_subscription (
    user_id         uuid primary key references app_user (id) on delete cascade,
    -- the address alerts go to; null: the one derived from the user name (corridor.alerts.mail.default-domain)
    email           text check (length(email) <= 254 and email ~ '^[^@\s]+@[^@\s]+$'),
    kinds           text[] not null check (kinds <@ array['ROUTE_SHIFT', 'ROUTE_CLOSURE', 'OFF_ROUTE_PREPAREDNESS',
                                                     'MONITORING_BELOW_PLAN', 'FLOWS_WITHOUT_MONITORING',
                                                     'ACTION_POINT_DUE', 'ACTION_POINT_OVERDUE']),
    operation_ids   uuid[] not null,
    delivery        text not null check (delivery in ('NONE', 'IMMEDIATELY', 'DAILY_DIGEST')),
    -- the daily digest: alerts raised up to this moment were in a digest (or raised before the digest was chosen)
    digest_through  timestamptz not null,
    -- the day of the last digest run for this person, so that two servers, or a second run, send one digest a day
    last_digest_on  date,
    changed_at      timestamptz not null,
    version         bigint not null default 0
);

create index alert_subscription_digest on alert_subscription (last_digest_on) where delivery = 'DAILY_DIGEST';

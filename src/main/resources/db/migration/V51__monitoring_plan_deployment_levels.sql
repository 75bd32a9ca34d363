-- Monitoring plans and temporary deployments are read at their distribution level like every other record
-- (issue 12). Existing ones were read by the operation's members and the regional coordinator: OSCE level.
alter table monitoring_plan
    add column distribution_level text not null default 'OSCE'
        check (distribution_level in ('OPERATION', 'OSCE', 'PARTICIPATING_STATES', 'PUBLIC'));
alter table temporary_deployment
    add column distribution_level text not null default 'OSCE'
        check (distribution_level in ('OPERATION', 'OSCE', 'PARTICIPATING_STATES', 'PUBLIC'));

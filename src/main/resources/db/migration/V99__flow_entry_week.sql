-- Flows: the daily entries at locations summed per ISO week, for the regional overview's persons entering at each
-- location (FlowFigures.entriesByLocation). A 12-month period of three years' counts (2,000,000) holds about 220,000
-- such daily counts; their weekly sums are a seventh of that. The overview reads the period's whole weeks here and only
-- the days of its partial weeks at either edge from flow_count, so any from/to gives exactly the sum of the counts.
--
-- One row per week, location, source, operation and level: the read rule (ReadScope.figures / records) selects by the
-- operation and the level, so a row is readable exactly when each of its counts is. total: the counts' sum; days: how
-- many counts (a row at 0 days stands for none and is never read as a location's figure).
--
-- Kept exact by the code that writes counts (FlowEntryWeeks, in the same transaction as each write), not by a trigger:
-- a trigger on flow_count would cost the flow import its foreign-key shortcut (BulkWrites.mayCheckReferencesOnce).
-- No foreign keys: every row stands for counts in flow_count, whose own keys hold the references.
create table flow_entry_week (
    week_start             date not null check (extract(isodow from week_start) = 1),
    location_id            uuid not null,
    source_organisation_id uuid,
    operation_id           uuid not null,
    distribution_level     text not null,
    total                  bigint not null,
    days                   integer not null
);
create unique index flow_entry_week_key on flow_entry_week
    (week_start, location_id, source_organisation_id, operation_id, distribution_level) nulls not distinct;

insert into flow_entry_week (week_start, location_id, source_organisation_id, operation_id, distribution_level, total,
                             days)
select period_start - (extract(isodow from period_start)::int - 1), location_id, source_organisation_id, operation_id,
       distribution_level, sum(total), count(*)
from flow_count
where period_kind = 'DAY' and direction = 'ENTRY' and location_id is not null
group by 1, 2, 3, 4, 5;

analyze flow_entry_week;

-- Flows: the regional overview's persons entering at each location (FlowFigures.entriesByLocation) sums a period's
-- daily entries at locations per location and source. On three years of counts (2,000,000) a 12-month period is about
-- 220,000 such counts among 670,000 of the period: read through the period's index they cost a heap visit each and
-- were most of the overview's time. This index holds only those counts (a third of the table, so an import pays
-- little for it) with every column the query and the read rule need, so the sum is read from the index alone.
create index flow_count_daily_entries on flow_count (period_start)
    include (location_id, source_organisation_id, total, operation_id, distribution_level)
    where period_kind = 'DAY' and direction = 'ENTRY' and location_id is not null;

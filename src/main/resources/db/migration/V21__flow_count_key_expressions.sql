-- Flows: the same natural key (nulls equal), rewritten for the flow import and to spare an index.
-- * With coalesce instead of NULLS NOT DISTINCT, a join on the key as the import writes it
--   (coalesce(location_id, nil) = ...) finds each count through the whole index; before, only its first columns
--   could be used, and matching a million-row file against a million counts took a minute instead of seconds.
--   The nil UUID is never an id (ids are version 7).
-- * Country and period first: the key then also serves every query by country and period, so the index
--   flow_count_country_period is no longer needed (each index costs about a tenth of a large import's time).
drop index flow_count_natural_key;
create unique index flow_count_natural_key on flow_count (country_id, period_start, period_kind,
    coalesce(location_id, '00000000-0000-0000-0000-000000000000'::uuid), direction,
    coalesce(source_organisation_id, '00000000-0000-0000-0000-000000000000'::uuid));
drop index flow_count_country_period;

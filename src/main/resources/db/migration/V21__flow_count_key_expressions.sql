-- Flows: the same natural key (nulls equal), written with coalesce so that a join on the key as the flow import
-- writes it (coalesce(location_id, nil) = ...) finds each count through the whole index. Written with NULLS NOT
-- DISTINCT, only its first columns could be used: matching a million-row file against a million counts took a
-- minute instead of seconds. The nil UUID is never an id (ids are version 7).
drop index flow_count_natural_key;
create unique index flow_count_natural_key on flow_count (period_kind, period_start, country_id,
    coalesce(location_id, '00000000-0000-0000-0000-000000000000'::uuid), direction,
    coalesce(source_organisation_id, '00000000-0000-0000-0000-000000000000'::uuid));

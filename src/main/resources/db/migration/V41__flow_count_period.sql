-- Flows (numbered after the liaison migrations, so that databases already at V40 take it): the list of counts and its exports read newest period first across every place. Without an index on the
-- period alone, a page of 50 from a million counts sorted them all (about a second); with it, PostgreSQL reads the
-- newest entries and sorts only within a day (milliseconds). A date appended in order costs an import little.
create index flow_count_period on flow_count (period_start);

-- Of an import's rows written (or, checked only, that would be written), how many corrected an existing record; the
-- rest are new. Null for jobs recorded before the two were told apart.
alter table import_job add column rows_corrected bigint;

-- Interchange: what a running import is doing (READING, CHECKING, WRITING), shown with its rows read while it runs.
alter table import_job add column step text;

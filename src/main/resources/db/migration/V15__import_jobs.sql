-- Interchange: every import is a job with a record of who ran it, on what file, and what came of it.
create table import_job (
    id             uuid primary key,
    operation_id   uuid references field_operation (id),
    kind           text not null,                -- what was imported: FLOWS, ACTIVITIES ...
    format         text not null check (format in ('CSV', 'HXL', 'XLSX', 'JSON')),
    file_name      text not null,
    file_sha256    char(64),
    dry_run        boolean not null,
    status         text not null check (status in ('RUNNING', 'WRITTEN', 'CHECKED', 'REJECTED', 'FAILED')),
    rows_read      bigint not null default 0,
    rows_written   bigint not null default 0,  -- created or changed
    rows_unchanged bigint not null default 0,
    rows_rejected  bigint not null default 0,
    started_by     uuid not null,
    started_at     timestamptz not null,
    finished_at    timestamptz
);
create index import_job_started on import_job (started_at desc);

-- What was wrong with the file, row by row and field by field; kept so the report can be shown again.
create table import_problem (
    job_id       uuid not null references import_job (id) on delete cascade,
    position     integer not null,
    line         bigint,
    column_name  text,
    value        text,
    reason       text not null,
    primary key (job_id, position)
);

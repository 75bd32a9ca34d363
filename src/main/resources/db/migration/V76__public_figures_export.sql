-- Regional picture: each export of the public figures, with the records that fed it. The records are kept as a
-- reproducible selection (the period and the rule: every flow count and activity the period's figures use) with their
-- number and a SHA-256 over their ids and versions in id order, not as a list of ids: a year of the region's counts is
-- hundreds of thousands of ids an export, while running the selection again and comparing the digest says whether the
-- same records, at the same versions, would give the same file (and the audit log tells what changed them since).
create table public_figures_export (
    id                   uuid primary key,
    exported_by          uuid not null,
    exported_by_name     text not null,
    exported_at          timestamptz not null,
    period_from          date not null,
    period_to            date not null,
    minimum_count        integer not null check (minimum_count >= 3),
    format               text not null check (format in ('CSV', 'JSON')),
    channel              text not null check (channel in ('PAGE', 'API')),
    file_sha256          text not null,
    flow_counts          bigint not null,
    flow_counts_sha256   text not null,
    activities           bigint not null,
    activities_sha256    text not null,
    published_rows       integer not null,
    withheld_small       integer not null,
    withheld_protecting  integer not null,
    check (period_to >= period_from)
);
create index public_figures_export_at on public_figures_export (exported_at desc);

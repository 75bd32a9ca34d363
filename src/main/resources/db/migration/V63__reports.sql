-- Reports: a report with its authors and ordered sections (the aggregate), its review transitions, its frozen
-- editions (one an approved revision), its saved versions, comments on its sections and its distribution.
-- operation_id is the tenancy key on every table; it is null only for a regional report, which belongs to none.

create table report (
    id                  uuid primary key,
    operation_id        uuid references field_operation (id),
    type                text not null check (type in ('SPOT', 'BACKGROUND', 'ACTIVITY_UPDATE', 'THEMATIC', 'REGIONAL')),
    title               text not null check (length(trim(title)) > 0),
    period_from         date not null,
    period_to           date not null,
    distribution_level  text not null
                        check (distribution_level in ('OPERATION', 'OSCE', 'PARTICIPATING_STATES', 'PUBLIC')),
    status              text not null
                        check (status in ('DRAFT', 'IN_REVIEW', 'RETURNED', 'APPROVED', 'DISTRIBUTED', 'WITHDRAWN')),
    revision            integer not null default 0 check (revision >= 0),
    -- the base symbol (SEC.FR/230/16), given at the first distribution and kept through revisions and withdrawal
    base_symbol         text unique,
    -- the latest revision distributed and its symbol: what readers who do not read drafts read during a revision
    published_revision  integer,
    published_symbol    text,
    created_by          uuid not null,
    created_at          timestamptz not null,
    updated_by          uuid not null,
    updated_at          timestamptz not null,
    -- the title and every section's heading and text, kept by the application on each save, for the word search
    search_text         text not null default '',
    search              tsvector generated always as (to_tsvector('simple', directory_fold(search_text))) stored,
    version             bigint not null default 0,
    check (period_to >= period_from),
    check ((type = 'REGIONAL') = (operation_id is null))
);

create index report_operation on report (operation_id, updated_at desc);
create index report_search on report using gin (search);

create table report_author (
    report_id     uuid not null references report (id) on delete cascade,
    operation_id  uuid,
    position      integer not null,
    user_id       uuid not null,
    primary key (report_id, position)
);

-- Saved whole with its report (deleted and written again on each save): nothing references a section by key, so a
-- comment on a section keeps its section's id even once the section is removed.
create table report_section (
    id            uuid not null,
    report_id     uuid not null references report (id) on delete cascade,
    operation_id  uuid,
    position      integer not null,
    kind          text not null check (kind in ('NARRATIVE', 'ROUTE_EVENTS', 'MONITORING', 'FLOWS', 'ACTIVITIES',
                      'MEETINGS', 'PREPAREDNESS')),
    heading       text not null,
    markdown      text not null default '',
    primary key (report_id, position)
);

create table report_transition (
    id            uuid primary key,
    report_id     uuid not null references report (id),
    operation_id  uuid,
    from_status   text not null,
    to_status     text not null,
    revision      integer not null,
    by_user       uuid not null,
    at            timestamptz not null,
    comment       text
);

create index report_transition_report on report_transition (report_id, at);

-- One edition a revision, frozen at approval: the whole document as JSON, so later data never moves it. The symbol
-- is given at distribution and never again: unique across every report, withdrawn ones included.
create table report_edition (
    report_id       uuid not null references report (id),
    operation_id    uuid,
    revision        integer not null,
    document        jsonb not null,
    approved_by     uuid not null,
    approved_at     timestamptz not null,
    symbol          text unique,
    distributed_at  timestamptz,
    primary key (report_id, revision)
);

create table report_version (
    report_id       uuid not null references report (id),
    operation_id    uuid,
    number          integer not null,
    -- the report's record version right after this save, to tell what a stale save missed
    record_version  bigint not null,
    saved_by        uuid not null,
    saved_at        timestamptz not null,
    text            text not null,
    -- each section's id, heading and text as saved: which sections a later save changed
    sections        jsonb not null,
    primary key (report_id, number)
);

create table report_comment (
    id            uuid primary key,
    report_id     uuid not null references report (id),
    operation_id  uuid,
    section_id    uuid,
    reply_to      uuid references report_comment (id),
    author_id     uuid not null,
    at            timestamptz not null,
    text          text not null check (length(trim(text)) > 0),
    resolved_by   uuid,
    resolved_at   timestamptz
);

create index report_comment_report on report_comment (report_id, at);

create table report_distribution (
    id                      uuid primary key,
    report_id               uuid not null references report (id),
    operation_id            uuid,
    revision                integer not null,
    recipient_kind          text not null check (recipient_kind in ('OPERATION', 'SECRETARIAT', 'DELEGATIONS')),
    recipient_operation_id  uuid,
    recipient_name          text not null,
    by_user                 uuid not null,
    at                      timestamptz not null
);

create index report_distribution_report on report_distribution (report_id, at);

-- The Secretariat's one sequence of reference numbers a year, for the whole region (so it has no operation):
-- drawn with one atomic upsert, so two servers never draw the same number, and never lowered, so a number is never
-- issued twice.
create table report_symbol_sequence (
    year  integer primary key,
    last  integer not null check (last >= 0)
);

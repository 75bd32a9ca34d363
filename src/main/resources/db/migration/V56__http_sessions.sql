-- Signed-in sessions live in the database (Spring Session JDBC), so that two or more Corridor servers behind one
-- proxy share them: a user signed in on one is signed in on the others. Spring Session's own PostgreSQL schema
-- (spring-session-jdbc 4.0.4, org/springframework/session/jdbc/schema-postgresql.sql), created here rather than by
-- Spring Session at start so that the schema has one owner, Flyway.
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Work that runs on a schedule, claimed by one server at a time: a server runs a task only when it moves the task's
-- last start forward in one statement, so two servers on one database never run the same turn of it (SessionCleanup).
create table scheduled_task (
    name            text primary key,
    last_started_at timestamptz not null,
    last_started_by text not null
);

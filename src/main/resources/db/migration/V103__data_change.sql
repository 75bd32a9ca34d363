-- Every statement that changes records adds a row here, in its own transaction (a statement-level trigger on every
-- table but the few below). The sum of the weights is therefore a number that grows whenever a committed change becomes
-- visible, whichever server, command or import made it. An API list kept in memory (org.corridor.web.KeptListAnswers)
-- is still right while the sum is the one read before it was made. Inserts never wait for each other, so no writer is
-- serialised; the rows are folded into one now and then (org.corridor.database.DataChanges), which keeps the sum.
create table data_change (
    weight bigint not null check (weight > 0)
);
insert into data_change (weight) values (1);

create function note_data_change() returns trigger language plpgsql as $$
begin
    insert into data_change (weight) values (1);
    return null;
end
$$;

-- Not counted: tables written on every request or sign-in that no list shows (tokens' "last used", sessions, the
-- audit log, jobs' progress, the scheduler's turns, events in flight, mails in the outbox), and the migrations' own.
do $$
declare
    t record;
begin
    for t in
        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
          and c.relname not in ('data_change', 'flyway_schema_history', 'api_token', 'spring_session',
              'spring_session_attributes', 'audit_entry', 'audit_chain_head', 'audit_key_mark', 'import_job',
              'import_problem', 'scheduled_task', 'event_publication', 'event_publication_archive',
              'alert_mail_outbox', 'sign_in_key')
    loop
        execute format('create trigger data_change after insert or update or delete or truncate on %I '
                       'for each statement execute function note_data_change()', t.relname);
        -- Also in replica mode, which the flow import sets for its one insert.
        execute format('alter table %I enable always trigger data_change', t.relname);
    end loop;
end
$$;

-- The secret with which the server signs whom a browser last signed in as (issue 18): when a session ends while a
-- form is typed, what was typed is kept for that person only, and the signature stops anyone from claiming another's
-- name. One row, written by the first server that needs it (random, never in this file), shared by all servers
-- behind one proxy as the sessions are.
create table sign_in_key (
    purpose  text primary key check (purpose in ('KEPT_FORM_AUTHOR')),
    secret   bytea not null check (length(secret) >= 32)
);

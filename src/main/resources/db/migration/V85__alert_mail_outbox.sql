-- Alert e-mails (issue 16): every mail to be sent, written in the transaction that raised its alert (or that
-- gathered a digest), so that no mail is lost and none blocks saving the data. A sender claims pending rows with
-- "for update skip locked" (two servers never send one twice) and keeps each failure: attempts, the next attempt's
-- time (backing off) and the last error. Where no SMTP server is configured (the demo) the rows stay here, readable
-- by administrators on /admin/outbox.
create table alert_mail_outbox (
    id               uuid primary key,
    kind             text not null check (kind in ('ALERT', 'DIGEST')),
    recipient_id     uuid references app_user (id) on delete set null,
    recipient        text not null check (length(recipient) <= 254),
    -- the alert of an immediate mail; a digest's alerts are in alert_ids
    alert_id         uuid references alert (id) on delete cascade,
    alert_ids        uuid[] not null default '{}',
    subject          text not null check (length(subject) between 1 and 998),
    text_body        text not null,
    html_body        text not null,
    state            text not null default 'PENDING' check (state in ('PENDING', 'SENT')),
    attempts         integer not null default 0 check (attempts >= 0),
    next_attempt_at  timestamptz not null,
    last_error       text check (length(last_error) <= 4000),
    created_at       timestamptz not null,
    sent_at          timestamptz,
    constraint alert_mail_once unique (alert_id, recipient_id),
    constraint alert_mail_alert check ((kind = 'ALERT') = (alert_id is not null)),
    constraint alert_mail_sent check (state <> 'SENT' or sent_at is not null)
);

create index alert_mail_outbox_due on alert_mail_outbox (next_attempt_at) where state = 'PENDING';
create index alert_mail_outbox_created on alert_mail_outbox (created_at desc);

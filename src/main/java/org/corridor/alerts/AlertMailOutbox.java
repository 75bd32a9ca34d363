package org.corridor.alerts;

import jakarta.annotation.Nullable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.UserAccounts;
import org.corridor.kernel.AuditableChange;
import org.corridor.kernel.Conditions;
import org.corridor.kernel.Ids;
import org.corridor.kernel.RecordPage;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The alert e-mails to be sent. An alert's mails are written in the transaction that raised it (one a receiver who
 * wants it immediately and reads it), so they commit with the alert or not at all; the data that set the rules off
 * was committed before, so nothing here can undo it. A day's digests are gathered on a schedule. Sending is
 * {@link AlertMailSender}'s, later and apart.
 */
@Component
class AlertMailOutbox {

    /** One mail as the outbox page lists it. */
    record Row(UUID id, String kind, String recipient, String subject, String state, int attempts,
            Instant nextAttemptAt, @Nullable String lastError, Instant createdAt, @Nullable Instant sentAt,
            @Nullable UUID alertId) {

        private static final java.time.format.DateTimeFormatter MINUTE = java.time.format.DateTimeFormatter
                .ofPattern("d MMM yyyy HH:mm 'UTC'", java.util.Locale.ENGLISH).withZone(ZoneOffset.UTC);

        /** When it was written, for the page. */
        public String written() {
            return MINUTE.format(createdAt);
        }

        /** When it was sent, or when it is tried next, for the page. */
        public String when() {
            return MINUTE.format("SENT".equals(state) && sentAt != null ? sentAt : nextAttemptAt);
        }
    }

    /** One mail with its texts. */
    record Mail(Row row, String text, String html) {
    }

    private final JdbcClient jdbc;
    private final Alerts alerts;
    private final AlertSubscriptions subscriptions;
    private final AlertMailComposer composer;
    private final UserAccounts accounts;
    private final TransactionTemplate transactions;

    AlertMailOutbox(JdbcClient jdbc, Alerts alerts, AlertSubscriptions subscriptions, AlertMailComposer composer,
            UserAccounts accounts, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.alerts = alerts;
        this.subscriptions = subscriptions;
        this.composer = composer;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    /**
     * An alert was raised ({@code Alerts.raise} publishes its creation for the audit log, in its transaction): its
     * mails are written in that same transaction. Listening to that event rather than adding a call to raise keeps the
     * alerts' core unaware of mail.
     */
    @EventListener
    void on(AuditableChange change) {
        if ("CREATE".equals(change.action()) && "alert".equals(change.recordType())
                && change.after() instanceof NewAlert raised) {
            queue(UUID.fromString(change.recordId()), raised);
        }
    }

    /** Writes the alert's mail for each of its operation's followers who wants it now and reads it. */
    int queue(UUID alertId, NewAlert raised) {
        int written = 0;
        for (AlertSubscriptions.Wanted wanted : subscriptions.wanted(accounts.alertFollowersOf(raised.operationId()))) {
            if (!wanted.wants(raised.kind(), raised.operationId(), AlertDelivery.IMMEDIATELY)) {
                continue;
            }
            // The read rule of the alerts, as for the page: an alert never reveals what its receiver could not open.
            Optional<Alert> alert = alerts.find(wanted.user(), alertId);
            if (alert.isEmpty()) {
                continue;
            }
            AlertMailComposer.Mail mail = composer.alert(alert.get());
            written += insert("ALERT", wanted, alertId, List.of(alertId), mail, alert.get().raisedAt());
        }
        return written;
    }

    /**
     * Gathers each daily-digest subscriber's alerts raised since their last digest, up to {@code cutoff}, into one
     * mail (none where there are none), once a day: a subscription row is claimed with {@code for update skip locked}
     * and marked with the day, so another server running at the same moment, or a second run, writes no second one.
     *
     * @return the number of digests written
     */
    int composeDigests(Instant cutoff) {
        LocalDate day = cutoff.atZone(ZoneOffset.UTC).toLocalDate();
        Integer written = transactions.execute(status -> {
            int count = 0;
            List<UUID> due = jdbc.sql("""
                    select user_id from alert_subscription
                    where delivery = 'DAILY_DIGEST' and (last_digest_on is null or last_digest_on < :day)
                          and digest_through < :cutoff
                    order by user_id for update skip locked""")
                    .param("day", day).param("cutoff", Timestamp.from(cutoff)).query(UUID.class).list();
            for (UUID userId : due) {
                Optional<CorridorUser> user = accounts.findById(userId).filter(CorridorUser::isEnabled);
                if (user.isPresent()) {
                    count += digest(subscriptions.wanted(List.of(user.get())).get(0), cutoff);
                }
                jdbc.sql("""
                        update alert_subscription set digest_through = :cutoff, last_digest_on = :day
                        where user_id = :user""")
                        .param("cutoff", Timestamp.from(cutoff)).param("day", day).param("user", userId).update();
            }
            return count;
        });
        return written == null ? 0 : written;
    }

    private int digest(AlertSubscriptions.Wanted wanted, Instant cutoff) {
        if (wanted.delivery() != AlertDelivery.DAILY_DIGEST || wanted.address() == null
                || wanted.kinds().isEmpty() || wanted.operationIds().isEmpty()) {
            return 0;
        }
        Instant since = jdbc.sql("select digest_through from alert_subscription where user_id = :user")
                .param("user", wanted.user().id()).query(Timestamp.class).single().toInstant();
        Conditions where = alerts.visibleTo(wanted.user())
                .and("a.raised_at > :since", "since", Timestamp.from(since))
                .and("a.raised_at <= :cutoff", "cutoff", Timestamp.from(cutoff))
                .and("a.kind = any(:kinds)", "kinds", wanted.kinds().stream().map(Enum::name).toArray(String[]::new))
                .and("a.operation_id = any(:operations)", "operations", wanted.operationIds().toArray(UUID[]::new));
        List<Alert> gathered = new ArrayList<>();
        jdbc.sql("select a.id from alert a where " + where + " order by a.raised_at, a.id").params(where.params())
                .query(UUID.class).list()
                .forEach(id -> alerts.find(wanted.user(), id).ifPresent(gathered::add));
        if (gathered.isEmpty()) {
            return 0;
        }
        return insert("DIGEST", wanted, null, gathered.stream().map(Alert::id).toList(), composer.digest(gathered),
                cutoff);
    }

    private int insert(String kind, AlertSubscriptions.Wanted wanted, UUID alertId, List<UUID> alertIds,
            AlertMailComposer.Mail mail, Instant due) {
        Instant now = Instant.now();
        return jdbc.sql("""
                insert into alert_mail_outbox (id, kind, recipient_id, recipient, alert_id, alert_ids, subject,
                        text_body, html_body, next_attempt_at, created_at)
                values (:id, :kind, :user, :recipient, :alert, cast(:alerts as uuid[]), :subject, :text, :html, :due,
                        :now)
                on conflict on constraint alert_mail_once do nothing""")
                .param("id", Ids.newId()).param("kind", kind).param("user", wanted.user().id())
                .param("recipient", wanted.address()).param("alert", alertId)
                .param("alerts", alertIds.toArray(UUID[]::new)).param("subject", mail.subject())
                .param("text", mail.text()).param("html", mail.html())
                .param("due", Timestamp.from(due.isAfter(now) ? now : due)).param("now", Timestamp.from(now))
                .update();
    }

    /** The outbox, newest first, paged; for administrators (the caller checks). */
    RecordPage<Row> list(@Nullable String state, int page, int size) {
        Conditions where = Conditions.none().and("o.state = :state", "state", state);
        long total = RecordPage.count(jdbc, "alert_mail_outbox o where " + where, where.params(),
                RecordPage.COUNT_LIMIT);
        List<Row> rows = jdbc.sql("""
                select o.* from alert_mail_outbox o where %s order by o.created_at desc, o.id desc
                limit :limit offset :offset""".formatted(where)).params(where.params()).param("limit", size)
                .param("offset", (long) page * size).query(AlertMailOutbox::row).list();
        return RecordPage.counted(rows, page, size, total, RecordPage.COUNT_LIMIT);
    }

    Optional<Mail> find(UUID id) {
        return jdbc.sql("select * from alert_mail_outbox where id = :id").param("id", id)
                .query((rs, n) -> new Mail(row(rs, n), rs.getString("text_body"), rs.getString("html_body")))
                .optional();
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("recipient"),
                rs.getString("subject"), rs.getString("state"), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), rs.getString("last_error"), instant(rs, "created_at"),
                instant(rs, "sent_at"), rs.getObject("alert_id", UUID.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}

package org.corridor.alerts;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.directory.Directory;
import org.corridor.directory.OperationSummary;
import org.corridor.kernel.AuditableChange;
import org.corridor.kernel.Problem;
import org.corridor.kernel.RecordRejected;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is sent which alerts by e-mail, and how: each person's own choice (kinds, operations, immediately or as a
 * daily digest, the address), within the operations whose alerts they follow. The alerts' read rule still decides,
 * alert by alert, whether one is sent: a subscription never widens what a person reads.
 */
@Service
public class AlertSubscriptions {

    /** The longest e-mail address SMTP carries (RFC 5321's path limit less its brackets). */
    static final int ADDRESS_LIMIT = 254;

    /** What one person is to be sent, chosen or by default. */
    record Wanted(CorridorUser user, Set<AlertKind> kinds, Set<UUID> operationIds, AlertDelivery delivery,
            String address) {

        /** Whether alerts of this kind and operation are to be mailed to them this way (if they read each). */
        boolean wants(AlertKind kind, UUID operationId, AlertDelivery how) {
            return delivery == how && address != null && kinds.contains(kind) && operationIds.contains(operationId);
        }
    }

    private record Stored(String email, List<AlertKind> kinds, List<UUID> operationIds, AlertDelivery delivery) {
    }

    private final JdbcClient jdbc;
    private final Directory directory;
    private final AlertMailSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    AlertSubscriptions(JdbcClient jdbc, Directory directory, AlertMailSettings settings,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.settings = settings;
        this.events = events;
    }

    /** The user's subscription: as they chose it, or the default. */
    public AlertSubscription of(CorridorUser user) {
        Optional<Stored> stored = stored(List.of(user.id())).values().stream().findFirst();
        List<UUID> followable = followable(user).stream().map(OperationSummary::id).toList();
        if (stored.isEmpty()) {
            return new AlertSubscription(List.of(AlertKind.values()), followable, AlertDelivery.IMMEDIATELY, null,
                    derivedAddress(user), false, followable);
        }
        Stored s = stored.get();
        return new AlertSubscription(s.kinds(), s.operationIds(), s.delivery(), s.email(),
                s.email() != null ? s.email() : derivedAddress(user), true, followable);
    }

    /**
     * The user changes their own subscription. Refused, naming each field: an operation whose alerts they do not
     * follow, an address that is none, and e-mails wanted without a kind, an operation or an address to send them to.
     */
    @Transactional
    public AlertSubscription change(CorridorUser user, AlertSubscriptionChange change) {
        List<Problem> problems = new ArrayList<>();
        AlertDelivery delivery = change.delivery();
        if (delivery == null) {
            problems.add(new Problem("delivery", "alertMail.error.delivery"));
        }
        String email = change.email() == null || change.email().isBlank() ? null : change.email().trim();
        if (email != null && email.length() > ADDRESS_LIMIT) {
            problems.add(new Problem("email", "alertMail.error.emailTooLong", ADDRESS_LIMIT));
        } else if (email != null && !isAddress(email)) {
            problems.add(new Problem("email", "alertMail.error.email"));
        }
        Set<AlertKind> kinds = EnumSet.noneOf(AlertKind.class);
        if (change.kinds() != null) {
            change.kinds().stream().filter(java.util.Objects::nonNull).forEach(kinds::add);
        }
        Set<UUID> followable = new LinkedHashSet<>(followable(user).stream().map(OperationSummary::id).toList());
        Set<UUID> operations = new LinkedHashSet<>();
        for (UUID operation : change.operationIds() == null ? List.<UUID>of() : change.operationIds()) {
            if (operation == null) {
                continue;
            }
            if (!followable.contains(operation)) {
                String name = directory.operation(operation).map(OperationSummary::name).orElse(operation.toString());
                problems.add(new Problem("operationIds", "alertMail.error.operation", name));
            } else {
                operations.add(operation);
            }
        }
        if (delivery != null && delivery != AlertDelivery.NONE) {
            if (kinds.isEmpty()) {
                problems.add(new Problem("kinds", "alertMail.error.noKind"));
            }
            if (followable.isEmpty()) {
                problems.add(new Problem("operationIds", "alertMail.error.followsNone"));
            } else if (operations.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("operationIds"))) {
                problems.add(new Problem("operationIds", "alertMail.error.noOperation"));
            }
            if (email == null && derivedAddress(user) == null && problems.stream().noneMatch(p -> p.field().equals("email"))) {
                problems.add(new Problem("email", "alertMail.error.noAddress"));
            }
        }
        RecordRejected.ifAny(problems);
        AlertSubscription before = of(user);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        // Choosing the digest starts it now: alerts raised before were mailed one by one, or not wanted by mail.
        jdbc.sql("""
                insert into alert_subscription (user_id, email, kinds, operation_ids, delivery, digest_through,
                        changed_at)
                values (:user, :email, cast(:kinds as text[]), cast(:operations as uuid[]), :delivery, :now, :now)
                on conflict (user_id) do update set email = excluded.email, kinds = excluded.kinds,
                       operation_ids = excluded.operation_ids, delivery = excluded.delivery,
                       digest_through = case when alert_subscription.delivery = 'DAILY_DIGEST'
                                             then alert_subscription.digest_through else excluded.digest_through end,
                       changed_at = excluded.changed_at, version = alert_subscription.version + 1""")
                .param("user", user.id()).param("email", email)
                .param("kinds", kinds.stream().map(Enum::name).toArray(String[]::new))
                .param("operations", operations.toArray(UUID[]::new)).param("delivery", delivery.name())
                .param("now", java.sql.Timestamp.from(now)).update();
        AlertSubscription after = of(user);
        events.publishEvent(AuditableChange.updated(user.actor(), "alert_subscription", user.id(), null, before,
                after));
        return after;
    }

    /** The operations whose alerts the user may follow: their own; every one for the regional coordinator. */
    List<OperationSummary> followable(CorridorUser user) {
        return directory.operations(id -> follows(user, id));
    }

    /** Whose alerts a person may follow: their own operations', every operation's for the regional coordinator. */
    private static boolean follows(CorridorUser user, UUID operationId) {
        return user.followsEveryOperationsAlerts() || user.isMemberOf(operationId);
    }

    /** What each of these people is to be sent, chosen or by default, in one query. */
    List<Wanted> wanted(Collection<CorridorUser> users) {
        Map<UUID, Stored> stored = stored(users.stream().map(CorridorUser::id).toList());
        List<OperationSummary> everyOperation = directory.operations();
        List<Wanted> wanted = new ArrayList<>();
        for (CorridorUser user : users) {
            Stored s = stored.get(user.id());
            Set<UUID> followable = new LinkedHashSet<>(everyOperation.stream()
                    .filter(o -> follows(user, o.id())).map(OperationSummary::id).toList());
            if (s == null) {
                wanted.add(new Wanted(user, EnumSet.allOf(AlertKind.class), followable, AlertDelivery.IMMEDIATELY,
                        derivedAddress(user)));
            } else {
                // An operation left since it was chosen is no longer followed.
                Set<UUID> operations = new LinkedHashSet<>(s.operationIds());
                operations.retainAll(followable);
                wanted.add(new Wanted(user, s.kinds().isEmpty() ? Set.of() : EnumSet.copyOf(s.kinds()), operations,
                        s.delivery(), s.email() != null ? s.email() : derivedAddress(user)));
            }
        }
        return wanted;
    }

    /** The address derived from the user name where the server derives one (corridor.alerts.mail.default-domain). */
    String derivedAddress(CorridorUser user) {
        return settings.defaultDomain() == null ? null
                : user.getUsername().toLowerCase(Locale.ROOT) + "@" + settings.defaultDomain();
    }

    /** One address, as far as a form can tell: a local part, an @ and a domain with a dot, no spaces. */
    static boolean isAddress(String text) {
        return text != null && text.length() <= ADDRESS_LIMIT
                && text.matches("[^@\\s<>(),;:\"\\[\\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
    }

    private Map<UUID, Stored> stored(Collection<UUID> userIds) {
        Map<UUID, Stored> stored = new HashMap<>();
        if (userIds.isEmpty()) {
            return stored;
        }
        jdbc.sql("select * from alert_subscription where user_id = any(:users)")
                .param("users", userIds.toArray(UUID[]::new))
                .query((rs, n) -> stored.put(rs.getObject("user_id", UUID.class), stored(rs))).list();
        return stored;
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        List<AlertKind> kinds = Arrays.stream(strings(rs.getArray("kinds"))).map(AlertKind::valueOf).sorted().toList();
        Array operations = rs.getArray("operation_ids");
        List<UUID> operationIds = operations == null ? List.of()
                : Arrays.stream((Object[]) operations.getArray()).map(o -> (UUID) o).toList();
        return new Stored(rs.getString("email"), kinds, operationIds, AlertDelivery.valueOf(rs.getString("delivery")));
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}

package org.corridor.accounts;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.corridor.database.DataChanges;
import org.corridor.kernel.Actor;
import org.corridor.kernel.AuditableChange;
import org.corridor.kernel.Ids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The accounts module's API: users, memberships, sign-in attempts and personal API tokens. */
@Service
public class UserAccounts {

    /** After this many failed sign-ins in a row the account is locked for {@link #LOCK_DURATION}. */
    public static final int MAX_FAILED_SIGN_INS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
    public static final int MIN_PASSWORD_LENGTH = 10;
    static final String TOKEN_PREFIX = "crd_";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /** A password for a new or reset account: 18 random bytes, 24 URL-safe characters. */
    public static String generatePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** An account made by the command line or at start-up, where nobody is signed in. */
    public CorridorUser create(String username, String displayName, String password, List<Membership> memberships) {
        return create(Actor.SYSTEM, username, displayName, password, memberships);
    }

    @Transactional
    public CorridorUser create(Actor actor, String username, String displayName, String password,
            List<Membership> memberships) {
        String name = normaliseUsername(username);
        if (!name.matches("^[a-z0-9][a-z0-9._-]{1,63}$")) {
            throw new AccountException("username", "account.error.username",
                    "A username has 2 to 64 characters: lower-case letters, digits, '.', '_' or '-'.");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new AccountException("displayName", "account.error.displayName", "Enter the person's name.");
        }
        if (org.corridor.kernel.TextLimits.tooLong(displayName.trim(), org.corridor.kernel.TextLimits.LINE)) {
            throw new AccountException("displayName", org.corridor.kernel.TextLimits.TOO_LONG, "A name has up to "
                    + org.corridor.kernel.TextLimits.LINE + " characters; this has " + displayName.trim().length() + ".",
                    org.corridor.kernel.TextLimits.LINE, displayName.trim().length());
        }
        checkPassword(password);
        if (findByUsername(name).isPresent()) {
            throw new AccountException("username", "account.error.usernameTaken", "There is already a user called " + name + ".", name);
        }
        UUID id = Ids.newId();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("""
                insert into app_user (id, username, display_name, password_hash, created_at)
                values (:id, :username, :displayName, :hash, :now)""")
                .param("id", id).param("username", name).param("displayName", displayName.trim())
                .param("hash", passwordEncoder.encode(password)).param("now", Timestamp.from(now)).update();
        for (Membership membership : memberships) {
            insertMembership(id, membership);
        }
        CorridorUser user = findById(id).orElseThrow();
        events.publishEvent(AuditableChange.created(actor, "user", id, null, describe(user)));
        return user;
    }

    public void addMembership(UUID userId, Membership membership) {
        addMembership(Actor.SYSTEM, userId, membership);
    }

    @Transactional
    public void addMembership(Actor actor, UUID userId, Membership membership) {
        CorridorUser before = findById(userId).orElseThrow(() -> new AccountException("user", "account.error.noSuchUser", "No such user."));
        if (before.memberships().contains(membership)) {
            return;
        }
        insertMembership(userId, membership);
        CorridorUser after = findById(userId).orElseThrow();
        events.publishEvent(AuditableChange.updated(actor, "user", userId, membership.operationId(), describe(before),
                describe(after)));
    }

    public void removeMembership(UUID userId, Membership membership) {
        removeMembership(Actor.SYSTEM, userId, membership);
    }

    @Transactional
    public void removeMembership(Actor actor, UUID userId, Membership membership) {
        CorridorUser before = findById(userId).orElseThrow(() -> new AccountException("user", "account.error.noSuchUser", "No such user."));
        int removed = jdbc.sql("""
                delete from membership where user_id = :user and role = :role
                  and operation_id is not distinct from :operation""")
                .param("user", userId).param("role", membership.role().name())
                .param("operation", membership.operationId()).update();
        if (removed > 0) {
            events.publishEvent(AuditableChange.updated(actor, "user", userId, membership.operationId(), describe(before),
                    describe(findById(userId).orElseThrow())));
        }
    }

    /** A reset from the command line, where nobody is signed in. */
    public void resetPassword(String username, String newPassword) {
        resetPassword(Actor.SYSTEM, username, newPassword);
    }

    /** {@code actor} resets the password of {@code username} (an administrator, or the command line). */
    @Transactional
    public void resetPassword(Actor actor, String username, String newPassword) {
        CorridorUser user = findByUsername(username)
                .orElseThrow(() -> new AccountException("username", "account.error.unknownUsername", "There is no user called " + username + ".", username));
        checkPassword(newPassword);
        jdbc.sql("""
                update app_user set password_hash = :hash, failed_sign_ins = 0, locked_until = null,
                       version = version + 1 where id = :id""")
                .param("hash", passwordEncoder.encode(newPassword)).param("id", user.id()).update();
        events.publishEvent(new AuditableChange("PASSWORD_RESET", "user", user.id().toString(), null, null, null, actor));
    }

    /** A user changes their own password, proving they know the current one. */
    @Transactional
    public void changePassword(UUID userId, String currentPassword, String newPassword) {
        CorridorUser user = findById(userId).orElseThrow(() -> new AccountException("user", "account.error.noSuchUser", "No such user."));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPassword())) {
            throw new AccountException("currentPassword", "account.error.currentPassword", "The current password is wrong.");
        }
        checkPassword(newPassword);
        jdbc.sql("update app_user set password_hash = :hash, version = version + 1 where id = :id")
                .param("hash", passwordEncoder.encode(newPassword)).param("id", userId).update();
        events.publishEvent(new AuditableChange("PASSWORD_CHANGED", "user", userId.toString(), null, null, null,
                user.actor()));
    }

    public Optional<CorridorUser> findByUsername(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return jdbc.sql("select * from app_user where username = :username")
                .param("username", normaliseUsername(username)).query(this::mapUser).optional();
    }

    public Optional<CorridorUser> findById(UUID id) {
        return jdbc.sql("select * from app_user where id = :id").param("id", id).query(this::mapUser).optional();
    }

    /** The enabled users with a membership in any of the given operations, in one query. */
    public Set<UUID> membersOf(Collection<UUID> operationIds) {
        return new HashSet<>(jdbc.sql("""
                select distinct u.id from app_user u join membership m on m.user_id = u.id
                where u.enabled and m.operation_id = any(:operations)""")
                .param("operations", operationIds.stream().distinct().toArray(UUID[]::new)).query(UUID.class).list());
    }

    /** Display names of the given users, for pages that say who did something; unknown ids are left out. */
    public Map<UUID, String> displayNames(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, display_name from app_user where id = any(:ids)")
                    .param("ids", ids.stream().distinct().toArray(UUID[]::new))
                    .query((rs, n) -> names.put(rs.getObject("id", UUID.class), rs.getString("display_name"))).list();
        }
        return names;
    }

    public List<CorridorUser> list() {
        // Every membership in one query, instead of one query a user as mapUser does for a single account.
        Map<UUID, List<Membership>> memberships = new HashMap<>();
        jdbc.sql("select user_id, operation_id, role from membership order by role").query((m, n) -> memberships
                .computeIfAbsent(m.getObject("user_id", UUID.class), k -> new ArrayList<>())
                .add(new Membership(m.getObject("operation_id", UUID.class), Role.valueOf(m.getString("role")))))
                .list();
        return jdbc.sql("select * from app_user order by username").query((rs, n) -> user(rs,
                memberships.getOrDefault(rs.getObject("id", UUID.class), new ArrayList<>()))).list();
    }

    /**
     * The enabled users who follow an operation's alerts: its members, and whoever follows every operation's (see
     * {@link CorridorUser#followsEveryOperationsAlerts()}), with their memberships, for the alerts' e-mails. Whether
     * each reads a given alert is still the alerts' read rule.
     */
    public List<CorridorUser> alertFollowersOf(UUID operationId) {
        String followers = """
                select u.id from app_user u where u.enabled and exists (select 1 from membership m where m.user_id = u.id
                        and (m.operation_id = :operation or m.role = :follower))""";
        // Their memberships in one query, not one a person: an alert is raised for each of a run's findings.
        Map<UUID, List<Membership>> memberships = new HashMap<>();
        jdbc.sql("select user_id, operation_id, role from membership where user_id in (" + followers + ") order by role")
                .param("operation", operationId).param("follower", Role.REGIONAL_COORDINATOR.name())
                .query((m, n) -> memberships.computeIfAbsent(m.getObject("user_id", UUID.class), k -> new ArrayList<>())
                        .add(new Membership(m.getObject("operation_id", UUID.class), Role.valueOf(m.getString("role")))))
                .list();
        return jdbc.sql("select * from app_user where id in (" + followers + ") order by username")
                .param("operation", operationId).param("follower", Role.REGIONAL_COORDINATOR.name())
                .query((rs, n) -> user(rs, memberships.getOrDefault(rs.getObject("id", UUID.class), new ArrayList<>())))
                .list();
    }

    public boolean anyUsers() {
        return jdbc.sql("select exists (select 1 from app_user)").query(Boolean.class).single();
    }

    /** Counts a failed sign-in; the fifth in a row locks the account. Unknown names are only audited. */
    @Transactional
    public void recordFailedSignIn(String username) {
        Optional<CorridorUser> user = findByUsername(username);
        String attempted = username == null ? "" : username.trim();
        events.publishEvent(new AuditableChange("SIGN_IN_FAILED", "user",
                user.map(u -> u.id().toString()).orElse(null), null, null, null,
                Actor.named(attempted.isEmpty() ? "(no user name)"
                        : attempted.length() > 64 ? attempted.substring(0, 64) : attempted)));
        if (user.isEmpty()) {
            return;
        }
        Integer failures = jdbc.sql("""
                update app_user set failed_sign_ins = failed_sign_ins + 1 where id = :id returning failed_sign_ins""")
                .param("id", user.get().id()).query(Integer.class).single();
        if (failures >= MAX_FAILED_SIGN_INS) {
            Instant until = Instant.now().plus(LOCK_DURATION).truncatedTo(ChronoUnit.SECONDS);
            jdbc.sql("update app_user set locked_until = :until, failed_sign_ins = 0 where id = :id")
                    .param("until", Timestamp.from(until)).param("id", user.get().id()).update();
            events.publishEvent(new AuditableChange("ACCOUNT_LOCKED", "user", user.get().id().toString(), null,
                    null, Map.of("lockedUntil", until.toString()), user.get().actor()));
        }
    }

    @Transactional
    public void recordSignIn(CorridorUser user) {
        jdbc.sql("update app_user set failed_sign_ins = 0, locked_until = null where id = :id")
                .param("id", user.id()).update();
        events.publishEvent(new AuditableChange("SIGN_IN", "user", user.id().toString(), null, null, null, user.actor()));
    }

    /** Creates a personal API token; the returned secret is shown once and stored only as a hash. */
    public IssuedToken createToken(UUID userId, String name) {
        return createToken(Actor.SYSTEM, userId, name);
    }

    /** {@code actor} creates a token for the user {@code userId}: its owner, or the command line's operator. */
    @Transactional
    public IssuedToken createToken(Actor actor, UUID userId, String name) {
        if (name == null || name.isBlank()) {
            throw new AccountException("name", "account.error.tokenName", "Give the token a name that says what uses it, e.g. 'nightly export'.");
        }
        if (name.length() > 100) {
            throw new AccountException("name", "account.error.tokenNameLength", "A token's name has at most 100 characters.");
        }
        CorridorUser owner = findById(userId).orElseThrow(() -> new AccountException("user", "account.error.noSuchUser", "No such user."));
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into api_token (id, user_id, name, token_hash, created_at)
                values (:id, :user, :name, :hash, :now)""")
                .param("id", id).param("user", owner.id()).param("name", name.trim()).param("hash", hash(token))
                .param("now", Timestamp.from(Instant.now())).update();
        events.publishEvent(new AuditableChange("TOKEN_CREATED", "api_token", id.toString(), null, null,
                Map.of("name", name.trim(), "owner", owner.getUsername()), actor));
        return new IssuedToken(id, name.trim(), token);
    }

    public List<TokenSummary> tokens(UUID userId) {
        return jdbc.sql("""
                select id, name, created_at, last_used_at, revoked_at from api_token
                where user_id = :user order by created_at desc""")
                .param("user", userId)
                .query((rs, n) -> new TokenSummary(rs.getObject("id", UUID.class), rs.getString("name"),
                        instant(rs, "created_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at")))
                .list();
    }

    /** A revocation from the command line, where nobody is signed in. */
    public boolean revokeToken(UUID userId, UUID tokenId) {
        return revokeToken(Actor.SYSTEM, userId, tokenId);
    }

    /** {@code actor} revokes one of the tokens of {@code userId}; false when it is not theirs or already revoked. */
    @Transactional
    public boolean revokeToken(Actor actor, UUID userId, UUID tokenId) {
        int revoked = jdbc.sql("""
                update api_token set revoked_at = now()
                where id = :id and user_id = :user and revoked_at is null""")
                .param("id", tokenId).param("user", userId).update();
        if (revoked > 0) {
            events.publishEvent(new AuditableChange("TOKEN_REVOKED", "api_token", tokenId.toString(), null, null,
                    null, actor));
        }
        return revoked > 0;
    }

    /** How often a token's "last used" is written at most: once a minute is enough to read it to the minute. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    /**
     * The owner of a live token, with their current rights (never more than the owner has now). One query reads the
     * token, its owner and their memberships; "last used" is written only when the one stored is a minute old or
     * more, so that reading the API does not cost a committed write a request.
     */
    public Optional<CorridorUser> authenticateToken(String token) {
        return signInByToken(token).map(TokenSignIn::owner);
    }

    /** A request signed in by a token: its owner, and the data's change number read in the same statement. */
    public record TokenSignIn(CorridorUser owner, long dataChangeNumber) {
    }

    /**
     * As {@link #authenticateToken}, with the data's change number ({@link DataChanges}) read in the same statement:
     * an API answer kept from an earlier request is checked against it at no cost of its own.
     */
    public Optional<TokenSignIn> signInByToken(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        List<Membership> memberships = new ArrayList<>();
        UUID[] tokenId = new UUID[1];
        boolean[] stale = new boolean[1];
        long[] dataChangeNumber = new long[1];
        List<CorridorUser> owner = new ArrayList<>(1);
        jdbc.sql("""
                select t.id as token_id,
                       t.last_used_at is null or t.last_used_at < now() - make_interval(secs => :precision) as stale,
                       %s as data_change_number,
                       u.*, m.operation_id as membership_operation, m.role as membership_role
                from api_token t join app_user u on u.id = t.user_id
                  left join membership m on m.user_id = u.id
                where t.token_hash = :hash and t.revoked_at is null
                order by m.role""".formatted(DataChanges.NUMBER))
                .param("hash", hash(token)).param("precision", (double) LAST_USED_PRECISION.toSeconds())
                .query(rs -> {
                    if (owner.isEmpty()) {
                        tokenId[0] = rs.getObject("token_id", UUID.class);
                        stale[0] = rs.getBoolean("stale");
                        dataChangeNumber[0] = rs.getLong("data_change_number");
                        owner.add(user(rs, List.of()));
                    }
                    String role = rs.getString("membership_role");
                    if (role != null) {
                        memberships.add(new Membership(rs.getObject("membership_operation", UUID.class),
                                Role.valueOf(role)));
                    }
                });
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        if (stale[0]) {
            jdbc.sql("""
                    update api_token set last_used_at = now()
                    where id = :id and (last_used_at is null or last_used_at < now() - make_interval(secs => :precision))""")
                    .param("id", tokenId[0]).param("precision", (double) LAST_USED_PRECISION.toSeconds()).update();
        }
        // The rows of the memberships follow the first: the user is made once all are read.
        CorridorUser first = owner.get(0);
        CorridorUser user = new CorridorUser(first.id(), first.getUsername(), first.displayName(), first.getPassword(),
                first.isEnabled(), first.lockedUntil(), memberships);
        // The lock-out guards the password against guessing; it does not switch off the owner's tokens, or five
        // anonymous bad passwords would stop their integrations (issue 17).
        return Optional.of(user).filter(CorridorUser::isEnabled).map(u -> new TokenSignIn(u, dataChangeNumber[0]));
    }

    private void insertMembership(UUID userId, Membership membership) {
        jdbc.sql("insert into membership (id, user_id, operation_id, role) values (:id, :user, :operation, :role)")
                .param("id", Ids.newId()).param("user", userId).param("operation", membership.operationId())
                .param("role", membership.role().name()).update();
    }

    private void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new AccountException("password", "account.error.passwordShort",
                    "A password has at least " + MIN_PASSWORD_LENGTH + " characters.", MIN_PASSWORD_LENGTH);
        }
        if (password.length() > 128) {
            throw new AccountException("password", "account.error.passwordLong", "A password has at most 128 characters.");
        }
    }

    private static String normaliseUsername(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    private static Map<String, Object> describe(CorridorUser user) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", user.getUsername());
        state.put("displayName", user.displayName());
        state.put("enabled", user.isEnabled());
        state.put("memberships", user.memberships().stream()
                .map(m -> m.role() + (m.operationId() == null ? "" : "@" + m.operationId())).sorted().toList());
        return state;
    }

    private CorridorUser mapUser(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return user(rs, new ArrayList<>(jdbc.sql(
                "select operation_id, role from membership where user_id = :user order by role")
                .param("user", id)
                .query((m, n) -> new Membership(m.getObject("operation_id", UUID.class), Role.valueOf(m.getString("role"))))
                .list()));
    }

    private CorridorUser user(ResultSet rs, List<Membership> memberships) throws SQLException {
        return new CorridorUser(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), rs.getBoolean("enabled"), instant(rs, "locked_until"), memberships);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A token as created: the secret is in here and nowhere else. */
    /** Kept in the session for one page (a flash attribute), and sessions are stored in the database: serializable. */
    public record IssuedToken(UUID id, String name, String secret) implements java.io.Serializable {
    }

    public record TokenSummary(UUID id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        public boolean revoked() {
            return revokedAt != null;
        }
    }
}

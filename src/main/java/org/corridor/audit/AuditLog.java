package org.corridor.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.corridor.AuditableChange;
import org.corridor.Ids;
import org.corridor.accounts.CorridorUser;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The audit module's API: appends every {@link AuditableChange}, lists entries, verifies the chain. */
@Service
public class AuditLog {

    static final String GENESIS_HASH = "0".repeat(64);

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /**
     * Runs in the publisher's transaction (a plain listener, not an after-commit one): if the entry
     * cannot be written, the change itself rolls back.
     */
    @EventListener
    @Transactional
    public void append(AuditableChange change) {
        var head = jdbc.sql("select seq, hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Object[] {rs.getLong("seq"), rs.getString("hash")}).single();
        long seq = (Long) head[0] + 1;
        String previousHash = (String) head[1];
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        UUID actorId = null;
        String actorName = change.actorName() != null ? change.actorName() : "system";
        if (change.actorName() == null && authentication != null
                && authentication.getPrincipal() instanceof CorridorUser user) {
            actorId = user.id();
            actorName = user.getUsername();
        }
        AuditEntry entry = new AuditEntry(seq, Ids.newId(), Instant.now().truncatedTo(ChronoUnit.MICROS), actorId,
                actorName, change.action(), change.recordType(), change.recordId(), change.operationId(),
                toJson(change.before()), toJson(change.after()), previousHash, null);
        String hash = entry.computeHash();
        jdbc.sql("""
                insert into audit_entry (seq, id, occurred_at, actor_id, actor_name, action, record_type, record_id,
                                         operation_id, before_state, after_state, previous_hash, hash)
                values (:seq, :id, :at, :actorId, :actorName, :action, :recordType, :recordId, :operationId,
                        :before, :after, :previousHash, :hash)""")
                .param("seq", seq).param("id", entry.id()).param("at", Timestamp.from(entry.occurredAt()))
                .param("actorId", actorId).param("actorName", actorName).param("action", entry.action())
                .param("recordType", entry.recordType()).param("recordId", entry.recordId())
                .param("operationId", entry.operationId()).param("before", entry.before())
                .param("after", entry.after()).param("previousHash", previousHash).param("hash", hash).update();
        jdbc.sql("update audit_chain_head set seq = :seq, hash = :hash where id = 1")
                .param("seq", seq).param("hash", hash).update();
    }

    /** Newest first; {@code operations} null means all entries (for an administrator). */
    public List<AuditEntry> recent(Collection<UUID> operations, String recordType, int limit, int offset) {
        StringBuilder sql = new StringBuilder("select * from audit_entry where true");
        if (operations != null) {
            sql.append(" and operation_id = any(:operations)");
        }
        if (recordType != null && !recordType.isBlank()) {
            sql.append(" and record_type = :recordType");
        }
        sql.append(" order by seq desc limit :limit offset :offset");
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString()).param("limit", limit).param("offset", offset);
        if (operations != null) {
            statement = statement.param("operations", operations.toArray(UUID[]::new));
        }
        if (recordType != null && !recordType.isBlank()) {
            statement = statement.param("recordType", recordType);
        }
        return statement.query(AuditLog::map).list();
    }

    public List<AuditEntry> forRecord(String recordType, String recordId) {
        return jdbc.sql("select * from audit_entry where record_type = :type and record_id = :id order by seq")
                .param("type", recordType).param("id", recordId).query(AuditLog::map).list();
    }

    /** Walks the whole chain in order, streamed, and reports the first break it finds. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        long expectedSeq = 1;
        String previousHash = GENESIS_HASH;
        long checked = 0;
        try (Stream<AuditEntry> entries = jdbc.sql("select * from audit_entry order by seq").query(AuditLog::map)
                .stream()) {
            for (AuditEntry entry : (Iterable<AuditEntry>) entries::iterator) {
                if (entry.seq() != expectedSeq) {
                    return ChainVerification.broken(checked, expectedSeq,
                            "entry " + expectedSeq + (entry.seq() - expectedSeq > 1 ? " to " + (entry.seq() - 1) : "")
                                    + " is missing: deleted from the log");
                }
                if (!entry.previousHash().equals(previousHash)) {
                    return ChainVerification.broken(checked, entry.seq(),
                            "entry " + entry.seq() + " does not follow the entry before it: the chain was altered");
                }
                if (!entry.computeHash().equals(entry.hash())) {
                    return ChainVerification.broken(checked, entry.seq(),
                            "entry " + entry.seq() + " was edited: its content no longer matches its hash");
                }
                previousHash = entry.hash();
                expectedSeq++;
                checked++;
            }
        }
        var head = jdbc.sql("select seq, hash from audit_chain_head where id = 1")
                .query((rs, n) -> new Object[] {rs.getLong("seq"), rs.getString("hash")}).single();
        if ((Long) head[0] != checked || !head[1].equals(previousHash)) {
            return ChainVerification.broken(checked, checked + 1, "the newest entries (after entry " + checked
                    + ", up to entry " + head[0] + ") are missing: deleted from the log");
        }
        return ChainVerification.intact(checked);
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        return state instanceof String text ? text : json.writeValueAsString(state);
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("id", UUID.class),
                rs.getTimestamp("occurred_at").toInstant(), rs.getObject("actor_id", UUID.class),
                rs.getString("actor_name"), rs.getString("action"), rs.getString("record_type"),
                rs.getString("record_id"), rs.getObject("operation_id", UUID.class), rs.getString("before_state"),
                rs.getString("after_state"), rs.getString("previous_hash"), rs.getString("hash"));
    }

    /** The outcome of {@link #verify()}: intact, or where the first break is. */
    public record ChainVerification(boolean intact, long entriesChecked, Long brokenAt, String problem) {
        static ChainVerification intact(long checked) {
            return new ChainVerification(true, checked, null, null);
        }

        static ChainVerification broken(long checked, long at, String problem) {
            return new ChainVerification(false, checked, at, problem);
        }
    }
}

package org.corridor.audit;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.corridor.kernel.AuditableChange;
import org.corridor.kernel.Conditions;
import org.corridor.kernel.CorridorProperties;
import org.corridor.kernel.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.corridor.kernel.Ids;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** The audit module's API: appends every {@link AuditableChange}, lists entries, verifies the chain. */
@Service
public class AuditLog {

    static final String GENESIS_HASH = "0".repeat(64);
    static final String CHECKPOINT_FILE = "audit-checkpoint";
    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Path keyFile;
    private final Path checkpointFile;
    private final TransactionTemplate ownTransaction;
    private volatile AuditKey key;

    AuditLog(JdbcClient jdbc, JsonMapper json, CorridorProperties properties,
            @Value("${corridor.audit.key-file:}") String keyFile, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.keyFile = keyFile == null || keyFile.isBlank() ? properties.home().resolve(AuditKey.FILE_NAME)
                : Path.of(keyFile);
        this.checkpointFile = this.keyFile.resolveSibling(CHECKPOINT_FILE);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * The key of the chain, read from its file, or made on the first start of this version (then every entry from the
     * next one on is keyed, and the hash of the newest plain entry is sealed in the file). Checked against the mark the
     * database keeps, so that a server with a missing or different key file refuses to write or verify.
     */
    AuditKey key() {
        AuditKey current = key;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (key == null) {
                key = ownTransaction.execute(status -> loadOrCreateKey());
            }
            return key;
        }
    }

    private AuditKey loadOrCreateKey() {
        // Locking the head serialises this with every append and with another process making the key at the same time.
        var head = jdbc.sql("select seq, hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Object[] {rs.getLong("seq"), rs.getString("hash")}).single();
        long headSeq = (Long) head[0];
        var mark = jdbc.sql("select keyed_from, key_id from audit_key_mark where id = 1")
                .query((rs, n) -> new Object[] {rs.getLong("keyed_from"), rs.getString("key_id")}).optional();
        try {
            if (Files.exists(keyFile)) {
                AuditKey found = AuditKey.read(keyFile);
                if (mark.isPresent()) {
                    if (!found.id().equals(mark.get()[1]) || found.keyedFrom() != (Long) mark.get()[0]) {
                        throw new IllegalStateException("The audit key in " + keyFile + " is not the one this"
                                + " database's audit log is keyed with (from entry " + mark.get()[0] + "): use that key"
                                + " file (copy it from the server that made it, or restore it from a backup).");
                    }
                    return found;
                }
                if (found.keyedFrom() > headSeq + 1) {
                    throw new IllegalStateException("The audit key in " + keyFile + " was made for another database"
                            + " (its log was keyed from entry " + found.keyedFrom() + "; this one has " + headSeq
                            + " entries): move the file away to make a new key for this database.");
                }
                mark(found);
                return found;
            }
            if (mark.isPresent()) {
                throw new IllegalStateException("The audit key " + keyFile + " is missing, but this database's audit log"
                        + " is keyed with one from entry " + mark.get()[0] + ": restore the file from a backup of"
                        + " CORRIDOR_HOME, or copy it from another server of this database (corridor.audit.key-file).");
            }
            AuditKey made = AuditKey.generate(headSeq + 1, (String) head[1]);
            try {
                PrivateFiles.create(keyFile, made.fileContent());
            } catch (FileAlreadyExistsException e) {
                made = AuditKey.read(keyFile);
            }
            mark(made);
            log.info("Audit log keyed (HMAC-SHA-256) from entry {} with the key in {}; the {} entries before it keep"
                    + " their SHA-256 hashes, sealed in that file", made.keyedFrom(), keyFile, made.keyedFrom() - 1);
            return made;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or write the audit key " + keyFile + " (" + e + ")", e);
        }
    }

    private void mark(AuditKey made) {
        jdbc.sql("insert into audit_key_mark (id, keyed_from, sealed_hash, key_id) values (1, :from, :sealed, :id)")
                .param("from", made.keyedFrom()).param("sealed", made.sealedHash()).param("id", made.id()).update();
    }

    /**
     * Runs in the publisher's transaction (a plain listener, not an after-commit one): if the entry
     * cannot be written, the change itself rolls back.
     */
    @EventListener
    @Transactional
    public void append(AuditableChange change) {
        AuditKey key = key();
        var head = jdbc.sql("select seq, hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Object[] {rs.getLong("seq"), rs.getString("hash")}).single();
        long seq = (Long) head[0] + 1;
        String previousHash = (String) head[1];
        UUID actorId = change.actor().id();
        String actorName = change.actor().name();
        AuditEntry entry = new AuditEntry(seq, Ids.newId(), Instant.now().truncatedTo(ChronoUnit.MICROS), actorId,
                actorName, change.action(), change.recordType(), change.recordId(), change.operationId(),
                toJson(change.before()), toJson(change.after()), previousHash, null);
        String hash = entry.computeHash(key);
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
        return entries(operations, new Filter(null, null, recordType, null, null), limit, offset);
    }

    /**
     * What the audit page filters by: who acted, the record's operation, its kind, and the days (UTC, as the page
     * shows the times) it happened on, both ends included. Null restricts nothing.
     */
    public record Filter(UUID actorId, UUID operationId, String recordType, LocalDate from, LocalDate to) {

        public static final Filter ANY = new Filter(null, null, null, null, null);
    }

    /**
     * Newest first, within {@code operations} (null: every entry, for an administrator) and the filter. The filter's
     * operation only narrows the reader's operations, never widens them.
     */
    public List<AuditEntry> entries(Collection<UUID> operations, Filter filter, int limit, int offset) {
        Conditions where = conditions(operations, filter);
        return jdbc.sql("select * from audit_entry where " + where + " order by seq desc limit :limit offset :offset")
                .params(where.params()).param("limit", limit).param("offset", offset)
                .query(AuditLog::map).list();
    }

    /** Everyone who acted in the entries of these operations (null: all), for the page's choice of person. */
    public List<UUID> actors(Collection<UUID> operations) {
        if (operations == null) {
            return jdbc.sql(peopleInOrder("")).query(UUID.class).list();
        }
        // Per operation, down the index on operation and person (a head reads one or two operations).
        return jdbc.sql("select distinct found.actor_id from unnest(cast(:operations as uuid[])) as o(operation_id)"
                + " cross join lateral (" + peopleInOrder("and e.operation_id = o.operation_id") + ") found")
                .param("operations", operations.toArray(UUID[]::new)).query(UUID.class).list();
    }

    /**
     * The people who acted in the entries meeting {@code condition} (on alias {@code e}), by a loose index scan: one
     * step down an index from each person to the next, so that the audit page's choice of person costs a probe a
     * person, not a pass over the whole log (which only grows).
     */
    private static String peopleInOrder(String condition) {
        return """
                with recursive actor as (
                    (select e.actor_id from audit_entry e where e.actor_id is not null %1$s order by e.actor_id limit 1)
                    union all
                    select (select e.actor_id from audit_entry e where e.actor_id > actor.actor_id %1$s
                            order by e.actor_id limit 1)
                    from actor where actor.actor_id is not null)
                select actor_id from actor where actor_id is not null""".formatted(condition);
    }

    /** One entry by its place in the chain, if there is one there. */
    public java.util.Optional<AuditEntry> entry(long seq) {
        return jdbc.sql("select * from audit_entry where seq = :seq").param("seq", seq).query(AuditLog::map).optional();
    }

    private static Conditions conditions(Collection<UUID> operations, Filter filter) {
        return Conditions.none()
                .and("operation_id = any(:operations)", "operations",
                        operations == null ? null : operations.toArray(UUID[]::new))
                .and("operation_id = :operation", "operation", filter.operationId())
                .and("actor_id = :actor", "actor", filter.actorId())
                .and("record_type = :recordType", "recordType",
                        filter.recordType() == null || filter.recordType().isBlank() ? null : filter.recordType())
                .and("occurred_at >= :from", "from", filter.from() == null ? null
                        : Timestamp.from(filter.from().atStartOfDay(ZoneOffset.UTC).toInstant()))
                .and("occurred_at < :to", "to", filter.to() == null ? null
                        : Timestamp.from(filter.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    public List<AuditEntry> forRecord(String recordType, String recordId) {
        return jdbc.sql("select * from audit_entry where record_type = :type and record_id = :id order by seq")
                .param("type", recordType).param("id", recordId).query(AuditLog::map).list();
    }

    /**
     * Walks the whole chain in order, streamed, and reports the first break it finds: keyed entries against their HMAC,
     * the plain ones before them against their SHA-256 and the hash sealed in the key file, and the whole log against
     * the checkpoint the last intact verification left outside the database ({@code audit-checkpoint} beside the key),
     * which it then moves to the head.
     */
    public ChainVerification verify() {
        AuditKey key = key();
        ChainVerification result = ownTransaction.execute(status -> verify(key));
        if (result.intact()) {
            result = checkpoint(result);
        }
        return result;
    }

    private ChainVerification verify(AuditKey key) {
        jdbc.sql("set transaction read only").update();
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
                if (!entry.computeHash(key).equals(entry.hash())) {
                    return ChainVerification.broken(checked, entry.seq(),
                            "entry " + entry.seq() + " was edited: its content no longer matches its hash");
                }
                if (entry.seq() == key.keyedFrom() - 1 && !entry.hash().equals(key.sealedHash())) {
                    return ChainVerification.broken(checked, entry.seq(), "entries up to " + entry.seq()
                            + " were rewritten: the chain no longer ends in the hash sealed in the audit key");
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
        if (checked < key.keyedFrom() - 1) {
            return ChainVerification.broken(checked, checked + 1, "entries " + (checked + 1) + " to "
                    + (key.keyedFrom() - 1) + " are missing: the audit key was made after entry " + (key.keyedFrom() - 1));
        }
        return ChainVerification.intact(checked, checked == 0 ? GENESIS_HASH : previousHash);
    }

    /**
     * Compares the intact chain with the head the last verification saw (kept outside the database): the chain must
     * still reach it and hold the same entry there, else its newest entries were cut off along with the head. Then
     * records the current head.
     */
    private ChainVerification checkpoint(ChainVerification intact) {
        try {
            if (Files.exists(checkpointFile)) {
                java.util.Properties seen = new java.util.Properties();
                try (var reader = Files.newBufferedReader(checkpointFile)) {
                    seen.load(reader);
                }
                long seq = Long.parseLong(seen.getProperty("seq", "0").trim());
                String hash = seen.getProperty("hash", "").trim();
                if (intact.entriesChecked() < seq) {
                    return ChainVerification.broken(intact.entriesChecked(), intact.entriesChecked() + 1,
                            "the newest entries (after entry " + intact.entriesChecked() + ", up to entry " + seq
                                    + " that an earlier verification saw) are missing: deleted from the log");
                }
                String there = seq == 0 ? GENESIS_HASH : jdbc.sql("select hash from audit_entry where seq = :seq")
                        .param("seq", seq).query(String.class).optional().orElse("");
                if (!there.equals(hash)) {
                    return ChainVerification.broken(seq - 1, seq, "entry " + seq
                            + " is not the one an earlier verification saw: the log was rewritten");
                }
            }
            Files.deleteIfExists(checkpointFile);
            PrivateFiles.create(checkpointFile, "# The audit log's head at its last intact verification.\nseq="
                    + intact.entriesChecked() + "\nhash=" + intact.headHash() + "\n");
        } catch (IOException | NumberFormatException e) {
            log.warn("Could not compare or record the audit checkpoint {}: {}", checkpointFile, e.toString());
        }
        return intact;
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
    public record ChainVerification(boolean intact, long entriesChecked, Long brokenAt, String problem,
            String headHash) {
        static ChainVerification intact(long checked, String headHash) {
            return new ChainVerification(true, checked, null, null, headHash);
        }

        static ChainVerification broken(long checked, long at, String problem) {
            return new ChainVerification(false, checked, at, problem, null);
        }
    }
}

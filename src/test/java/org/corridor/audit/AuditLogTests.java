package org.corridor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.kernel.Actor;
import org.corridor.kernel.AuditableChange;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Membership;
import org.corridor.accounts.Role;
import org.corridor.accounts.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.corridor.database.EmbeddedDatabase;

/** Each test starts from an intact chain; tampering tests bypass the append-only trigger on purpose. */
@CorridorTest
class AuditLogTests {

    @Autowired
    AuditLog auditLog;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedDatabase database;

    @Autowired
    RegionFixture region;

    /** The database as its owner (the cluster's superuser): what an attacker with the database's password has. */
    JdbcClient owner() {
        return JdbcClient.create(new DriverManagerDataSource(database.jdbcUrl(), database.ownerUsername(),
                database.ownerPassword()));
    }

    @BeforeEach
    void startFromAnIntactChain() {
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void listsEveryPersonWhoActedInTheOperationsReadAsAPassOverTheLogWould() {
        UUID skopje = region.operation("skopje");
        UUID serbia = region.operation("serbia");
        CorridorUser inSkopje = region.user("audit.actor", "Audit Actor Skopje", Role.OFFICER, skopje);
        CorridorUser inBoth = region.user("audit.actor", "Audit Actor Both", Role.OFFICER, serbia);
        CorridorUser inSerbia = region.user("audit.actor", "Audit Actor Serbia", Role.OFFICER, serbia);
        auditLog.append(AuditableChange.created(inSkopje.actor(), "visit", UUID.randomUUID(), skopje, "{}"));
        auditLog.append(AuditableChange.created(inBoth.actor(), "visit", UUID.randomUUID(), skopje, "{}"));
        auditLog.append(AuditableChange.created(inBoth.actor(), "visit", UUID.randomUUID(), serbia, "{}"));
        auditLog.append(AuditableChange.created(inSerbia.actor(), "visit", UUID.randomUUID(), serbia, "{}"));
        auditLog.append(AuditableChange.created(Actor.named("import"), "visit", UUID.randomUUID(), skopje, "{}"));

        for (List<UUID> operations : java.util.Arrays.asList(null, List.of(skopje), List.of(serbia),
                List.of(skopje, serbia), List.<UUID>of())) {
            String where = operations == null ? "" : " and operation_id = any(:operations)";
            Set<UUID> byAPass = Set.copyOf(jdbc.sql("select distinct actor_id from audit_entry where actor_id is not null"
                    + where).param("operations", operations == null ? null : operations.toArray(UUID[]::new))
                    .query(UUID.class).list());
            List<UUID> actors = auditLog.actors(operations);
            assertThat(actors).as("people in %s", operations).doesNotHaveDuplicates();
            assertThat(Set.copyOf(actors)).as("people in %s", operations).isEqualTo(byAPass);
        }
        assertThat(auditLog.actors(List.of(skopje))).contains(inSkopje.id(), inBoth.id()).doesNotContain(inSerbia.id());
        assertThat(auditLog.actors(List.of(serbia))).contains(inBoth.id(), inSerbia.id()).doesNotContain(inSkopje.id());
    }

    @Test
    void recordsCreationWithTheStateAfter() {
        CorridorUser user = accounts.create("audit.create", "Audit Create", "long-enough-password",
                List.of(Membership.of(Role.REGIONAL_COORDINATOR)));

        List<AuditEntry> entries = auditLog.forRecord("user", user.id().toString());
        assertThat(entries).extracting(AuditEntry::action).containsExactly("CREATE");
        assertThat(entries.get(0).before()).isNull();
        assertThat(entries.get(0).after()).contains("\"username\":\"audit.create\"").contains("REGIONAL_COORDINATOR");
    }

    @Test
    void recordsAnUpdateWithBeforeAndAfter() {
        CorridorUser user = accounts.create("audit.update", "Audit Update", "long-enough-password", List.of());
        accounts.addMembership(user.id(), Membership.of(Role.DELEGATION_READER));

        AuditEntry update = auditLog.forRecord("user", user.id().toString()).get(1);
        assertThat(update.action()).isEqualTo("UPDATE");
        assertThat(update.before()).doesNotContain("DELEGATION_READER");
        assertThat(update.after()).contains("DELEGATION_READER");
    }

    @Test
    void recordsSignInsFailuresLockOutsAndTokens() {
        CorridorUser user = accounts.create("audit.events", "Audit Events", "long-enough-password", List.of());
        accounts.recordSignIn(user);
        for (int i = 0; i < UserAccounts.MAX_FAILED_SIGN_INS; i++) {
            accounts.recordFailedSignIn("audit.events");
        }
        var token = accounts.createToken(user.id(), "script");
        accounts.revokeToken(user.id(), token.id());

        assertThat(auditLog.forRecord("user", user.id().toString())).extracting(AuditEntry::action)
                .containsSubsequence("CREATE", "SIGN_IN", "SIGN_IN_FAILED", "ACCOUNT_LOCKED");
        assertThat(auditLog.forRecord("api_token", token.id().toString())).extracting(AuditEntry::action)
                .containsExactly("TOKEN_CREATED", "TOKEN_REVOKED");
    }

    @Test
    void recordsAFailedSignInOfAnUnknownNameUnderThatName() {
        accounts.recordFailedSignIn("no-such-person");

        AuditEntry entry = auditLog.recent(null, "user", 1, 0).get(0);
        assertThat(entry.action()).isEqualTo("SIGN_IN_FAILED");
        assertThat(entry.actorName()).isEqualTo("no-such-person");
    }

    @Test
    void theApplicationsRoleMayOnlyAppendToTheLog() {
        accounts.create("audit.immutable", "Audit Immutable", "long-enough-password", List.of());

        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single())
                .isFalse();
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor_name = 'someone else'").update())
                .hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update()).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update()).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update())
                .hasStackTraceContaining("must be owner");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_key_mark").update()).hasStackTraceContaining("permission denied");
    }

    @Test
    void theTriggerRefusesEditsEvenToTheOwnerInReplicaMode() {
        accounts.create("audit.replica", "Audit Replica", "long-enough-password", List.of());
        JdbcClient owner = owner();

        assertThatThrownBy(() -> owner.sql("update audit_entry set actor_name = 'someone else'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> owner.sql("""
                do $$ begin
                    set local session_replication_role = replica;
                    delete from audit_entry;
                end $$""").update()).hasMessageContaining("append-only");
    }

    @Test
    void detectsAForgedEntryWhoseSha256WasRecomputedWithTheChainAfterIt() {
        CorridorUser user = accounts.create("audit.forged", "Audit Forged", "long-enough-password", List.of());
        accounts.create("audit.after-forged", "After", "long-enough-password", List.of());
        List<AuditEntry> all = oldestFirst();
        long seq = auditLog.forRecord("user", user.id().toString()).get(0).seq();
        try {
            // What worked before the key: edit an entry, recompute its SHA-256 and every later entry's, and the head.
            String previous = null;
            for (AuditEntry e : all) {
                if (e.seq() < seq) {
                    previous = e.hash();
                    continue;
                }
                AuditEntry forged = new AuditEntry(e.seq(), e.id(), e.occurredAt(), e.actorId(), e.actorName(),
                        e.action(), e.recordType(), e.recordId(), e.operationId(), e.before(),
                        e.seq() == seq ? e.after().replace("Audit Forged", "Someone Else") : e.after(), previous, null);
                String hash = forged.computeHash();
                tamper("update audit_entry set after_state = '" + forged.after().replace("'", "''") + "', previous_hash = '"
                        + previous + "', hash = '" + hash + "' where seq = " + e.seq());
                tamper("update audit_chain_head set seq = " + e.seq() + ", hash = '" + hash + "'");
                previous = hash;
            }

            AuditLog.ChainVerification result = auditLog.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAt()).isEqualTo(seq);
            assertThat(result.problem()).contains("entry " + seq).contains("edited");
        } finally {
            for (AuditEntry e : all) {
                if (e.seq() >= seq) {
                    tamper("update audit_entry set after_state = '" + e.after().replace("'", "''") + "', previous_hash = '"
                            + e.previousHash() + "', hash = '" + e.hash() + "' where seq = " + e.seq());
                }
            }
            AuditEntry last = all.get(all.size() - 1);
            tamper("update audit_chain_head set seq = " + last.seq() + ", hash = '" + last.hash() + "'");
        }
    }

    @Test
    void keysEveryEntryWithTheKeyKeptOutsideTheDatabase() throws Exception {
        accounts.create("audit.keyed", "Audit Keyed", "long-enough-password", List.of());
        java.nio.file.Path keyFile = database.home().resolve(AuditKey.FILE_NAME);

        assertThat(keyFile).exists();
        assertThat(java.nio.file.Files.getPosixFilePermissions(keyFile))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        AuditKey key = AuditKey.read(keyFile);
        for (AuditEntry e : auditLog.recent(null, null, 1000, 0)) {
            assertThat(key.keys(e.seq())).isTrue();
            assertThat(e.hash()).isEqualTo(e.computeHash(key)).isNotEqualTo(e.computeHash());
        }
        assertThat(jdbc.sql("select key_id from audit_key_mark").query(String.class).single()).isEqualTo(key.id());
    }

    @Test
    void detectsAnEditedEntryAndNamesIt() {
        CorridorUser user = accounts.create("audit.edited", "Audit Edited", "long-enough-password", List.of());
        accounts.create("audit.after-edited", "After", "long-enough-password", List.of());
        long seq = auditLog.forRecord("user", user.id().toString()).get(0).seq();
        try {
            tamper("update audit_entry set after_state = replace(after_state, 'Audit Edited', 'Someone Else') where seq = " + seq);

            AuditLog.ChainVerification result = auditLog.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAt()).isEqualTo(seq);
            assertThat(result.problem()).contains("entry " + seq).contains("edited");
        } finally {
            tamper("update audit_entry set after_state = replace(after_state, 'Someone Else', 'Audit Edited') where seq = " + seq);
        }
    }

    @Test
    void detectsADeletedEntryAndNamesIt() {
        CorridorUser user = accounts.create("audit.deleted", "Audit Deleted", "long-enough-password", List.of());
        accounts.create("audit.after-deleted", "After", "long-enough-password", List.of());
        AuditEntry victim = auditLog.forRecord("user", user.id().toString()).get(0);
        try {
            tamper("delete from audit_entry where seq = " + victim.seq());

            AuditLog.ChainVerification result = auditLog.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAt()).isEqualTo(victim.seq());
            assertThat(result.problem()).contains("entry " + victim.seq()).contains("deleted");
        } finally {
            restore(victim);
        }
    }

    @Test
    void detectsDeletionOfTheNewestEntry() {
        CorridorUser user = accounts.create("audit.newest", "Audit Newest", "long-enough-password", List.of());
        AuditEntry newest = auditLog.forRecord("user", user.id().toString()).get(0);
        try {
            tamper("delete from audit_entry where seq = " + newest.seq());

            AuditLog.ChainVerification result = auditLog.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.problem()).contains("deleted");
        } finally {
            restore(newest);
        }
    }

    private List<AuditEntry> oldestFirst() {
        List<AuditEntry> entries = new java.util.ArrayList<>(auditLog.recent(null, null, Integer.MAX_VALUE, 0));
        java.util.Collections.reverse(entries);
        return entries;
    }

    private void tamper(String sql) {
        JdbcClient owner = owner();
        owner.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
        try {
            owner.sql(sql).update();
        } finally {
            owner.sql("alter table audit_entry enable always trigger audit_entry_append_only").update();
        }
    }

    private void restore(AuditEntry e) {
        owner().sql("""
                insert into audit_entry (seq, id, occurred_at, actor_id, actor_name, action, record_type, record_id,
                                         operation_id, before_state, after_state, previous_hash, hash)
                values (:seq, :id, :at, :actorId, :actorName, :action, :recordType, :recordId, :operationId,
                        :before, :after, :previousHash, :hash)""")
                .param("seq", e.seq()).param("id", e.id()).param("at", java.sql.Timestamp.from(e.occurredAt()))
                .param("actorId", e.actorId()).param("actorName", e.actorName()).param("action", e.action())
                .param("recordType", e.recordType()).param("recordId", e.recordId())
                .param("operationId", e.operationId()).param("before", e.before()).param("after", e.after())
                .param("previousHash", e.previousHash()).param("hash", e.hash()).update();
    }
}

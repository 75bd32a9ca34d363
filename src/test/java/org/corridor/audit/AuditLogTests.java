package org.corridor.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.Membership;
import org.corridor.accounts.Role;
import org.corridor.accounts.UserAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each test starts from an intact chain; tampering tests bypass the append-only trigger on purpose. */
@SpringBootTest
class AuditLogTests {

    @Autowired
    AuditLog auditLog;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void startFromAnIntactChain() {
        assertThat(auditLog.verify().intact()).isTrue();
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
    void theDatabaseRefusesToEditOrDeleteEntries() {
        accounts.create("audit.immutable", "Audit Immutable", "long-enough-password", List.of());

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor_name = 'someone else'").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update()).hasMessageContaining("append-only");
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

    private void tamper(String sql) {
        jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
        try {
            jdbc.sql(sql).update();
        } finally {
            jdbc.sql("alter table audit_entry enable trigger audit_entry_append_only").update();
        }
    }

    private void restore(AuditEntry e) {
        jdbc.sql("""
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

package org.corridor.accounts;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.corridor.kernel.AuditableChange;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.StaleRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The accounts module's API for sharing: each operation's policy (figures level, default level per kind of record),
 * and the {@link ReadScope} through which every module reads.
 */
@Service
public class Sharing {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Sharing(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** What this user may read, with every operation's figures level as it stands now. */
    public ReadScope scopeOf(CorridorUser user) {
        return new ReadScope(user, figuresLevels());
    }

    /** Where a read-only transaction keeps the figures levels it read (see {@link #figuresLevels}). */
    private static final Object FIGURES_LEVELS = new Object();

    /**
     * Every operation's figures level. Read once in a read-only transaction, which changes no policy: a page that
     * draws a dozen figures in one (the regional overview) asks the read rule a dozen times, and each would otherwise
     * read the policies again. Outside one, read each time.
     */
    private Map<UUID, DistributionLevel> figuresLevels() {
        boolean readOnly = TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                && TransactionSynchronizationManager.isSynchronizationActive();
        if (readOnly && TransactionSynchronizationManager.getResource(FIGURES_LEVELS) instanceof Map<?, ?> kept) {
            @SuppressWarnings("unchecked")
            Map<UUID, DistributionLevel> levels = (Map<UUID, DistributionLevel>) kept;
            return levels;
        }
        Map<UUID, DistributionLevel> figures = new HashMap<>();
        jdbc.sql("select operation_id, figures_level from sharing_policy")
                .query((rs, n) -> figures.put(rs.getObject("operation_id", UUID.class),
                        DistributionLevel.valueOf(rs.getString("figures_level"))))
                .list();
        if (readOnly) {
            Map<UUID, DistributionLevel> kept = Map.copyOf(figures);
            TransactionSynchronizationManager.bindResource(FIGURES_LEVELS, kept);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(FIGURES_LEVELS);
                }
            });
            return kept;
        }
        return figures;
    }

    /** The operation's policy; the defaults where its head has chosen nothing. */
    public SharingPolicy policyOf(UUID operationId) {
        return jdbc.sql("select * from sharing_policy where operation_id = :operation").param("operation", operationId)
                .query((rs, n) -> new SharingPolicy(operationId, DistributionLevel.valueOf(rs.getString("figures_level")),
                        levels(rs.getString("default_levels")), rs.getLong("version")))
                .optional().orElseGet(() -> SharingPolicy.defaults(operationId));
    }

    /** The level a new record of this kind starts with in this operation. */
    public DistributionLevel defaultLevel(UUID operationId, RecordKind kind) {
        return operationId == null ? kind.defaultLevel() : policyOf(operationId).defaultLevel(kind);
    }

    /**
     * The head's change of the operation's policy; refused with {@link StaleRecord} when someone changed it since
     * {@code changed.version()} was read.
     */
    @Transactional
    public SharingPolicy change(CorridorUser user, SharingPolicy changed) {
        UUID operationId = changed.operationId();
        if (!user.maySetSharingOf(operationId)) {
            throw new AccessDeniedException("Only the operation's head sets how it shares");
        }
        SharingPolicy before = policyOf(operationId);
        if (before.version() != changed.version()) {
            throw new StaleRecord(before.version());
        }
        Map<String, String> levels = new LinkedHashMap<>();
        changed.defaultLevels().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> levels.put(e.getKey().name(), e.getValue().name()));
        String json = JSON.writeValueAsString(levels);
        int written = jdbc.sql("""
                insert into sharing_policy (operation_id, figures_level, default_levels, updated_by, updated_at, version)
                values (:operation, :figures, cast(:levels as jsonb), :user, now(), 1)
                on conflict (operation_id) do update
                   set figures_level = excluded.figures_level, default_levels = excluded.default_levels,
                       updated_by = excluded.updated_by, updated_at = now(), version = sharing_policy.version + 1
                 where sharing_policy.version = :version""")
                .param("operation", operationId).param("figures", changed.figuresLevel().name()).param("levels", json)
                .param("user", user.id()).param("version", changed.version()).update();
        if (written == 0) {
            throw new StaleRecord(policyOf(operationId).version());
        }
        SharingPolicy after = policyOf(operationId);
        events.publishEvent(AuditableChange.updated(user.actor(), "sharing_policy", operationId, operationId, before, after));
        return after;
    }

    /** Throws {@link RecordNotFound} unless the user may see the operation's sharing page. */
    public SharingPolicy policyFor(CorridorUser user, UUID operationId) {
        if (!user.maySetSharingOf(operationId)) {
            throw new RecordNotFound(operationId);
        }
        return policyOf(operationId);
    }

    private static Map<RecordKind, DistributionLevel> levels(String json) {
        Map<RecordKind, DistributionLevel> levels = new EnumMap<>(RecordKind.class);
        Map<String, String> read = JSON.readValue(json, new TypeReference<Map<String, String>>() { });
        read.forEach((kind, level) -> {
            try {
                levels.put(RecordKind.valueOf(kind), DistributionLevel.valueOf(level));
            } catch (IllegalArgumentException unknown) {
                // a kind retired since it was chosen: its choice no longer applies
            }
        });
        return levels;
    }
}

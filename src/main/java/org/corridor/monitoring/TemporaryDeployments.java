package org.corridor.monitoring;

import io.swagger.v3.oas.annotations.media.Schema;
import org.corridor.kernel.Problem;
import org.corridor.kernel.TextLimits;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.RecordPage;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.StaleRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.corridor.kernel.AuditableChange;
import org.corridor.kernel.Conditions;
import org.corridor.kernel.Ids;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.ReadScope;
import org.corridor.accounts.RecordKind;
import org.corridor.accounts.Sharing;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Officers deployed to a place for a while under the Temporary Presences Mechanism. */
@Service
public class TemporaryDeployments {

    public enum Premises {
        RENTED_OFFICE, CONTAINER, NONE
    }

    /**
     * A deployment as entered. {@code distributionLevel} null means the operation's default for a new deployment,
     * and no change for a changed one.
     */
    public record DeploymentDraft(UUID operationId, UUID locationId, Integer officers, LocalDate fromDate,
            LocalDate toDate, Premises premises, @Schema(maxLength = TextLimits.PARAGRAPH) String purpose, DistributionLevel distributionLevel) {

        /** A deployment at its operation's default level. */
        public DeploymentDraft(UUID operationId, UUID locationId, Integer officers, LocalDate fromDate,
                LocalDate toDate, Premises premises, String purpose) {
            this(operationId, locationId, officers, fromDate, toDate, premises, purpose, null);
        }

        public List<Problem> problems() {
            List<Problem> problems = new ArrayList<>();
            if (operationId == null) {
                problems.add(new Problem("operationId", "plan.error.operation"));
            }
            if (locationId == null) {
                problems.add(new Problem("locationId", "deployment.error.location"));
            }
            if (officers == null || officers < 1 || officers > 100) {
                problems.add(new Problem("officers", "deployment.error.officers"));
            }
            if (fromDate == null) {
                problems.add(new Problem("fromDate", "deployment.error.from"));
            } else if (toDate != null && toDate.isBefore(fromDate)) {
                problems.add(new Problem("toDate", "plan.error.endsBeforeStart"));
            }
            if (premises == null) {
                problems.add(new Problem("premises", "deployment.error.premises"));
            }
            if (purpose == null || purpose.isBlank()) {
                problems.add(new Problem("purpose", "deployment.error.purpose"));
            } else {
                TextLimits.check(problems, "purpose", purpose, TextLimits.PARAGRAPH);
            }
            return problems;
        }
    }

    public record Deployment(UUID id, UUID operationId, UUID locationId, int officers, LocalDate fromDate,
            LocalDate toDate, Premises premises, String purpose, DistributionLevel distributionLevel, UUID createdBy,
            long version) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Sharing sharing;

    TemporaryDeployments(JdbcClient jdbc, ApplicationEventPublisher events, Sharing sharing) {
        this.jdbc = jdbc;
        this.events = events;
        this.sharing = sharing;
    }

    /** Focal points and heads of operation decide where officers are deployed. */
    public boolean mayDeploy(CorridorUser user, UUID operationId) {
        return user.mayEditAnyRecordOf(operationId) || user.mayHead(operationId);
    }

    @Transactional
    public Deployment record(CorridorUser user, DeploymentDraft draft) {
        if (draft.operationId() != null && !mayDeploy(user, draft.operationId())) {
            throw new AccessDeniedException("Focal points and heads of operation record deployments");
        }
        List<Problem> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new RecordRejected(problems);
        }
        UUID id = Ids.newId();
        try {
            jdbc.sql("""
                    insert into temporary_deployment (id, operation_id, location_id, officers, from_date, to_date,
                                                      premises, purpose, distribution_level, created_by)
                    values (:id, :operation, :location, :officers, :from, :to, :premises, :purpose, :level,
                            :createdBy)""")
                    .param("id", id).param("operation", draft.operationId()).param("location", draft.locationId())
                    .param("officers", draft.officers()).param("from", draft.fromDate()).param("to", draft.toDate())
                    .param("premises", draft.premises().name()).param("purpose", draft.purpose().trim())
                    .param("level", (draft.distributionLevel() != null ? draft.distributionLevel()
                            : sharing.defaultLevel(draft.operationId(), RecordKind.TEMPORARY_DEPLOYMENT)).name())
                    .param("createdBy", user.id()).update();
        } catch (DataIntegrityViolationException e) {
            throw new RecordRejected(List.of(new Problem("locationId", "visit.error.unknownLocation")));
        }
        Deployment saved = load(id).orElseThrow();
        events.publishEvent(AuditableChange.created(user.actor(), "temporary_deployment", id, saved.operationId(), saved));
        return saved;
    }

    @Transactional
    public Deployment update(CorridorUser user, UUID id, long expectedVersion, DeploymentDraft changes) {
        Deployment before = find(user, id).orElseThrow(() -> new RecordNotFound(id));
        if (!mayDeploy(user, before.operationId())) {
            throw new AccessDeniedException("Focal points and heads of operation change deployments");
        }
        DeploymentDraft draft = new DeploymentDraft(before.operationId(), changes.locationId(), changes.officers(),
                changes.fromDate(), changes.toDate(), changes.premises(), changes.purpose(),
                changes.distributionLevel() != null ? changes.distributionLevel() : before.distributionLevel());
        List<Problem> problems = draft.problems();
        if (!problems.isEmpty()) {
            throw new RecordRejected(problems);
        }
        int updated;
        try {
            updated = jdbc.sql("""
                    update temporary_deployment set location_id = :location, officers = :officers, from_date = :from,
                        to_date = :to, premises = :premises, purpose = :purpose, distribution_level = :level,
                        version = version + 1
                    where id = :id and version = :version""")
                    .param("location", draft.locationId()).param("officers", draft.officers())
                    .param("from", draft.fromDate()).param("to", draft.toDate()).param("premises", draft.premises().name())
                    .param("purpose", draft.purpose().trim()).param("level", draft.distributionLevel().name())
                    .param("id", id).param("version", expectedVersion).update();
        } catch (DataIntegrityViolationException e) {
            throw new RecordRejected(List.of(new Problem("locationId", "visit.error.unknownLocation")));
        }
        if (updated == 0) {
            throw new StaleRecord(before.version());
        }
        Deployment after = load(id).orElseThrow();
        events.publishEvent(AuditableChange.updated(user.actor(), "temporary_deployment", id, after.operationId(), before, after));
        return after;
    }

    /** A deployment the user may read at its distribution level; others are simply not there. */
    public Optional<Deployment> find(CorridorUser user, UUID id) {
        return load(id).filter(d -> user.mayRead(d.operationId(), d.distributionLevel()));
    }

    /** One page of the records the user may read, newest first; {@code operationId} null means all visible. */
    public RecordPage<Deployment> list(CorridorUser user, UUID operationId, int page, int size) {
        ReadScope scope = sharing.scopeOf(user);
        Conditions where = Conditions.of(scope.params()).and(scope.records(""))
                .and("operation_id = :operation", "operation", operationId);
        return RecordPage.query(jdbc, "temporary_deployment where " + where, where.params(), "from_date desc, id", Deployment.class, page, size);
    }

    private Optional<Deployment> load(UUID id) {
        return jdbc.sql("select * from temporary_deployment where id = :id").param("id", id).query(Deployment.class).optional();
    }
}

package org.corridor.monitoring;

import jakarta.annotation.Nullable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.corridor.kernel.Problem;
import org.corridor.kernel.TextLimits;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.RecordPage;
import org.corridor.kernel.RecordRejected;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.corridor.kernel.AuditableChange;
import org.corridor.kernel.Conditions;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.ReadScope;
import org.corridor.accounts.RecordKind;
import org.corridor.accounts.Sharing;
import org.springframework.context.ApplicationEventPublisher;
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
            @Nullable LocalDate toDate, Premises premises, String purpose, DistributionLevel distributionLevel, UUID createdBy,
            long version) {
    }

    private final TemporaryDeploymentRepository deployments;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Sharing sharing;

    TemporaryDeployments(TemporaryDeploymentRepository deployments, JdbcClient jdbc, ApplicationEventPublisher events,
            Sharing sharing) {
        this.deployments = deployments;
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
        TemporaryDeployment deployment = TemporaryDeployment.record(draft,
                () -> sharing.defaultLevel(draft.operationId(), RecordKind.TEMPORARY_DEPLOYMENT), user.id());
        Deployment saved = RecordWrites.save(deployments, deployment, 0).details();
        events.publishEvent(AuditableChange.created(user.actor(), "temporary_deployment", saved.id(),
                saved.operationId(), saved));
        return saved;
    }

    @Transactional
    public Deployment update(CorridorUser user, UUID id, long expectedVersion, DeploymentDraft changes) {
        TemporaryDeployment deployment = readable(user, id).orElseThrow(() -> new RecordNotFound(id));
        Deployment before = deployment.details();
        if (!mayDeploy(user, before.operationId())) {
            throw new AccessDeniedException("Focal points and heads of operation change deployments");
        }
        deployment.change(changes);
        deployment.expectVersion(expectedVersion);
        Deployment after = RecordWrites.save(deployments, deployment, before.version()).details();
        events.publishEvent(AuditableChange.updated(user.actor(), "temporary_deployment", id, after.operationId(),
                before, after));
        return after;
    }

    /** A deployment the user may read at its distribution level; others are simply not there. */
    public Optional<Deployment> find(CorridorUser user, UUID id) {
        return readable(user, id).map(TemporaryDeployment::details);
    }

    private Optional<TemporaryDeployment> readable(CorridorUser user, UUID id) {
        return deployments.findById(id).filter(deployment -> deployment.readableBy(user));
    }

    /** One page of the records the user may read, newest first; {@code operationId} null means all visible. */
    public RecordPage<Deployment> list(CorridorUser user, UUID operationId, int page, int size) {
        ReadScope scope = sharing.scopeOf(user);
        Conditions where = Conditions.of(scope.params()).and(scope.records(""))
                .and("operation_id = :operation", "operation", operationId);
        return RecordPage.query(jdbc, "temporary_deployment where " + where, where.params(), "from_date desc, id",
                Deployment.class, page, size);
    }

    /**
     * The deployments the user may read that ran at some time between {@code from} and {@code to} (days inclusive; one
     * without an end runs on), earliest first; {@code operationId} null means every operation's. One query: for a
     * report's section.
     */
    public List<Deployment> between(CorridorUser user, UUID operationId, LocalDate from, LocalDate to) {
        Conditions where = inPeriod(sharing.scopeOf(user), operationId, from, to);
        return jdbc.sql("select * from temporary_deployment where " + where + " order by from_date, id")
                .params(where.params()).query(Deployment.class).list();
    }

    /**
     * How many of the deployments of {@link #between} (every operation's) each operation ran: counted in SQL, for the
     * regional overview, which shows only the number and would otherwise read and map every deployment.
     */
    public Map<UUID, Long> countedByOperation(CorridorUser user, LocalDate from, LocalDate to) {
        return CountsByOperation.of(jdbc, "temporary_deployment", inPeriod(sharing.scopeOf(user), null, from, to));
    }

    private static Conditions inPeriod(ReadScope scope, UUID operationId, LocalDate from, LocalDate to) {
        return Conditions.of(scope.params()).and(scope.records(""))
                .and("operation_id = :operation", "operation", operationId)
                .and("(to_date is null or to_date >= :from)", "from", from)
                .and("from_date <= :to", "to", to);
    }

    /**
     * The operation's deployments in place on {@code day} (begun, not ended), whoever may read them: for the alerts'
     * off-route rule, whose alert goes to that operation's own people and names them only to those who read them.
     */
    public List<Deployment> ofOperationInPlaceOn(UUID operationId, LocalDate day) {
        return jdbc.sql("""
                        select * from temporary_deployment where operation_id = :operation and from_date <= :day
                        and (to_date is null or to_date >= :day) order by from_date, id""")
                .param("operation", operationId).param("day", day).query(Deployment.class).list();
    }
}

package org.corridor.monitoring;

import jakarta.annotation.Nullable;
import org.corridor.kernel.Region;
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

/** How prepared an authority is for a shift of the route: the early-warning side of monitoring. */
@Service
public class PreparednessAssessments {

    public enum Rating {
        UNPREPARED, PARTLY_PREPARED, PREPARED
    }

    public enum ContingencyPlan {
        YES, NO, UNKNOWN
    }

    public enum Source {
        FIRST_HAND, SECOND_HAND, AUTHORITIES
    }

    /**
     * An assessment as entered. {@code distributionLevel} null means the operation's default for a new assessment,
     * and no change for a changed one.
     */
    public record AssessmentDraft(UUID operationId, String authority, UUID locationId, String area, LocalDate assessedOn,
            Rating rating, ContingencyPlan contingencyPlan, Source source, String narrative,
            DistributionLevel distributionLevel) {

        public AssessmentDraft {
            authority = authority == null ? null : authority.trim();
            area = area == null || area.isBlank() ? null : area.trim();
            contingencyPlan = contingencyPlan == null ? ContingencyPlan.UNKNOWN : contingencyPlan;
        }

        public List<Problem> problems(LocalDate today) {
            List<Problem> problems = new ArrayList<>();
            if (operationId == null) {
                problems.add(new Problem("operationId", "plan.error.operation"));
            }
            if (authority == null || authority.isEmpty()) {
                problems.add(new Problem("authority", "assessment.error.authority"));
            } else {
                TextLimits.check(problems, "authority", authority, TextLimits.LINE);
            }
            TextLimits.check(problems, "area", area, TextLimits.LINE);
            TextLimits.check(problems, "narrative", narrative, TextLimits.NARRATIVE);
            if (locationId == null && area == null) {
                problems.add(new Problem("locationId", "assessment.error.place"));
            }
            if (assessedOn == null) {
                problems.add(new Problem("assessedOn", "assessment.error.date"));
            } else if (assessedOn.isAfter(today)) {
                problems.add(new Problem("assessedOn", "assessment.error.future"));
            }
            if (rating == null) {
                problems.add(new Problem("rating", "assessment.error.rating"));
            }
            if (source == null) {
                problems.add(new Problem("source", "assessment.error.source"));
            }
            return problems;
        }
    }

    public record Assessment(UUID id, UUID operationId, String authority, UUID locationId, @Nullable String area,
            LocalDate assessedOn, Rating rating, ContingencyPlan contingencyPlan, Source source, String narrative,
            DistributionLevel distributionLevel, UUID createdBy, long version) {
    }

    private final PreparednessAssessmentRepository assessments;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Sharing sharing;

    PreparednessAssessments(PreparednessAssessmentRepository assessments, JdbcClient jdbc,
            ApplicationEventPublisher events, Sharing sharing) {
        this.assessments = assessments;
        this.jdbc = jdbc;
        this.events = events;
        this.sharing = sharing;
    }

    @Transactional
    public Assessment record(CorridorUser user, AssessmentDraft draft, boolean personalDataConfirmed) {
        if (draft.operationId() != null && !user.mayRecord(draft.operationId())) {
            throw new AccessDeniedException("Only officers and focal points of the operation record its assessments");
        }
        PreparednessAssessment assessment = PreparednessAssessment.record(draft,
                () -> sharing.defaultLevel(draft.operationId(), RecordKind.PREPAREDNESS_ASSESSMENT), user.id(),
                LocalDate.now(Region.ZONE), personalDataConfirmed);
        Assessment saved = RecordWrites.save(assessments, assessment, 0).details();
        events.publishEvent(AuditableChange.created(user.actor(), "preparedness_assessment", saved.id(),
                saved.operationId(), saved));
        return saved;
    }

    @Transactional
    public Assessment update(CorridorUser user, UUID id, long expectedVersion, AssessmentDraft changes,
            boolean personalDataConfirmed) {
        PreparednessAssessment assessment = readable(user, id).orElseThrow(() -> new RecordNotFound(id));
        Assessment before = assessment.details();
        if (!mayEdit(user, before)) {
            throw new AccessDeniedException("Only the author or a focal point of the operation changes an assessment");
        }
        assessment.change(changes, LocalDate.now(Region.ZONE), personalDataConfirmed);
        assessment.expectVersion(expectedVersion);
        Assessment after = RecordWrites.save(assessments, assessment, before.version()).details();
        events.publishEvent(AuditableChange.updated(user.actor(), "preparedness_assessment", id, after.operationId(),
                before, after));
        return after;
    }

    /** Its author, while still recording for the operation, and the operation's focal points change an assessment. */
    public boolean mayEdit(CorridorUser user, Assessment assessment) {
        return user.mayEditAnyRecordOf(assessment.operationId())
                || (user.mayRecord(assessment.operationId()) && assessment.createdBy().equals(user.id()));
    }

    public Optional<Assessment> find(CorridorUser user, UUID id) {
        return readable(user, id).map(PreparednessAssessment::details);
    }

    private Optional<PreparednessAssessment> readable(CorridorUser user, UUID id) {
        return assessments.findById(id).filter(assessment -> assessment.readableBy(user));
    }

    /** One page of the records the user may read, newest first; {@code operationId} null means all visible. */
    public RecordPage<Assessment> list(CorridorUser user, UUID operationId, int page, int size) {
        ReadScope scope = sharing.scopeOf(user);
        Conditions where = Conditions.of(scope.params()).and(scope.records(""))
                .and("operation_id = :operation", "operation", operationId);
        return RecordPage.query(jdbc, "preparedness_assessment where " + where, where.params(), "assessed_on desc, id",
                Assessment.class, page, size);
    }

    /**
     * The assessments shared at OSCE level or above that the user may read, newest first; {@code operationId} null
     * means every operation's. One kept at OPERATION level is never listed, not even to its own members.
     */
    public RecordPage<Assessment> shared(CorridorUser user, UUID operationId, int page, int size) {
        ReadScope scope = sharing.scopeOf(user);
        Conditions where = Conditions.of(scope.params()).and(scope.records(""))
                .and("distribution_level <> 'OPERATION'")
                .and("operation_id = :operation", "operation", operationId);
        return RecordPage.query(jdbc, "preparedness_assessment where " + where, where.params(), "assessed_on desc, id",
                Assessment.class, page, size);
    }

    /**
     * The assessments the user may read made between {@code from} and {@code to} (days inclusive), earliest first;
     * {@code operationId} null means every operation's. One query: for a report's section.
     */
    public List<Assessment> between(CorridorUser user, UUID operationId, LocalDate from, LocalDate to) {
        Conditions where = inPeriod(sharing.scopeOf(user), operationId, from, to);
        return jdbc.sql("select * from preparedness_assessment where " + where + " order by assessed_on, id")
                .params(where.params()).query(Assessment.class).list();
    }

    /**
     * How many of the assessments of {@link #between} (every operation's) each operation made: counted in SQL, for the
     * regional overview, which shows only the number and would otherwise read and map every assessment.
     */
    public Map<UUID, Long> countedByOperation(CorridorUser user, LocalDate from, LocalDate to) {
        return CountsByOperation.of(jdbc, "preparedness_assessment", inPeriod(sharing.scopeOf(user), null, from, to));
    }

    private static Conditions inPeriod(ReadScope scope, UUID operationId, LocalDate from, LocalDate to) {
        return Conditions.of(scope.params()).and(scope.records(""))
                .and("operation_id = :operation", "operation", operationId)
                .and("assessed_on >= :from", "from", from)
                .and("assessed_on <= :to", "to", to);
    }

    /**
     * The operation's last assessment made on or before {@code day}, whoever may read it: for the alerts' off-route
     * rule, whose alert goes to that operation's own people and names the assessment only to those who read it.
     */
    public Optional<Assessment> lastOfOperationOnOrBefore(UUID operationId, LocalDate day) {
        return jdbc.sql("""
                        select * from preparedness_assessment where operation_id = :operation and assessed_on <= :day
                        order by assessed_on desc, id desc limit 1""")
                .param("operation", operationId).param("day", day).query(Assessment.class).optional();
    }
}

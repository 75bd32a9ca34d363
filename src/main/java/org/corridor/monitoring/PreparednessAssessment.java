package org.corridor.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.corridor.accounts.DistributionLevel;
import org.corridor.kernel.Ids;
import org.corridor.kernel.PersonalDataCheck;
import org.corridor.kernel.PersonalDataSuspected;
import org.corridor.kernel.Problem;
import org.corridor.kernel.RecordRejected;
import org.corridor.monitoring.PreparednessAssessments.Assessment;
import org.corridor.monitoring.PreparednessAssessments.AssessmentDraft;
import org.corridor.monitoring.PreparednessAssessments.ContingencyPlan;
import org.corridor.monitoring.PreparednessAssessments.Rating;
import org.corridor.monitoring.PreparednessAssessments.Source;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A preparedness assessment as stored: how ready an authority is, rated on a day, by whom and from what source. */
@Table("preparedness_assessment")
class PreparednessAssessment implements OperationRecord {

    @Id
    private UUID id;
    private UUID operationId;
    private String authority;
    private UUID locationId;
    private String area;
    private LocalDate assessedOn;
    private Rating rating;
    private ContingencyPlan contingencyPlan;
    private Source source;
    private String narrative;
    private DistributionLevel distributionLevel;
    private UUID createdBy;
    @Version
    private Long version;

    private PreparednessAssessment() {
    }

    @Override public UUID operationId() { return operationId; }
    @Override public DistributionLevel distributionLevel() { return distributionLevel; }
    @Override public long version() { return version == null ? 0 : version; }

    /**
     * A new assessment as drafted, at the operation's default level unless the draft names one.
     *
     * @param personalDataConfirmed the user saw the personal-data warning and keeps the text anyway
     */
    static PreparednessAssessment record(AssessmentDraft draft, Supplier<DistributionLevel> defaultLevel,
            UUID createdBy, LocalDate today, boolean personalDataConfirmed) {
        check(draft, today, personalDataConfirmed);
        PreparednessAssessment assessment = new PreparednessAssessment();
        assessment.id = Ids.newId();
        assessment.operationId = draft.operationId();
        assessment.createdBy = createdBy;
        assessment.take(draft, draft.distributionLevel() != null ? draft.distributionLevel() : defaultLevel.get());
        return assessment;
    }

    /** Takes the changes; the operation never changes, and a level left out stays as it is. */
    void change(AssessmentDraft changes, LocalDate today, boolean personalDataConfirmed) {
        AssessmentDraft draft = new AssessmentDraft(operationId, changes.authority(), changes.locationId(),
                changes.area(), changes.assessedOn(), changes.rating(), changes.contingencyPlan(), changes.source(),
                changes.narrative(),
                levelAfter(changes.distributionLevel()));
        check(draft, today, personalDataConfirmed);
        take(draft, draft.distributionLevel());
    }

    Assessment details() {
        return new Assessment(id, operationId, authority, locationId, area, assessedOn, rating, contingencyPlan, source,
                narrative, distributionLevel, createdBy, version());
    }

    private void take(AssessmentDraft draft, DistributionLevel level) {
        authority = draft.authority();
        locationId = draft.locationId();
        area = draft.area();
        assessedOn = draft.assessedOn();
        rating = draft.rating();
        contingencyPlan = draft.contingencyPlan();
        source = draft.source();
        narrative = draft.narrative();
        distributionLevel = level;
    }

    private static void check(AssessmentDraft draft, LocalDate today, boolean personalDataConfirmed) {
        List<Problem> problems = draft.problems(today);
        RecordRejected.ifAny(problems);
        var findings = PersonalDataCheck.scan(draft.authority(), draft.area(), draft.narrative());
        if (!findings.isEmpty() && !personalDataConfirmed) {
            throw new PersonalDataSuspected(findings);
        }
    }
}

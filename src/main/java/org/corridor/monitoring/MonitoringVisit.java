package org.corridor.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corridor.accounts.DistributionLevel;
import org.corridor.kernel.Ids;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A monitoring visit as stored, with its team and its follow-ups: saved whole, its team and follow-ups replaced with
 * it. The observations are columns of the visit.
 */
@Table("monitoring_visit")
class MonitoringVisit implements OperationRecord {

    @Id
    private UUID id;
    private UUID operationId;
    private UUID locationId;
    private Unit unit;
    private String unitName;
    private int teamCount;
    private Instant startsAt;
    private Instant endsAt;
    private String purpose;
    private VisitStatus status;
    private Integer personsTotal;
    private Integer personsMen;
    private Integer personsWomen;
    private Integer personsChildren;
    private Integer unaccompaniedMinors;
    private Observations.Staffing checkpointStaffing;
    private Observations.Equipment equipment;
    private Observations.Corruption corruption;
    private Integer humanitarianConditions;
    private List<String> concerns = new ArrayList<>();
    private String narrative;
    private DistributionLevel distributionLevel;
    private UUID createdBy;
    private Instant createdAt;
    @Version
    private Long version;
    @MappedCollection(idColumn = "visit_id")
    private Set<TeamMember> team = new HashSet<>();
    @MappedCollection(idColumn = "visit_id", keyColumn = "position")
    private List<StoredFollowUp> followUps = new ArrayList<>();

    /** Someone of the operation on the visit's team. */
    @Table("monitoring_visit_team_member")
    record TeamMember(UUID operationId, UUID userId) {
    }

    /** A follow-up as stored, in the visit's order. */
    @Table("monitoring_follow_up")
    record StoredFollowUp(UUID id, UUID operationId, String action, String owner, LocalDate dueDate, boolean done) {
    }

    private MonitoringVisit() {
    }

    @Override public UUID operationId() { return operationId; }
    @Override public DistributionLevel distributionLevel() { return distributionLevel; }
    @Override public long version() { return version == null ? 0 : version; }

    /** A new visit as drafted, its rules already checked ({@link VisitDraft#problems}). */
    static MonitoringVisit record(VisitDraft draft, UUID createdBy, Instant now) {
        MonitoringVisit visit = new MonitoringVisit();
        visit.id = Ids.newId();
        visit.operationId = draft.operationId();
        visit.createdBy = createdBy;
        visit.createdAt = now;
        visit.take(draft);
        return visit;
    }

    /** The visit as {@code changes} would leave it: the operation never changes, and a level left out stays. */
    VisitDraft changedBy(VisitDraft changes) {
        return new VisitDraft(operationId, changes.locationId(), changes.unit(), changes.unitName(),
                changes.teamMembers(), changes.teamCount(), changes.startsAt(), changes.endsAt(), changes.purpose(),
                changes.status(), changes.observations(), changes.followUps(),
                levelAfter(changes.distributionLevel()));
    }

    /** Takes a draft made by {@link #changedBy} whose rules are checked. */
    void change(VisitDraft draft) {
        take(draft);
    }

    UUID id() {
        return id;
    }

    VisitDetails details() {
        Observations observations = new Observations(personsTotal, personsMen, personsWomen, personsChildren,
                unaccompaniedMinors, checkpointStaffing, equipment, corruption, humanitarianConditions, concerns,
                narrative);
        Set<UUID> members = team.stream().map(TeamMember::userId).collect(Collectors.toSet());
        List<FollowUp> actions = followUps.stream()
                .map(f -> new FollowUp(f.action(), f.owner(), f.dueDate(), f.done())).toList();
        return new VisitDetails(id, operationId, locationId, unit, unitName, members, teamCount, startsAt, endsAt,
                purpose, status, observations, actions, distributionLevel, createdBy, createdAt, version());
    }

    private void take(VisitDraft draft) {
        Observations o = draft.observations();
        locationId = draft.locationId();
        unit = draft.unit();
        unitName = draft.unit() == Unit.OTHER ? draft.unitName() : null;
        teamCount = draft.teamCount();
        startsAt = draft.startsAt();
        endsAt = draft.endsAt();
        purpose = draft.purpose();
        status = draft.status();
        personsTotal = o.personsTotal();
        personsMen = o.men();
        personsWomen = o.women();
        personsChildren = o.children();
        unaccompaniedMinors = o.unaccompaniedMinors();
        checkpointStaffing = o.staffing();
        equipment = o.equipment();
        corruption = o.corruption();
        humanitarianConditions = o.humanitarianConditions();
        concerns = new ArrayList<>(o.concerns());
        narrative = o.narrative() == null || o.narrative().isBlank() ? null : o.narrative();
        distributionLevel = draft.distributionLevel();
        team = draft.teamMembers().stream().map(member -> new TeamMember(operationId, member))
                .collect(Collectors.toCollection(HashSet::new));
        followUps = draft.followUps().stream()
                .map(f -> new StoredFollowUp(Ids.newId(), operationId, f.action().trim(), f.owner().trim(),
                        f.dueDate(), f.done()))
                .collect(Collectors.toCollection(ArrayList::new));
    }
}

package org.corridor.accounts;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in user with their memberships. The access rules of DESIGN.md are its methods, so every
 * module's policy asks the same questions the same way.
 */
public final class CorridorUser implements UserDetails, CredentialsContainer {

    private final UUID id;
    private final String username;
    private final String displayName;
    private String passwordHash;
    private final boolean enabled;
    private final Instant lockedUntil;
    private final List<Membership> memberships;

    public CorridorUser(UUID id, String username, String displayName, String passwordHash, boolean enabled,
            Instant lockedUntil, List<Membership> memberships) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.memberships = List.copyOf(memberships);
    }

    public UUID id() {
        return id;
    }

    /** This user as the actor of a change, for the audit log. */
    public org.corridor.kernel.Actor actor() {
        return new org.corridor.kernel.Actor(id, getUsername());
    }

    public String displayName() {
        return displayName;
    }

    public List<Membership> memberships() {
        return memberships;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public boolean hasRole(Role role) {
        return memberships.stream().anyMatch(m -> m.role() == role);
    }

    public boolean hasRoleIn(UUID operationId, Role role) {
        return operationId != null
                && memberships.stream().anyMatch(m -> m.role() == role && operationId.equals(m.operationId()));
    }

    public boolean isMemberOf(UUID operationId) {
        return operationId != null && memberships.stream().anyMatch(m -> operationId.equals(m.operationId()));
    }

    /** The operations this user belongs to (not those a regional coordinator may read). */
    public Set<UUID> operationIds() {
        return memberships.stream().map(Membership::operationId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    public Set<UUID> operationIdsWithRole(Role role) {
        return memberships.stream().filter(m -> m.role() == role).map(Membership::operationId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isAdmin() {
        return hasRole(Role.ADMIN);
    }

    /**
     * The levels this user reads in operations they are not a member of: members of any field operation and the
     * regional coordinator are the OSCE's executive structures and read OSCE and above; delegation readers read
     * PARTICIPATING_STATES and PUBLIC; every signed-in user, administrators included, reads PUBLIC.
     */
    public Set<DistributionLevel> levelsReadBeyondOwnOperations() {
        if (isInExecutiveStructures()) {
            return ReadScope.levelsAtOrAbove(DistributionLevel.OSCE);
        }
        if (hasRole(Role.DELEGATION_READER)) {
            return ReadScope.levelsAtOrAbove(DistributionLevel.PARTICIPATING_STATES);
        }
        return ReadScope.levelsAtOrAbove(DistributionLevel.PUBLIC);
    }

    /** A member of a field operation or of the Secretariat (the regional coordinator). */
    public boolean isInExecutiveStructures() {
        return !operationIds().isEmpty() || hasRole(Role.REGIONAL_COORDINATOR);
    }

    /**
     * Reads the regional picture (its overview): a member of any field operation or the regional coordinator, each
     * limited there to what the read rule gives them. Also the condition of "Regional" in the main navigation.
     */
    public boolean mayReadRegionalPicture() {
        return isInExecutiveStructures();
    }

    /**
     * Has a "Reports" page: reads at least one level of distributed report beyond their own operations (every
     * signed-in user reads PUBLIC ones), or drafts or reviews reports somewhere.
     */
    public boolean mayReadAnyReport() {
        return !levelsReadBeyondOwnOperations().isEmpty() || isInExecutiveStructures();
    }

    /** Read the content of an operation's record at this level: the one read rule (see {@link ReadScope}). */
    public boolean mayRead(UUID operationId, DistributionLevel level) {
        return isMemberOf(operationId) || (level != null && levelsReadBeyondOwnOperations().contains(level));
    }

    /** Records something in at least one operation (an officer or focal point somewhere). */
    public boolean mayRecordAnywhere() {
        return memberships.stream().anyMatch(m -> mayRecord(m.operationId()));
    }

    /** The operations whose files this user imports and whose records they all edit (as focal point). */
    public Set<UUID> operationsEditedWhole() {
        return operationIdsWithRole(Role.FOCAL_POINT);
    }

    /** The operations this user heads. */
    public Set<UUID> operationsHeaded() {
        return operationIdsWithRole(Role.HEAD_OF_OPERATION);
    }

    /** Heads at least one operation, so sets how it shares (the "Sharing" page). */
    public boolean maySetSharingOfAnyOperation() {
        return !operationsHeaded().isEmpty();
    }

    /** Sets how an operation shares: its figures level and the default level of each kind of record. */
    public boolean maySetSharingOf(UUID operationId) {
        return mayHead(operationId);
    }

    /** Record visits, assessments, activities and meetings; draft reports. */
    public boolean mayRecord(UUID operationId) {
        return hasRoleIn(operationId, Role.OFFICER) || hasRoleIn(operationId, Role.FOCAL_POINT);
    }

    /**
     * Record meetings, their series and action points: officers and focal points, and heads of operation, whose
     * meetings (joint visits, bilateral talks with ministers) are often the operation's most important ones.
     */
    public boolean mayRecordMeetings(UUID operationId) {
        return mayRecord(operationId) || mayHead(operationId);
    }

    /** Edit any record of the operation (not only one's own), and run imports. */
    public boolean mayEditAnyRecordOf(UUID operationId) {
        return hasRoleIn(operationId, Role.FOCAL_POINT);
    }

    /** Approve, return and distribute the operation's reports; read its audit trail. */
    public boolean mayHead(UUID operationId) {
        return hasRoleIn(operationId, Role.HEAD_OF_OPERATION);
    }

    /**
     * Draft reports of the operation (officers and focal points) or, for {@code null}, regional reports (the
     * regional coordinator): create, edit, submit, comment.
     */
    public boolean mayDraftReports(UUID operationIdOrNullForRegional) {
        return operationIdOrNullForRegional == null ? hasRole(Role.REGIONAL_COORDINATOR)
                : mayRecord(operationIdOrNullForRegional);
    }

    /**
     * Review the operation's reports (its head) or, for {@code null}, regional reports (the regional coordinator):
     * approve, return, distribute, withdraw.
     */
    public boolean mayReviewReports(UUID operationIdOrNullForRegional) {
        return operationIdOrNullForRegional == null ? hasRole(Role.REGIONAL_COORDINATOR)
                : mayHead(operationIdOrNullForRegional);
    }

    /**
     * Read reports before they are distributed, their comments and versions: who drafts or reviews them. A viewer
     * of the operation reads its reports only once distributed.
     */
    public boolean mayReadReportDrafts(UUID operationIdOrNullForRegional) {
        return mayDraftReports(operationIdOrNullForRegional) || mayReviewReports(operationIdOrNullForRegional);
    }

    /** The operations whose undistributed reports this user reads (see {@link #mayReadReportDrafts}). */
    public Set<UUID> operationsWhoseReportDraftsAreRead() {
        return operationIds().stream().filter(this::mayReadReportDrafts).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Read a distributed (or withdrawn) report at this level: an operation's under the one read rule; a regional
     * one (no operation) by the regional coordinator always, by others as far as their reach beyond their own
     * operations goes.
     */
    public boolean mayReadDistributedReport(UUID operationIdOrNullForRegional, DistributionLevel level) {
        if (operationIdOrNullForRegional == null) {
            return hasRole(Role.REGIONAL_COORDINATOR)
                    || (level != null && levelsReadBeyondOwnOperations().contains(level));
        }
        return mayRead(operationIdOrNullForRegional, level);
    }

    /** The regional coordinator, whose work is the whole region: its start page shows a line per operation. */
    public boolean followsTheWholeRegion() {
        return hasRole(Role.REGIONAL_COORDINATOR);
    }

    /**
     * Follows every operation's alerts (the regional coordinator, who manages the alert rules); others follow their
     * own operations'. Either way an alert is read only if the record or figures it is about are (see alerts).
     */
    public boolean followsEveryOperationsAlerts() {
        return hasRole(Role.REGIONAL_COORDINATOR);
    }

    /** Reference data (operations, places, organisations) is open to every signed-in user. */
    public boolean mayReadReferenceData() {
        return true;
    }

    public boolean mayManageReferenceData() {
        return isAdmin();
    }

    public boolean mayManageAccounts() {
        return isAdmin();
    }

    /**
     * Read the log of public-figure exports (who published what, when, from which records): the regional coordinator,
     * who publishes the region's figures, and administrators, who answer for the system.
     */
    public boolean mayReadPublicExportLog() {
        return isAdmin() || hasRole(Role.REGIONAL_COORDINATOR);
    }

    /**
     * Read the alert e-mails' outbox (recipients, subjects, texts, errors): administrators, who answer for the mail
     * server; it is where the mail of a server without one (the demo) is kept.
     */
    public boolean mayReadMailOutbox() {
        return isAdmin();
    }

    /**
     * Read the audit log and run its chain check. The chain is one for all operations, so the check verifies every
     * entry; a head is shown only the entries of the operations they head.
     */
    public boolean mayReadAudit() {
        return isAdmin() || hasRole(Role.HEAD_OF_OPERATION);
    }

    public boolean mayReadAuditOf(UUID operationId) {
        return isAdmin() || mayHead(operationId);
    }

    /**
     * Read the before and after content of an audit entry: an operation's entries only by its heads (administrators
     * read no operation's record content by being administrators, so they see who changed what kind of record, when
     * and in which operation, but not what); entries of no operation (reference data, accounts) by whoever reads the
     * audit log. {@code aboutAnAccount}: the entry records a change to a user account, which administrators manage
     * even where it names an operation (a membership).
     */
    public boolean mayReadAuditContentOf(UUID operationId, boolean aboutAnAccount) {
        if (operationId == null) {
            return mayReadAudit();
        }
        return mayHead(operationId) || (aboutAnAccount && mayManageAccounts());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return memberships.stream().map(m -> new SimpleGrantedAuthority("ROLE_" + m.role().name()))
                .collect(Collectors.toSet());
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CorridorUser user && user.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return username;
    }
}

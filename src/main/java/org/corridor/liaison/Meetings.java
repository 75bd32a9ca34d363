package org.corridor.liaison;

import org.corridor.kernel.Region;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.corridor.kernel.AuditableChange;
import org.corridor.kernel.Ids;
import org.corridor.kernel.PersonalDataCheck;
import org.corridor.kernel.PersonalDataSuspected;
import org.corridor.kernel.Problem;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.RecordPage;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.StaleRecord;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.ReadScope;
import org.corridor.accounts.RecordKind;
import org.corridor.accounts.Sharing;
import org.corridor.accounts.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings: recorded by one operation, read through the one read rule ({@link ReadScope}): by the members of every
 * operation that took part, and beyond them as far as the meeting's distribution level reaches. Who-meets-whom is a
 * figure: counted from the meetings of every operation whose figures the user may read, whatever their level.
 */
@Service
public class Meetings {

    /**
     * Filters of the meeting list; null means any. Dates are days in the region's clock, inclusive;
     * {@code attendeeId} keeps the meetings that user attended ("my meetings").
     */
    public record MeetingFilter(UUID operationId, MeetingKind kind, UUID organisationId, LocalDate from, LocalDate to,
            UUID attendeeId) {
        public static final MeetingFilter ANY = new MeetingFilter(null, null, null, null, null);

        public MeetingFilter(UUID operationId, MeetingKind kind, UUID organisationId, LocalDate from, LocalDate to) {
            this(operationId, kind, organisationId, from, to, null);
        }
    }

    /** The first and last day (region time) on which a meeting the user may read starts. */
    public record Period(LocalDate from, LocalDate to) {
    }

    /** How often an operation met an organisation, or another operation, in a period. */
    public record Contact(UUID operationId, UUID counterpartId, long meetings) {
    }

    /** Who met whom: operation × organisation and operation × operation (each pair both ways). */
    public record Contacts(LocalDate from, LocalDate to, List<Contact> organisations, List<Contact> operations) {
    }

    private final MeetingQueries queries;
    private final MeetingRepository repository;
    private final ApplicationEventPublisher events;
    private final UserAccounts accounts;
    private final Sharing sharing;
    private final Clock clock;

    @Autowired
    Meetings(MeetingQueries queries, MeetingRepository repository, ApplicationEventPublisher events, UserAccounts accounts,
            Sharing sharing) {
        this(queries, repository, events, accounts, sharing, Clock.systemUTC());
    }

    Meetings(MeetingQueries queries, MeetingRepository repository, ApplicationEventPublisher events, UserAccounts accounts,
            Sharing sharing, Clock clock) {
        this.queries = queries;
        this.repository = repository;
        this.events = events;
        this.accounts = accounts;
        this.sharing = sharing;
        this.clock = clock;
    }

    /** What the user may read: the one read rule, as it stands now. */
    ReadScope scopeOf(CorridorUser user) {
        return sharing.scopeOf(user);
    }

    /** The level a new meeting of the operation starts with: its head's choice for meetings. */
    public DistributionLevel defaultLevel(UUID operationId) {
        return sharing.defaultLevel(operationId, RecordKind.MEETING);
    }

    /** Today in the region, for the overdue rule. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Region.ZONE));
    }

    public boolean mayRecord(CorridorUser user, UUID operationId) {
        return user.mayRecordMeetings(operationId);
    }

    /** Its author while still a recorder of the operation, and the operation's focal points. */
    public boolean mayEdit(CorridorUser user, Meeting meeting) {
        return user.mayEditAnyRecordOf(meeting.operationId())
                || (meeting.createdBy().equals(user.id()) && user.mayRecordMeetings(meeting.operationId()));
    }

    @Transactional
    public Meeting create(CorridorUser user, MeetingDraft draft) {
        if (draft.operationId() != null && !user.mayRecordMeetings(draft.operationId())) {
            throw new AccessDeniedException("Only officers and focal points of the operation record its meetings");
        }
        if (draft.operationId() != null) {
            draft = draft.orLevel(defaultLevel(draft.operationId()));
        }
        check(draft, List.of());
        UUID id = Ids.newId();
        save(MeetingRecord.of(id, draft, null, null, user.id(), now()));
        Meeting saved = load(id).orElseThrow();
        events.publishEvent(AuditableChange.created(user.actor(), "meeting", id, saved.operationId(), saved));
        return saved;
    }

    /**
     * Changes a meeting if nobody else has since {@code expectedVersion}. An occurrence of a series
     * is marked edited, so regenerating the series leaves it as it is. The operation never changes.
     */
    @Transactional
    public Meeting update(CorridorUser user, UUID id, long expectedVersion, MeetingDraft changes) {
        Meeting before = find(user, id).orElseThrow(() -> new RecordNotFound(id));
        if (!mayEdit(user, before)) {
            throw new AccessDeniedException("Only the meeting's author or a focal point of the operation changes it");
        }
        MeetingDraft draft = new MeetingDraft(before.operationId(), changes.kind(), changes.title(), changes.day(),
                changes.startTime(), changes.endTime(), changes.locationId(), changes.place(),
                changes.chairOrganisationId(), changes.operationIds(), changes.organisationIds(), changes.attendeeIds(),
                changes.topics(), changes.summary(), changes.decisions(), changes.distributionLevel(),
                changes.confirmPersonalData());
        check(draft, before.attendeeIds());
        MeetingRecord meeting = repository.findById(id).orElseThrow(() -> new RecordNotFound(id));
        meeting.expectVersion(expectedVersion);
        meeting.change(draft);
        try {
            save(meeting);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecord(before.version());
        }
        Meeting after = load(id).orElseThrow();
        events.publishEvent(AuditableChange.updated(user.actor(), "meeting", id, after.operationId(), before, after));
        return after;
    }

    /** Cancels (or restores) one meeting, e.g. one week's occurrence of a series; it stays on the record. */
    @Transactional
    public Meeting cancel(CorridorUser user, UUID id, long expectedVersion, boolean cancelled) {
        Meeting before = find(user, id).orElseThrow(() -> new RecordNotFound(id));
        if (!mayEdit(user, before)) {
            throw new AccessDeniedException("Only the meeting's author or a focal point of the operation cancels it");
        }
        MeetingRecord meeting = repository.findById(id).orElseThrow(() -> new RecordNotFound(id));
        meeting.expectVersion(expectedVersion);
        meeting.cancel(cancelled);
        try {
            save(meeting);
        } catch (OptimisticLockingFailureException e) {
            throw new StaleRecord(before.version());
        }
        Meeting after = load(id).orElseThrow();
        events.publishEvent(new AuditableChange("STATUS_CHANGE", "meeting", id.toString(), after.operationId(),
                before, after, user.actor()));
        return after;
    }

    public Optional<Meeting> find(CorridorUser user, UUID id) {
        ReadScope scope = scopeOf(user);
        return load(id).filter(m -> mayRead(scope, m));
    }

    /** A meeting is read by the members of each operation that took part, and as far as its level reaches. */
    static boolean mayRead(ReadScope scope, Meeting meeting) {
        return scope.mayRead(meeting.operationIds(), meeting.distributionLevel());
    }

    /** The meetings the user may read, latest first, narrowed by the filter. */
    public RecordPage<Meeting> list(CorridorUser user, MeetingFilter filter, int page, int size) {
        return list(user, filter, page, size, Long.MAX_VALUE);
    }

    /** As {@link #list(CorridorUser, MeetingFilter, int, int)}, counting only up to {@code countAtMost}. */
    public RecordPage<Meeting> list(CorridorUser user, MeetingFilter filter, int page, int size, long countAtMost) {
        return queries.list(scopeOf(user), filter, page, size, countAtMost);
    }

    /** Every visible meeting starting in the period (days inclusive), earliest first: the calendar. */
    public List<Meeting> between(CorridorUser user, UUID operationId, LocalDate from, LocalDate to) {
        return queries.between(scopeOf(user), operationId, from, to);
    }

    /** The span of the meetings the user may read (cancelled ones too); empty when there are none. */
    public Optional<Period> period(CorridorUser user) {
        return queries.period(scopeOf(user));
    }

    /**
     * For the period, how many meetings (not cancelled) each operation held with each organisation and with each
     * other operation. These are figures, not records: they count every meeting of an operation whose figures the
     * user may read, at any level, and carry no text of the meetings; of an operation whose figures the user may not
     * read, only the meetings the user may read count (the page says so). A meeting shared by several operations
     * counts once for every pair of them: it is the formal record of their co-operation. A pair of operations counts
     * every meeting when the user may read the figures of either of them.
     */
    public Contacts contacts(CorridorUser user, LocalDate from, LocalDate to) {
        return queries.contacts(scopeOf(user), from, to);
    }

    /**
     * Two operations that met in the period: their meetings other than joint visits, their joint visits (meetings of
     * kind {@link MeetingKind#JOINT_VISIT} both took part in), and the first and last day (region time) of either.
     */
    public record OperationPair(UUID operationId, UUID otherOperationId, long meetings, long jointVisits,
            LocalDate first, LocalDate last) {
    }

    /**
     * Co-operation between operations in the period (days inclusive): every pair that took part in a meeting not
     * cancelled, once (the smaller id first). Figures, counted as {@link #contacts} counts them: every meeting of a
     * pair when the user reads the figures of either operation, otherwise only the meetings the user may read.
     */
    public List<OperationPair> operationPairs(CorridorUser user, LocalDate from, LocalDate to) {
        return queries.operationPairs(scopeOf(user), from, to);
    }

    /** A meeting its operation shared at OSCE level or above: what the regional sharing feed lists. */
    public record SharedMeeting(UUID id, UUID operationId, MeetingKind kind, String title, Instant startsAt,
            DistributionLevel level) {
    }

    /**
     * The meetings (not cancelled) shared at OSCE level or above that the user may read, newest first;
     * {@code operationId} null means every operation's, otherwise the meetings that operation recorded. One kept at
     * OPERATION level is never listed, not even to the operations that took part.
     */
    public RecordPage<SharedMeeting> shared(CorridorUser user, UUID operationId, int page, int size) {
        return queries.shared(scopeOf(user), operationId, page, size);
    }

    /**
     * For the period, how many meetings (not cancelled) each operation took part in, counted as {@link #contacts}
     * counts (every meeting of an operation whose figures the user reads; only the readable ones of others). One
     * query for all operations: the regional overview.
     */
    public java.util.Map<UUID, Long> heldByOperation(CorridorUser user, LocalDate from, LocalDate to) {
        return queries.heldByOperation(scopeOf(user), from, to);
    }

    /** The span of the meetings {@link #contacts} counts for the user (read, or in figures read); empty when none. */
    public Optional<Period> figuresPeriod(CorridorUser user) {
        return queries.figuresPeriod(scopeOf(user));
    }

    /** The operations, of those given, whose meeting figures the user may not read: "not shared with you". */
    public java.util.Set<UUID> figuresNotShared(CorridorUser user, java.util.Collection<UUID> operationIds) {
        return scopeOf(user).figuresNotShared(operationIds);
    }

    private void check(MeetingDraft draft, List<UUID> attendingBefore) {
        List<Problem> problems = new ArrayList<>(draft.problems());
        if (problems.isEmpty() && !newAttendeesTakePart(draft, attendingBefore)) {
            problems.add(new Problem("attendeeIds", "meeting.error.attendee"));
        }
        RecordRejected.ifAny(problems);
        if (!draft.personalDataConfirmed()) {
            List<String> texts = new ArrayList<>(List.of(nz(draft.title()), nz(draft.topics()), nz(draft.summary())));
            texts.addAll(draft.keptDecisions());
            List<PersonalDataCheck.Finding> findings = PersonalDataCheck.scan(texts.toArray(String[]::new));
            if (!findings.isEmpty()) {
                throw new PersonalDataSuspected(findings);
            }
        }
    }

    /**
     * Our attendees are people of the operations taking part: each one added must be a member of one of them.
     * Someone who attended and has since left the operation stays on the meeting, which stays savable.
     */
    private boolean newAttendeesTakePart(MeetingDraft draft, List<UUID> attendingBefore) {
        List<UUID> added = draft.attendees().stream().filter(id -> !attendingBefore.contains(id)).distinct().toList();
        if (added.isEmpty()) {
            return true;
        }
        List<UUID> operations = new ArrayList<>(draft.otherOperations());
        operations.add(draft.operationId());
        return accounts.membersOf(operations).containsAll(added);
    }

    /**
     * Brings the occurrences of a series in line with it, given its days and what each day's meeting is: adds the
     * missing days, has the untouched ones follow the series and removes those no longer in it unless action points
     * hang on them. Occurrences edited or cancelled by hand are the users' and stay. No audit entries of their own:
     * the change of the series has one.
     */
    void followSeries(UUID seriesId, Map<LocalDate, MeetingDraft> occurrences, UUID createdBy) {
        Map<LocalDate, MeetingRecord> existing = new LinkedHashMap<>();
        repository.findBySeriesId(seriesId).forEach(m -> existing.put(m.occurrenceDay(), m));
        occurrences.forEach((day, occurrence) -> {
            MeetingRecord meeting = existing.get(day);
            if (meeting == null) {
                save(MeetingRecord.of(Ids.newId(), occurrence, seriesId, day, createdBy, now()));
            } else if (meeting.followsSeries()) {
                meeting.followSeries(occurrence);
                save(meeting);
            }
        });
        existing.forEach((day, meeting) -> {
            if (!occurrences.containsKey(day) && meeting.followsSeries()) {
                repository.deleteUnlessActionPoints(meeting.id());
            }
        });
    }

    /**
     * Saves the meeting whole and tells other modules ({@link MeetingRecorded}); a reference to no known
     * organisation, place or operation is the user's to correct.
     */
    private void save(MeetingRecord meeting) {
        try {
            repository.save(meeting);
            events.publishEvent(meeting.recorded(clock.instant()));
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof OptimisticLockingFailureException stale) {
                throw stale;
            }
            if (e.getCause() instanceof DataIntegrityViolationException) {
                throw unknownReference();
            }
            throw e;
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static RecordRejected unknownReference() {
        return new RecordRejected(List.of(new Problem("organisationIds", "meeting.error.unknownReference")));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private Optional<Meeting> load(UUID id) {
        return queries.load(id);
    }

    static Instant instant(LocalDate day, java.time.LocalTime time) {
        return day.atTime(time).atZone(Region.ZONE).toInstant();
    }
}

package org.corridor.reports;

import jakarta.annotation.Nullable;
import com.github.difflib.text.DiffRowGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.ReadScope;
import org.corridor.accounts.Sharing;
import org.corridor.accounts.UserAccounts;
import org.corridor.directory.Directory;
import org.corridor.directory.OperationSummary;
import org.corridor.kernel.AuditableChange;
import org.corridor.kernel.Ids;
import org.corridor.kernel.PersonalDataCheck;
import org.corridor.kernel.PersonalDataSuspected;
import org.corridor.kernel.Problem;
import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.RecordPage;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.Region;
import org.corridor.kernel.TextLimits;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reports: drafted by the officers and focal points of an operation (the regional coordinator for a regional
 * report), reviewed by its head (the coordinator), distributed under a reference symbol, revised and withdrawn.
 * Every transition is its own method, audited, logged with who, when and why, and refused with a sentence when the
 * user's role or the report's status does not allow it. A report not yet distributed is read only by who drafts or
 * reviews it; once distributed it is read under the one read rule at its level (as last distributed, while a
 * revision is drafted). From approval on, a revision's document is its frozen edition.
 */
@Service
public class Reports {

    public record ReportDraft(UUID operationId, ReportType type,
            @io.swagger.v3.oas.annotations.media.Schema(maxLength = TextLimits.LINE) String title, LocalDate periodFrom,
            LocalDate periodTo, DistributionLevel level, List<UUID> authorIds, Boolean confirmPersonalData) {

        /** Whether the author confirmed that what looks like personal data is not (null: not confirmed). */
        public boolean personalDataConfirmed() {
            return Boolean.TRUE.equals(confirmPersonalData);
        }

        public ReportDraft(UUID operationId, ReportType type, String title, LocalDate periodFrom, LocalDate periodTo,
                DistributionLevel level, List<UUID> authorIds) {
            this(operationId, type, title, periodFrom, periodTo, level, authorIds, false);
        }
    }

    public record SectionDraft(UUID id, SectionKind kind,
            @io.swagger.v3.oas.annotations.media.Schema(maxLength = TextLimits.LINE) String heading,
            @io.swagger.v3.oas.annotations.media.Schema(maxLength = TextLimits.NARRATIVE) String markdown) {
    }

    public record ReportFilter(UUID operationId, ReportType type, ReportStatus status, LocalDate from, LocalDate to,
            String words) {
        public static final ReportFilter ANY = new ReportFilter(null, null, null, null, null, null);
    }

    public record ReportSummary(UUID id, @Nullable UUID operationId, @Nullable String operationName, ReportType type,
            String title, LocalDate periodFrom, LocalDate periodTo, ReportStatus status, DistributionLevel level,
            @Nullable String symbol,
            int revision, Instant updatedAt) {
    }

    public record SectionView(@Nullable UUID id, int position, SectionKind kind, String heading,
            @Nullable String markdown) {
    }

    /** What the user may do with the report as it now stands: the pages show only these buttons. */
    public record Permissions(boolean edit, boolean submit, boolean approve, boolean returnToAuthors,
            boolean distribute, boolean withdraw, boolean revise, boolean comment, boolean readVersions) {
    }

    public record TransitionView(@Nullable ReportStatus from, ReportStatus to, String byName, Instant at,
            @Nullable String comment) {
    }

    public record DistributionView(String recipient, String byName, Instant at) {
    }

    /**
     * A report as the user reads it. A reader who does not read drafts sees it as last distributed (the sections of
     * that edition, with no ids, and no history beyond its distribution).
     */
    public record ReportView(UUID id, @Nullable UUID operationId, @Nullable String operationName, ReportType type,
            String title, LocalDate periodFrom, LocalDate periodTo, DistributionLevel level, ReportStatus status,
            @Nullable String symbol,
            int revision, List<UUID> authorIds, List<String> authorNames, long version, List<SectionView> sections,
            List<TransitionView> history, List<DistributionView> distributions, List<Integer> editions,
            Permissions may) {
    }

    public record CommentView(UUID id, @Nullable UUID sectionId, @Nullable UUID replyTo, String authorName, Instant at,
            String text, boolean resolved, @Nullable String resolvedByName) {
    }

    public record VersionSummary(int number, String savedByName, Instant savedAt) {
    }

    /** Someone who may be named an author of a report of the operation (null: of a regional report). */
    public record DraftAuthor(UUID id, String name) {
    }

    /** What the audit log keeps of a report at each change: its details, not its text (the versions keep that). */
    record Audited(UUID id, ReportType type, String title, LocalDate periodFrom, LocalDate periodTo,
            DistributionLevel level, ReportStatus status, int revision, String symbol, List<UUID> authorIds,
            List<String> sectionHeadings) {
        static Audited of(ReportRecord report) {
            return new Audited(report.id(), report.type(), report.title(), report.periodFrom(), report.periodTo(),
                    report.level(), report.status(), report.revision(), report.symbol(), report.authorIds(),
                    report.sections().stream().map(ReportRecord.Section::heading).toList());
        }
    }

    record SavedSection(UUID id, String heading, String markdown) {
    }

    private final ReportRepository repository;
    private final ReportQueries queries;
    private final ReferenceSymbols symbols;
    private final ObjectProvider<SectionGenerator> generators;
    private final ApplicationEventPublisher events;
    private final UserAccounts accounts;
    private final Directory directory;
    private final Sharing sharing;
    private final JsonMapper json;
    private final Clock clock;

    @Autowired
    Reports(ReportRepository repository, ReportQueries queries, ReferenceSymbols symbols,
            ObjectProvider<SectionGenerator> generators, ApplicationEventPublisher events, UserAccounts accounts,
            Directory directory, Sharing sharing, JsonMapper json) {
        this(repository, queries, symbols, generators, events, accounts, directory, sharing, json,
                Clock.systemUTC());
    }

    Reports(ReportRepository repository, ReportQueries queries, ReferenceSymbols symbols,
            ObjectProvider<SectionGenerator> generators, ApplicationEventPublisher events, UserAccounts accounts,
            Directory directory, Sharing sharing, JsonMapper json, Clock clock) {
        this.repository = repository;
        this.queries = queries;
        this.symbols = symbols;
        this.generators = generators;
        this.events = events;
        this.accounts = accounts;
        this.directory = directory;
        this.sharing = sharing;
        this.json = json;
        this.clock = clock;
    }

    // ---- creating and changing ----------------------------------------------------------------------------------

    /** A new draft, starting from its type's template of sections; the creator is its author unless others are named. */
    @Transactional
    public ReportView create(CorridorUser user, ReportDraft draft) {
        UUID operationId = draft.operationId();
        boolean consistent = draft.type() != null && draft.type().regional() == (operationId == null);
        if ((consistent && !user.mayDraftReports(operationId))
                || (!user.mayRecordAnywhere() && !user.mayDraftReports(null))) {
            throw new ReportActionRefused(operationId == null
                    ? "Only the regional coordinator drafts regional reports."
                    : "Only officers and focal points of the operation draft its reports.");
        }
        List<UUID> authors = draft.authorIds() == null || draft.authorIds().isEmpty() ? List.of(user.id())
                : draft.authorIds();
        ReportRecord.Details details = new ReportRecord.Details(operationId, draft.type(), draft.title(),
                draft.periodFrom(), draft.periodTo(), draft.level(), authors);
        List<Problem> problems = new ArrayList<>(details.problems());
        if (problems.isEmpty()) {
            checkAuthors(operationId, details.authorIds(), List.of(), problems);
        }
        RecordRejected.ifAny(problems);
        checkPersonalData(draft.personalDataConfirmed(), draft.title());
        Instant now = now();
        ReportRecord report = ReportRecord.draft(Ids.newId(), details, user.id(), now);
        report = save(report);
        queries.saveVersion(report, user.id(), now, sectionsJson(report));
        events.publishEvent(AuditableChange.created(user.actor(), "report", report.id(), operationId,
                Audited.of(report)));
        return view(user, report);
    }

    /**
     * Saves the authors' edit if nobody saved since {@code expectedVersion}, and keeps it as a version; otherwise
     * {@link ReportChangedMeanwhile} says who saved, when, and which sections they changed. The operation and the
     * type stay what they were.
     */
    @Transactional
    public ReportView change(CorridorUser user, UUID id, long expectedVersion, ReportDraft details,
            List<SectionDraft> sections) {
        ReportRecord report = readable(user, id);
        if (!user.mayDraftReports(report.operationId())) {
            throw new ReportActionRefused(report.operationId() == null
                    ? "Only the regional coordinator edits regional reports."
                    : "Only officers and focal points of the operation edit its reports.");
        }
        if (report.version() != expectedVersion) {
            throw changedMeanwhile(report, expectedVersion);
        }
        report.requireEditable();
        Audited before = Audited.of(report);
        List<UUID> authors = details.authorIds() == null || details.authorIds().isEmpty() ? report.authorIds()
                : details.authorIds();
        ReportRecord.Details written = new ReportRecord.Details(report.operationId(), report.type(), details.title(),
                details.periodFrom(), details.periodTo(), details.level(), authors);
        List<ReportRecord.SectionInput> inputs = (sections == null ? List.<SectionDraft>of() : sections).stream()
                .map(s -> s == null ? null : new ReportRecord.SectionInput(s.id(), s.kind(), s.heading(), s.markdown()))
                .toList();
        List<Problem> problems = new ArrayList<>(written.problems());
        problems.addAll(ReportRecord.sectionProblems(report.type(), inputs));
        if (problems.isEmpty()) {
            checkAuthors(report.operationId(), written.authorIds(), report.authorIds(), problems);
        }
        RecordRejected.ifAny(problems);
        List<String> texts = new ArrayList<>();
        texts.add(details.title());
        inputs.forEach(s -> {
            texts.add(s.heading());
            texts.add(s.markdown());
        });
        checkPersonalData(details.personalDataConfirmed(), texts.toArray(String[]::new));
        Instant now = now();
        report.expectVersion(expectedVersion);
        report.change(written, inputs, user.id(), now);
        try {
            report = save(report);
        } catch (OptimisticLockingFailureException e) {
            throw changedMeanwhile(repository.findById(id).orElseThrow(() -> new RecordNotFound(id)), expectedVersion);
        }
        queries.saveVersion(report, user.id(), now, sectionsJson(report));
        events.publishEvent(AuditableChange.updated(user.actor(), "report", id, report.operationId(), before,
                Audited.of(report)));
        return view(user, report);
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    public Optional<ReportView> find(CorridorUser user, UUID id) {
        return repository.findById(id).filter(r -> mayRead(user, r)).map(r -> view(user, r));
    }

    /** A report distributed at OSCE level or above: what the regional sharing feed lists. */
    public record SharedReport(UUID id, @Nullable UUID operationId, ReportType type, String title,
            @Nullable String symbol, Instant distributedAt, DistributionLevel level) {
    }

    /**
     * The reports distributed at OSCE level or above (and not withdrawn) that the user may read, latest distribution
     * first; {@code operationId} null means every operation's (regional reports too). A report kept at OPERATION level
     * is never listed, and a report not yet distributed neither, drafts the user may read included.
     */
    public RecordPage<SharedReport> shared(CorridorUser user, UUID operationId, int page, int size) {
        return queries.shared(sharing.scopeOf(user), operationId, Math.max(page, 0), Math.max(size, 1));
    }

    /** The reports the user reads, latest change first, narrowed by the filter (words: full text, accents aside). */
    public RecordPage<ReportSummary> list(CorridorUser user, ReportFilter filter, int page, int size) {
        ReadScope scope = sharing.scopeOf(user);
        RecordPage<ReportQueries.Row> rows = queries.list(scope, user, filter == null ? ReportFilter.ANY : filter,
                Math.max(page, 0), Math.max(size, 1));
        Map<UUID, String> names = operationNames();
        List<ReportSummary> items = rows.items().stream()
                .map(r -> new ReportSummary(r.id(), r.operationId(), r.operationId() == null ? null
                        : names.get(r.operationId()), r.type(), r.title(), r.periodFrom(), r.periodTo(), r.status(),
                        r.level(), r.symbol(), r.revision(), r.updatedAt()))
                .toList();
        return new RecordPage<>(items, rows.page(), rows.size(), rows.totalItems());
    }

    /** How many reports of one type an operation has that cover some of a period. */
    public record TypeCount(UUID operationId, ReportType type, long reports) {
    }

    /**
     * Per operation and type, the reports the user reads (as the list shows them: drafts where the user reads the
     * operation's drafts, distributed ones by the read rule elsewhere) whose period overlaps {@code from}–{@code to};
     * regional reports are left out. One query for all operations: the regional overview.
     */
    public List<TypeCount> countsByType(CorridorUser user, LocalDate from, LocalDate to) {
        return queries.countsByType(sharing.scopeOf(user), user, from, to);
    }

    /**
     * The report as it now reads: drawn live from the data while not yet approved (as the reading user may read
     * it), its frozen edition from approval on; a reader who does not read drafts reads the edition last
     * distributed.
     */
    public ReportDocument document(CorridorUser user, UUID id) {
        ReportRecord report = readable(user, id);
        if (!user.mayReadReportDrafts(report.operationId())) {
            return editionDocument(report, report.publishedRevision());
        }
        if (report.status() == ReportStatus.APPROVED || report.status() == ReportStatus.DISTRIBUTED
                || report.status() == ReportStatus.WITHDRAWN) {
            return editionDocument(report, report.revision());
        }
        return liveDocument(report, user);
    }

    /** A frozen edition (0: the first, n: Rev.n); readers who do not read drafts read only distributed ones. */
    public ReportDocument edition(CorridorUser user, UUID id, int revision) {
        ReportRecord report = readable(user, id);
        if (!user.mayReadReportDrafts(report.operationId())
                && (report.publishedRevision() == null || revision > report.publishedRevision())) {
            throw new RecordNotFound(id);
        }
        return editionDocument(report, revision);
    }

    public List<VersionSummary> versions(CorridorUser user, UUID id) {
        ReportRecord report = readableDraft(user, id);
        List<ReportQueries.Version> versions = queries.versions(report.id());
        Map<UUID, String> names = names(versions.stream().map(ReportQueries.Version::savedBy).toList());
        return versions.stream().map(v -> new VersionSummary(v.number(), names.getOrDefault(v.savedBy(), "—"),
                v.savedAt())).toList();
    }

    /** The text of two versions compared line by line, words changed marked inline. */
    public List<DiffRow> compare(CorridorUser user, UUID id, int fromVersion, int toVersion) {
        ReportRecord report = readableDraft(user, id);
        ReportQueries.Version from = queries.version(report.id(), fromVersion)
                .orElseThrow(() -> versionRejected("from", fromVersion));
        ReportQueries.Version to = queries.version(report.id(), toVersion)
                .orElseThrow(() -> versionRejected("to", toVersion));
        return diff(from.text(), to.text());
    }

    /**
     * Compares two texts line by line and, within a changed line, word by word (a word is what lies between
     * spaces, so "5,000" changes whole). The library marks changes with control characters the text cannot hold
     * (they are removed from it first); the line is then escaped as HTML and only those marks become {@code <del>}
     * and {@code <ins>}, so no tag of the text ever reaches the page and no entity is cut in two.
     */
    static List<DiffRow> diff(String from, String to) {
        DiffRowGenerator generator = DiffRowGenerator.create().showInlineDiffs(true).mergeOriginalRevised(false)
                .reportLinesUnchanged(false).lineNormalizer(line -> line)
                .inlineDiffBySplitter(line -> new ArrayList<>(List.of(line.split("(?<=\\s)|(?=\\s)"))))
                .oldTag(start -> start ? DEL_START : DEL_END).newTag(start -> start ? INS_START : INS_END).build();
        return generator.generateDiffRows(plain(from).lines().toList(), plain(to).lines().toList()).stream()
                .map(row -> new DiffRow(row.getTag().name(), html(row.getOldLine()), html(row.getNewLine())))
                .toList();
    }

    private static final String DEL_START = "\u0001";
    private static final String DEL_END = "\u0002";
    private static final String INS_START = "\u0003";
    private static final String INS_END = "\u0004";

    private static String plain(String text) {
        return text.replaceAll("[\\u0001-\\u0004]", "");
    }

    private static String html(String marked) {
        String escaped = org.springframework.web.util.HtmlUtils.htmlEscape(marked, "UTF-8");
        return escaped.replace(DEL_START + DEL_END, "").replace(INS_START + INS_END, "")
                .replace(DEL_START, "<del>").replace(DEL_END, "</del>")
                .replace(INS_START, "<ins>").replace(INS_END, "</ins>");
    }

    private static RecordRejected versionRejected(String field, int number) {
        return new RecordRejected(List.of(new Problem(field, "report.error.version", number)));
    }

    // ---- transitions --------------------------------------------------------------------------------------------

    /** DRAFT or RETURNED → IN_REVIEW: by who drafts the operation's reports. */
    @Transactional
    public ReportView submit(CorridorUser user, UUID id, long expectedVersion) {
        ReportRecord report = forTransition(user, id, expectedVersion, true,
                "Only officers and focal points of the operation submit its reports for review.");
        return transition(user, report, null, r -> r.submit(user.id(), now()));
    }

    /** IN_REVIEW → APPROVED: by the head (the coordinator); the whole document is frozen as this revision's edition. */
    @Transactional
    public ReportView approve(CorridorUser user, UUID id, long expectedVersion) {
        ReportRecord report = forTransition(user, id, expectedVersion, false,
                "Only the head of the operation approves its reports.");
        return transition(user, report, null, r -> {
            ReportStatus from = r.approve(user.id(), now());
            queries.freeze(r, documentJson(liveDocument(r, user)), user.id(), now());
            return from;
        });
    }

    /** IN_REVIEW → RETURNED to the authors, with the reviewer's comment (required). */
    @Transactional
    public ReportView returnToAuthors(CorridorUser user, UUID id, long expectedVersion, String comment) {
        ReportRecord report = forTransition(user, id, expectedVersion, false,
                "Only the head of the operation returns its reports to the authors.");
        return transition(user, report, trim(comment), r -> r.returnToAuthors(comment, user.id(), now()));
    }

    /**
     * APPROVED → DISTRIBUTED to the recipients (at least one), under the next reference symbol (a revision under its
     * base symbol with /Rev.n); logged, and announced as {@link ReportDistributed}.
     */
    @Transactional
    public ReportView distribute(CorridorUser user, UUID id, long expectedVersion, List<Recipient> recipients) {
        ReportRecord report = forTransition(user, id, expectedVersion, false,
                "Only the head of the operation distributes its reports.");
        List<Recipient> checked = checkRecipients(recipients);
        if (report.status() != ReportStatus.APPROVED) {
            report.distribute(null, user.id(), now()); // refuses with the status's own sentence
        }
        Instant now = now();
        String base = report.baseSymbol() == null ? symbols.next(LocalDate.ofInstant(now, Region.ZONE)) : null;
        ReportView view = transition(user, report, null, r -> r.distribute(base, user.id(), now));
        queries.markDistributed(report.id(), report.revision(), report.symbol(), now);
        for (Recipient recipient : checked) {
            queries.logDistribution(report, recipient, user.id(), now);
        }
        events.publishEvent(new ReportDistributed(report.id(), report.operationId(), report.symbol(),
                report.revision(), report.type(), report.level(), now, checked));
        return view(user, repository.findById(id).orElseThrow());
    }

    /** DISTRIBUTED → WITHDRAWN, with a reason (required); its symbol stays taken and is never issued again. */
    @Transactional
    public ReportView withdraw(CorridorUser user, UUID id, long expectedVersion, String reason) {
        ReportRecord report = forTransition(user, id, expectedVersion, false,
                "Only the head of the operation withdraws its reports.");
        return transition(user, report, trim(reason), r -> r.withdraw(reason, user.id(), now()));
    }

    /**
     * DISTRIBUTED → DRAFT of the next revision (Rev.n), its text carried over; the distributed edition stays
     * readable. By who drafts or reviews the operation's reports.
     */
    @Transactional
    public ReportView revise(CorridorUser user, UUID id, long expectedVersion) {
        ReportRecord report = readable(user, id);
        if (!user.mayReadReportDrafts(report.operationId())) {
            throw new ReportActionRefused("Only the operation's officers, focal points and head revise its reports.");
        }
        requireVersion(report, expectedVersion);
        return transition(user, report, null, r -> r.revise(user.id(), now()));
    }

    /**
     * A report distributed before Corridor, from the paper archive: the head (the coordinator) records the symbol it
     * was given (which must fit the pattern and not be taken; {@code /Rev.n} makes it that revision) and the day.
     * The year's sequence moves to at least its number, so the number is never issued again.
     */
    @Transactional
    public ReportView recordEarlierDistribution(CorridorUser user, UUID id, long expectedVersion, String symbol,
            LocalDate day, List<Recipient> recipients) {
        ReportRecord report = forTransition(user, id, expectedVersion, false,
                "Only the head of the operation records how its reports were distributed.");
        List<Problem> problems = new ArrayList<>();
        Optional<ReferenceSymbols.Parsed> parsed = symbols.parse(symbol);
        if (parsed.isEmpty()) {
            problems.add(new Problem("symbol", "report.error.symbolPattern", symbols.format(123, 2016)));
        } else if ((report.baseSymbol() == null && queries.symbolTaken(parsed.get().base()))
                || queries.symbolTaken(symbol.trim())) {
            problems.add(new Problem("symbol", "report.error.symbolTaken", symbol.trim()));
        }
        if (day == null || !org.corridor.kernel.PlausibleDates.contains(day)
                || day.isAfter(LocalDate.now(clock.withZone(Region.ZONE)))) {
            problems.add(new Problem("day", "report.error.distributionDay"));
        } else if (parsed.isPresent() && parsed.get().year() != null && parsed.get().year() != day.getYear()) {
            problems.add(new Problem("symbol", "report.error.symbolYear", day.getYear()));
        }
        RecordRejected.ifAny(problems);
        List<Recipient> checked = checkRecipients(recipients);
        ReferenceSymbols.Parsed given = parsed.get();
        Instant at = day.atTime(12, 0).atZone(Region.ZONE).toInstant();
        Instant now = now();
        Audited before = Audited.of(report);
        ReportDocument document = liveDocument(report, user);
        report.expectVersion(expectedVersion);
        ReportStatus from = report.recordEarlierDistribution(given.base(), given.revision(), user.id(), now);
        report = saveTransition(report, expectedVersion);
        queries.freeze(report, documentJson(document), user.id(), now);
        queries.markDistributed(report.id(), report.revision(), report.symbol(), at);
        if (given.year() != null) {
            symbols.reserve(given.year(), given.sequence());
        }
        queries.logTransition(report, from, user.id(), now, "Distributed on " + day + " before Corridor");
        for (Recipient recipient : checked) {
            queries.logDistribution(report, recipient, user.id(), at);
        }
        events.publishEvent(new AuditableChange("STATUS_CHANGE", "report", id.toString(), report.operationId(),
                before, Audited.of(report), user.actor()));
        events.publishEvent(new ReportDistributed(report.id(), report.operationId(), report.symbol(),
                report.revision(), report.type(), report.level(), at, checked));
        return view(user, report);
    }

    private interface Move {
        ReportStatus apply(ReportRecord report);
    }

    private ReportRecord forTransition(CorridorUser user, UUID id, long expectedVersion, boolean byDrafters,
            String refusal) {
        ReportRecord report = readable(user, id);
        boolean allowed = byDrafters ? user.mayDraftReports(report.operationId())
                : user.mayReviewReports(report.operationId());
        if (!allowed) {
            throw new ReportActionRefused(report.operationId() == null
                    ? "Only the regional coordinator does this for regional reports." : refusal);
        }
        requireVersion(report, expectedVersion);
        return report;
    }

    private void requireVersion(ReportRecord report, long expectedVersion) {
        if (report.version() != expectedVersion) {
            throw changedMeanwhile(report, expectedVersion);
        }
    }

    private ReportView transition(CorridorUser user, ReportRecord report, String comment, Move move) {
        long expected = report.version();
        Audited before = Audited.of(report);
        ReportStatus from = move.apply(report);
        report.expectVersion(expected);
        ReportRecord saved = saveTransition(report, expected);
        queries.logTransition(saved, from, user.id(), saved.updatedAt(), comment);
        events.publishEvent(new AuditableChange("STATUS_CHANGE", "report", saved.id().toString(),
                saved.operationId(), before, Audited.of(saved), user.actor()));
        return view(user, saved);
    }

    private ReportRecord saveTransition(ReportRecord report, long expected) {
        try {
            return save(report);
        } catch (OptimisticLockingFailureException e) {
            throw changedMeanwhile(repository.findById(report.id()).orElseThrow(), expected);
        }
    }

    // ---- comments -----------------------------------------------------------------------------------------------

    public List<CommentView> comments(CorridorUser user, UUID id) {
        ReportRecord report = readableDraft(user, id);
        List<ReportQueries.Comment> comments = queries.comments(report.id());
        List<UUID> people = new ArrayList<>();
        comments.forEach(c -> {
            people.add(c.authorId());
            if (c.resolvedBy() != null) {
                people.add(c.resolvedBy());
            }
        });
        Map<UUID, String> names = names(people);
        return comments.stream().map(c -> commentView(c, names)).toList();
    }

    /** A reviewer's or author's comment on a section, or an answer to another comment (on the same section). */
    @Transactional
    public CommentView comment(CorridorUser user, UUID id, UUID sectionId, UUID replyTo, String text) {
        ReportRecord report = readableDraft(user, id);
        List<Problem> problems = new ArrayList<>();
        UUID section = sectionId;
        if (replyTo != null) {
            Optional<ReportQueries.Comment> answered = queries.comment(report.id(), replyTo);
            if (answered.isEmpty()) {
                problems.add(new Problem("replyTo", "report.error.replyTo"));
            } else {
                section = answered.get().sectionId();
            }
        } else if (sectionId != null && report.sections().stream().noneMatch(s -> s.id().equals(sectionId))) {
            problems.add(new Problem("sectionId", "report.error.commentSection"));
        }
        if (text == null || text.isBlank()) {
            problems.add(new Problem("text", "report.error.commentText"));
        } else {
            TextLimits.check(problems, "text", text.trim(), TextLimits.PARAGRAPH);
        }
        RecordRejected.ifAny(problems);
        ReportQueries.Comment comment = new ReportQueries.Comment(Ids.newId(), section, replyTo, user.id(), now(),
                text.trim(), null, null);
        queries.addComment(report, comment);
        events.publishEvent(AuditableChange.created(user.actor(), "report comment", comment.id(),
                report.operationId(), comment));
        return commentView(comment, Map.of(user.id(), user.displayName()));
    }

    @Transactional
    public CommentView resolveComment(CorridorUser user, UUID id, UUID commentId) {
        ReportRecord report = readableDraft(user, id);
        ReportQueries.Comment before = queries.comment(report.id(), commentId)
                .orElseThrow(() -> new RecordNotFound(commentId));
        queries.resolveComment(report.id(), commentId, user.id(), now());
        ReportQueries.Comment after = queries.comment(report.id(), commentId).orElseThrow();
        if (before.resolvedAt() == null) {
            events.publishEvent(AuditableChange.updated(user.actor(), "report comment", commentId,
                    report.operationId(), before, after));
        }
        // A reviewer resolving their own comment is its author and its resolver: one name, not a duplicate Set.of.
        return commentView(after, names(new HashSet<>(java.util.Arrays.asList(after.authorId(), after.resolvedBy()))));
    }

    private static CommentView commentView(ReportQueries.Comment c, Map<UUID, String> names) {
        return new CommentView(c.id(), c.sectionId(), c.replyTo(), names.getOrDefault(c.authorId(), "—"), c.at(),
                c.text(), c.resolvedAt() != null, c.resolvedBy() == null ? null : names.getOrDefault(c.resolvedBy(), "—"));
    }

    /** Who may be named an author: the operation's officers and focal points (the coordinators, for regional). */
    public List<DraftAuthor> possibleAuthors(CorridorUser user, UUID operationIdOrNull) {
        if (!user.mayReadReportDrafts(operationIdOrNull)) {
            return List.of();
        }
        return accounts.list().stream().filter(CorridorUser::isEnabled)
                .filter(u -> u.mayDraftReports(operationIdOrNull))
                .map(u -> new DraftAuthor(u.id(), u.displayName())).toList();
    }

    /** What the user may do with the report now (false for everything they may not read). */
    public Permissions permissions(CorridorUser user, UUID id) {
        return repository.findById(id).filter(r -> mayRead(user, r)).map(r -> permissions(user, r))
                .orElse(new Permissions(false, false, false, false, false, false, false, false, false));
    }

    // ---- the read rule ------------------------------------------------------------------------------------------

    /**
     * Who drafts or reviews a report reads it at every stage; others only once it has been distributed (withdrawn
     * included), under the one read rule at its level.
     */
    static boolean mayRead(CorridorUser user, ReportRecord report) {
        return user.mayReadReportDrafts(report.operationId()) || (report.publishedRevision() != null
                && user.mayReadDistributedReport(report.operationId(), report.level()));
    }

    private ReportRecord readable(CorridorUser user, UUID id) {
        return repository.findById(id).filter(r -> mayRead(user, r)).orElseThrow(() -> new RecordNotFound(id));
    }

    /** Comments and versions are the drafters' and reviewers': to anyone else the report has none (404). */
    private ReportRecord readableDraft(CorridorUser user, UUID id) {
        ReportRecord report = readable(user, id);
        if (!user.mayReadReportDrafts(report.operationId())) {
            throw new RecordNotFound(id);
        }
        return report;
    }

    private static Permissions permissions(CorridorUser user, ReportRecord r) {
        UUID op = r.operationId();
        boolean drafts = user.mayDraftReports(op);
        boolean reviews = user.mayReviewReports(op);
        ReportStatus s = r.status();
        return new Permissions(drafts && s.editable(), drafts && s.editable(),
                reviews && s == ReportStatus.IN_REVIEW, reviews && s == ReportStatus.IN_REVIEW,
                reviews && s == ReportStatus.APPROVED, reviews && s == ReportStatus.DISTRIBUTED,
                (drafts || reviews) && s == ReportStatus.DISTRIBUTED, drafts || reviews, drafts || reviews);
    }

    // ---- views --------------------------------------------------------------------------------------------------

    private ReportView view(CorridorUser user, ReportRecord report) {
        String operationName = operationName(report.operationId());
        if (!user.mayReadReportDrafts(report.operationId())) {
            return readerView(user, report, operationName);
        }
        List<ReportQueries.Transition> transitions = queries.transitions(report.id());
        List<ReportQueries.Distribution> distributions = queries.distributions(report.id());
        Set<UUID> people = new HashSet<>(report.authorIds());
        transitions.forEach(t -> people.add(t.by()));
        distributions.forEach(d -> people.add(d.by()));
        Map<UUID, String> names = names(people);
        List<ReportRecord.Section> sections = report.sections();
        List<SectionView> sectionViews = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            ReportRecord.Section s = sections.get(i);
            sectionViews.add(new SectionView(s.id(), i, s.kind(), s.heading(), s.markdown()));
        }
        return new ReportView(report.id(), report.operationId(), operationName, report.type(), report.title(),
                report.periodFrom(), report.periodTo(), report.level(), report.status(),
                report.publishedSymbol(),
                report.revision(), report.authorIds(),
                report.authorIds().stream().map(a -> names.getOrDefault(a, "—")).toList(), report.version(),
                sectionViews,
                transitions.stream().map(t -> new TransitionView(t.from(), t.to(), names.getOrDefault(t.by(), "—"),
                        t.at(), t.comment())).toList(),
                distributions.stream().map(d -> new DistributionView(recipientLabel(d, report), names.getOrDefault(
                        d.by(), "—"), d.at())).toList(),
                queries.editionRevisions(report.id()), permissions(user, report));
    }

    /** A reader who does not read drafts: the report as last distributed, with its distribution and nothing else. */
    private ReportView readerView(CorridorUser user, ReportRecord report, String operationName) {
        ReportDocument document = editionDocument(report, report.publishedRevision());
        List<SectionView> sections = new ArrayList<>();
        for (int i = 0; i < document.sections().size(); i++) {
            ReportDocument.Section s = document.sections().get(i);
            sections.add(new SectionView(null, i, s.kind(), s.heading(), s.markdown()));
        }
        return new ReportView(report.id(), report.operationId(), operationName, report.type(), document.title(),
                document.periodFrom(), document.periodTo(), report.level(), document.status(), document.symbol(),
                document.revision(), List.of(), document.authors(), report.version(), sections, List.of(), List.of(),
                queries.editionRevisions(report.id()).stream().filter(r -> r <= report.publishedRevision()).toList(),
                permissions(user, report));
    }

    private String recipientLabel(ReportQueries.Distribution d, ReportRecord report) {
        String name = d.name();
        return d.revision() == 0 || report.baseSymbol() == null ? name
                : name + " (" + ReferenceSymbols.revisionOf(report.baseSymbol(), d.revision()) + ")";
    }

    // ---- documents ----------------------------------------------------------------------------------------------

    /** The document drawn now: generated sections from the data for the report's operation and period, as the user reads them. */
    ReportDocument liveDocument(ReportRecord report, CorridorUser reader) {
        List<SectionGenerator> drawing = generators.orderedStream().toList();
        // One drawing for the whole document: sections that read the same figures compute them once, and agree.
        DocumentDrawing document = new DocumentDrawing();
        List<ReportDocument.Section> sections = new ArrayList<>();
        for (ReportRecord.Section s : report.sections()) {
            GeneratedContent content = null;
            if (s.kind().generated()) {
                content = drawing.stream().filter(g -> g.draws(s.kind())).findFirst()
                        .map(g -> g.generate(s.kind(), report.operationId(), report.periodFrom(), report.periodTo(),
                                reader, document))
                        .orElseGet(() -> GeneratedContent.of(new GeneratedContent.Paragraph(
                                "Nothing in this installation draws this section from the data.")));
            }
            sections.add(new ReportDocument.Section(s.heading(), s.kind(), s.markdown(), content));
        }
        Map<UUID, String> names = names(report.authorIds());
        return new ReportDocument(report.title(), null, report.level(), operationName(report.operationId()),
                report.type(), report.periodFrom(), report.periodTo(),
                report.authorIds().stream().map(a -> names.getOrDefault(a, "—")).toList(), report.status(),
                report.revision(), null, sections);
    }

    /** A frozen edition, with its symbol and day of distribution, and the status the report now has for it. */
    private ReportDocument editionDocument(ReportRecord report, Integer revision) {
        if (revision == null) {
            throw new RecordNotFound(report.id());
        }
        ReportQueries.Edition edition = queries.edition(report.id(), revision)
                .orElseThrow(() -> new RecordNotFound(report.id()));
        ReportDocument frozen = json.readValue(edition.document(), ReportDocument.class);
        // the current revision stands as the report does; an earlier one as it was left: distributed, then revised
        ReportStatus status = revision == report.revision() ? report.status()
                : edition.symbol() == null ? ReportStatus.APPROVED : ReportStatus.DISTRIBUTED;
        return new ReportDocument(frozen.title(), edition.symbol(), frozen.level(), frozen.operationName(),
                frozen.type(), frozen.periodFrom(), frozen.periodTo(), frozen.authors(), status, revision,
                edition.distributedAt(), frozen.sections());
    }

    private String documentJson(ReportDocument document) {
        return json.writeValueAsString(document);
    }

    // ---- stale saves --------------------------------------------------------------------------------------------

    /**
     * Who saved after the version the user read, when, and which sections they changed: the sections of the last
     * version the user could have seen compared with the latest one. When nobody edited the text since (a reviewer
     * moved the report along), says so.
     */
    private ReportChangedMeanwhile changedMeanwhile(ReportRecord current, long expectedVersion) {
        List<ReportQueries.Version> versions = queries.versions(current.id());
        ReportQueries.Version seen = null;
        ReportQueries.Version latest = null;
        for (ReportQueries.Version v : versions) {
            if (v.recordVersion() <= expectedVersion) {
                seen = v;
            } else {
                latest = v;
            }
        }
        if (latest == null || expectedVersion > current.version()) {
            String by = names(List.of(current.updatedBy())).getOrDefault(current.updatedBy(), "Someone");
            return new ReportChangedMeanwhile(current.version(), by, current.updatedAt(), List.of(),
                    statusSentence(current.status()));
        }
        String by = names(List.of(latest.savedBy())).getOrDefault(latest.savedBy(), "Someone");
        List<SavedSection> before = seen == null ? List.of() : sections(seen.sections());
        List<SavedSection> after = sections(latest.sections());
        Map<UUID, SavedSection> beforeById = new LinkedHashMap<>();
        before.forEach(s -> beforeById.put(s.id(), s));
        List<String> changed = new ArrayList<>();
        Set<UUID> kept = new HashSet<>();
        after.forEach(s -> kept.add(s.id()));
        // a section removed and one of the same heading added (a client that sent no ids) is one section changed
        Set<String> removedHeadings = new HashSet<>();
        before.stream().filter(s -> !kept.contains(s.id())).forEach(s -> removedHeadings.add(s.heading()));
        Set<String> addedHeadings = new HashSet<>();
        for (SavedSection s : after) {
            SavedSection old = beforeById.get(s.id());
            if (old == null) {
                addedHeadings.add(s.heading());
                changed.add(removedHeadings.contains(s.heading()) ? s.heading() : s.heading() + " (added)");
            } else if (!old.heading().equals(s.heading()) || !old.markdown().equals(s.markdown())) {
                changed.add(s.heading());
            }
        }
        before.stream().filter(s -> !kept.contains(s.id()) && !addedHeadings.contains(s.heading()))
                .forEach(s -> changed.add(s.heading() + " (removed)"));
        return new ReportChangedMeanwhile(current.version(), by, latest.savedAt(), changed, null);
    }

    private static String statusSentence(ReportStatus status) {
        return switch (status) {
        case IN_REVIEW -> "submitted it for review";
        case RETURNED -> "returned it to the authors";
        case APPROVED -> "approved it";
        case DISTRIBUTED -> "distributed it";
        case WITHDRAWN -> "withdrew it";
        case DRAFT -> "changed it";
        };
    }

    private String sectionsJson(ReportRecord report) {
        return json.writeValueAsString(report.sections().stream()
                .map(s -> new SavedSection(s.id(), s.heading(), s.markdown())).toList());
    }

    private List<SavedSection> sections(String sectionsJson) {
        return json.readValue(sectionsJson, new TypeReference<List<SavedSection>>() {
        });
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private void checkAuthors(UUID operationId, List<UUID> authors, List<UUID> already, List<Problem> problems) {
        for (UUID author : authors) {
            if (already.contains(author)) {
                continue; // an author who has since left stays on the report
            }
            boolean mayDraft = accounts.findById(author).filter(CorridorUser::isEnabled)
                    .map(u -> u.mayDraftReports(operationId)).orElse(false);
            if (!mayDraft) {
                problems.add(new Problem("authorIds", operationId == null ? "report.error.regionalAuthor"
                        : "report.error.author"));
                return;
            }
        }
    }

    private static void checkPersonalData(boolean confirmed, String... texts) {
        if (confirmed) {
            return;
        }
        String[] present = java.util.Arrays.stream(texts).filter(Objects::nonNull).toArray(String[]::new);
        List<PersonalDataCheck.Finding> findings = PersonalDataCheck.scan(present);
        if (!findings.isEmpty()) {
            throw new PersonalDataSuspected(findings);
        }
    }

    private List<Recipient> checkRecipients(List<Recipient> recipients) {
        List<Problem> problems = new ArrayList<>();
        List<Recipient> checked = new ArrayList<>();
        List<Recipient> given = recipients == null ? List.of() : recipients.stream().filter(Objects::nonNull).toList();
        if (given.isEmpty()) {
            problems.add(new Problem("recipients", "report.error.recipients"));
        } else if (given.size() > TextLimits.ITEMS) {
            problems.add(new Problem("recipients", TextLimits.TOO_MANY, TextLimits.ITEMS, given.size()));
        }
        for (int i = 0; i < given.size() && problems.isEmpty(); i++) {
            Recipient r = given.get(i);
            String field = "recipients[" + i + "]";
            if (r.kind() == null) {
                problems.add(new Problem(field + ".kind", "report.error.recipientKind"));
                continue;
            }
            if (TextLimits.check(problems, field + ".name", r.name() == null ? null : r.name().trim(),
                    TextLimits.LINE)) {
                continue;
            }
            String name = r.name() == null || r.name().isBlank() ? null : r.name().trim();
            switch (r.kind()) {
            case OPERATION -> {
                Optional<OperationSummary> operation = r.operationId() == null ? Optional.empty()
                        : directory.operation(r.operationId());
                if (operation.isEmpty()) {
                    problems.add(new Problem(field + ".operationId", "report.error.recipientOperation"));
                } else {
                    checked.add(new Recipient(r.kind(), r.operationId(), operation.get().name()));
                }
            }
            case SECRETARIAT -> checked.add(new Recipient(r.kind(), null,
                    name == null ? "OSCE Secretariat" : name));
            case DELEGATIONS -> checked.add(new Recipient(r.kind(), null,
                    name == null ? "Delegations of the participating States" : name));
            }
        }
        RecordRejected.ifAny(problems);
        return checked.stream().distinct().toList();
    }

    private ReportRecord save(ReportRecord report) {
        try {
            return repository.save(report);
        } catch (DbActionExecutionException e) {
            if (e.getCause() instanceof OptimisticLockingFailureException stale) {
                throw stale;
            }
            if (e.getCause() instanceof org.springframework.dao.DataIntegrityViolationException) {
                throw new RecordRejected(List.of(new Problem("operationId", "report.error.unknownReference")));
            }
            throw e;
        }
    }

    private Map<UUID, String> names(Collection<UUID> ids) {
        List<UUID> present = ids.stream().filter(Objects::nonNull).distinct().toList();
        return present.isEmpty() ? Map.of() : accounts.displayNames(present);
    }

    private String operationName(UUID operationId) {
        return operationId == null ? null : directory.operation(operationId).map(OperationSummary::name).orElse(null);
    }

    private Map<UUID, String> operationNames() {
        Map<UUID, String> names = new HashMap<>();
        directory.operations().forEach(o -> names.put(o.id(), o.name()));
        return names;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String trim(String text) {
        return text == null ? null : text.trim();
    }
}

package org.corridor.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;
import org.corridor.kernel.Ids;
import org.corridor.kernel.PlausibleDates;
import org.corridor.kernel.Problem;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.TextLimits;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A report as kept (the aggregate): its details, authors and ordered sections, saved whole, and where it stands in
 * its review. Its methods hold its rules: what may be written, which transition follows which status, and that the
 * text changes only while the authors hold it ({@link ReportStatus#editable()}). Who may do what is the service's.
 */
@Table("report")
class ReportRecord {

    @Table("report_author")
    record Author(UUID operationId, UUID userId) {
    }

    @Table("report_section")
    record Section(@Id UUID id, UUID operationId, SectionKind kind, String heading, String markdown) {
    }

    @Id
    private UUID id;
    private UUID operationId;
    private ReportType type;
    private String title;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private DistributionLevel distributionLevel;
    private ReportStatus status;
    private int revision;
    private String baseSymbol;
    private Integer publishedRevision;
    private String publishedSymbol;
    private UUID createdBy;
    private Instant createdAt;
    private UUID updatedBy;
    private Instant updatedAt;
    private String searchText;
    @Version
    private Long version;
    @MappedCollection(idColumn = "report_id", keyColumn = "position")
    private List<Author> authors = new ArrayList<>();
    @MappedCollection(idColumn = "report_id", keyColumn = "position")
    private List<Section> sections = new ArrayList<>();

    private ReportRecord() {
    }

    /** A new draft from its details, starting from its type's template of sections. */
    static ReportRecord draft(UUID id, Details details, UUID createdBy, Instant at) {
        details.check();
        ReportRecord report = new ReportRecord();
        report.id = id;
        report.operationId = details.operationId();
        report.type = details.type();
        report.status = ReportStatus.DRAFT;
        report.revision = 0;
        report.createdBy = createdBy;
        report.createdAt = at;
        report.writeDetails(details);
        for (ReportType.TemplateSection template : details.type().template()) {
            report.sections.add(new Section(Ids.newId(), report.operationId, template.kind(), template.heading(), ""));
        }
        report.touch(createdBy, at);
        return report;
    }

    /**
     * What the authors set: the operation and type are the report's from its creation and never change (a report
     * does not move to another operation).
     */
    record Details(UUID operationId, ReportType type, String title, LocalDate periodFrom, LocalDate periodTo,
            DistributionLevel level, List<UUID> authorIds) {

        Details {
            authorIds = authorIds == null ? List.of() : authorIds.stream().filter(Objects::nonNull).distinct().toList();
        }

        List<Problem> problems() {
            List<Problem> problems = new ArrayList<>();
            if (type == null) {
                problems.add(new Problem("type", "report.error.type"));
            } else if (type.regional() != (operationId == null)) {
                problems.add(new Problem("operationId",
                        type.regional() ? "report.error.regionalOperation" : "report.error.operation"));
            }
            if (title == null || title.isBlank()) {
                problems.add(new Problem("title", "report.error.title"));
            } else {
                TextLimits.check(problems, "title", title.trim(), TextLimits.LINE);
            }
            if (periodFrom == null) {
                problems.add(new Problem("periodFrom", "report.error.periodFrom"));
            } else if (!PlausibleDates.contains(periodFrom)) {
                problems.add(new Problem("periodFrom", "report.error.implausibleDate", PlausibleDates.sentence()));
            }
            if (periodTo == null) {
                problems.add(new Problem("periodTo", "report.error.periodTo"));
            } else if (!PlausibleDates.contains(periodTo)) {
                problems.add(new Problem("periodTo", "report.error.implausibleDate", PlausibleDates.sentence()));
            }
            if (periodFrom != null && periodTo != null && periodTo.isBefore(periodFrom)) {
                problems.add(new Problem("periodTo", "report.error.periodOrder"));
            }
            if (level == null) {
                problems.add(new Problem("level", "report.error.level"));
            }
            if (authorIds.isEmpty()) {
                problems.add(new Problem("authorIds", "report.error.authors"));
            } else if (authorIds.size() > TextLimits.ITEMS) {
                problems.add(new Problem("authorIds", TextLimits.TOO_MANY, TextLimits.ITEMS, authorIds.size()));
            }
            return problems;
        }

        void check() {
            RecordRejected.ifAny(problems());
        }
    }

    /** A section as the authors sent it: {@code id} null for a new one. */
    record SectionInput(UUID id, SectionKind kind, String heading, String markdown) {
    }

    /** The most sections a report may have: every template's and then some; more is a document of its own. */
    static final int MAX_SECTIONS = 40;

    /** Checks the sections the authors sent, each field by its place: {@code sections[2].markdown}. */
    static List<Problem> sectionProblems(ReportType type, List<SectionInput> sections) {
        List<Problem> problems = new ArrayList<>();
        if (sections.isEmpty()) {
            problems.add(new Problem("sections", "report.error.noSections"));
        }
        if (sections.size() > MAX_SECTIONS) {
            problems.add(new Problem("sections", TextLimits.TOO_MANY, MAX_SECTIONS, sections.size()));
        }
        for (int i = 0; i < sections.size(); i++) {
            SectionInput section = sections.get(i);
            String field = "sections[" + i + "]";
            if (section == null) {
                problems.add(new Problem(field, "report.error.section"));
                continue;
            }
            if (section.kind() == null) {
                problems.add(new Problem(field + ".kind", "report.error.sectionKind"));
            } else if (!section.kind().fits(type)) {
                problems.add(new Problem(field + ".kind", "report.error.sectionKindRegional"));
            }
            if (section.heading() == null || section.heading().isBlank()) {
                problems.add(new Problem(field + ".heading", "report.error.heading"));
            } else {
                TextLimits.check(problems, field + ".heading", section.heading().trim(), TextLimits.LINE);
            }
            TextLimits.check(problems, field + ".markdown", section.markdown(), TextLimits.NARRATIVE);
        }
        return problems;
    }

    /** Changes the details and sections; only while the authors hold the report. */
    void change(Details details, List<SectionInput> changed, UUID by, Instant at) {
        requireEditable();
        List<Problem> problems = new ArrayList<>(details.problems());
        problems.addAll(sectionProblems(type, changed));
        RecordRejected.ifAny(problems);
        writeDetails(details);
        List<Section> written = new ArrayList<>();
        java.util.Set<UUID> seen = new java.util.HashSet<>();
        for (SectionInput input : changed) {
            // An id the report does not know (or sent twice) makes a new section: ids are the report's to give.
            UUID sectionId = input.id() != null && seen.add(input.id()) && hasSection(input.id()) ? input.id()
                    : Ids.newId();
            seen.add(sectionId);
            written.add(new Section(sectionId, operationId, input.kind(), input.heading().trim(),
                    input.markdown() == null ? "" : input.markdown()));
        }
        sections = written;
        touch(by, at);
    }

    private boolean hasSection(UUID sectionId) {
        return sections.stream().anyMatch(s -> s.id().equals(sectionId));
    }

    private void writeDetails(Details details) {
        details.check();
        title = details.title().trim();
        periodFrom = details.periodFrom();
        periodTo = details.periodTo();
        distributionLevel = details.level();
        authors = new ArrayList<>();
        for (UUID author : details.authorIds()) {
            authors.add(new Author(operationId, author));
        }
    }

    void requireEditable() {
        if (!status.editable()) {
            throw refused("report.error.notEditable");
        }
    }

    /** DRAFT or RETURNED → IN_REVIEW. */
    ReportStatus submit(UUID by, Instant at) {
        return move(List.of(ReportStatus.DRAFT, ReportStatus.RETURNED), ReportStatus.IN_REVIEW,
                "report.error.submit", by, at);
    }

    /** IN_REVIEW → APPROVED (the service freezes its edition). */
    ReportStatus approve(UUID by, Instant at) {
        return move(List.of(ReportStatus.IN_REVIEW), ReportStatus.APPROVED, "report.error.approve", by, at);
    }

    /** IN_REVIEW → RETURNED, with the reviewer's comment (required). */
    ReportStatus returnToAuthors(String comment, UUID by, Instant at) {
        requireStatus(List.of(ReportStatus.IN_REVIEW), "report.error.return");
        requireText("comment", comment, "report.error.returnComment");
        return move(List.of(ReportStatus.IN_REVIEW), ReportStatus.RETURNED, "report.error.return", by, at);
    }

    /**
     * APPROVED → DISTRIBUTED under its symbol: the base symbol is given once, at the first distribution; a revision
     * is distributed as the base symbol with {@code /Rev.n}.
     */
    ReportStatus distribute(String baseSymbolIfFirst, UUID by, Instant at) {
        requireStatus(List.of(ReportStatus.APPROVED), "report.error.distribute");
        if (baseSymbol == null) {
            baseSymbol = Objects.requireNonNull(baseSymbolIfFirst, "A first distribution has a symbol");
        }
        ReportStatus from = move(List.of(ReportStatus.APPROVED), ReportStatus.DISTRIBUTED, "report.error.distribute",
                by, at);
        publishedRevision = revision;
        publishedSymbol = symbol();
        return from;
    }

    /**
     * A report distributed before Corridor, on paper: it takes the symbol it was given (a revision's with its
     * {@code /Rev.n}, which sets the report's revision) and stands distributed. Not for a report already distributed.
     */
    ReportStatus recordEarlierDistribution(String base, int revisionOfSymbol, UUID by, Instant at) {
        if (status == ReportStatus.DISTRIBUTED || status == ReportStatus.WITHDRAWN
                || (baseSymbol != null && status == ReportStatus.APPROVED)) {
            throw refused("report.error.alreadyDistributed");
        }
        // A revision in hand (Rev.n of a distributed report) takes only its own symbol: the same base, its number.
        if (baseSymbol != null && (!baseSymbol.equals(base) || revisionOfSymbol != revision)) {
            throw refused("report.error.revisionSymbol");
        }
        ReportStatus from = status;
        baseSymbol = base;
        revision = revisionOfSymbol;
        status = ReportStatus.DISTRIBUTED;
        publishedRevision = revision;
        publishedSymbol = symbol();
        touch(by, at);
        return from;
    }

    /** DISTRIBUTED → WITHDRAWN with a reason (required); its symbol stays taken. */
    ReportStatus withdraw(String reason, UUID by, Instant at) {
        requireStatus(List.of(ReportStatus.DISTRIBUTED), "report.error.withdraw");
        requireText("reason", reason, "report.error.withdrawReason");
        return move(List.of(ReportStatus.DISTRIBUTED), ReportStatus.WITHDRAWN, "report.error.withdraw", by, at);
    }

    /** DISTRIBUTED → DRAFT of the next revision, its text carried over; the distributed edition stays as it was. */
    ReportStatus revise(UUID by, Instant at) {
        ReportStatus from = move(List.of(ReportStatus.DISTRIBUTED), ReportStatus.DRAFT, "report.error.revise", by, at);
        revision = revision + 1;
        return from;
    }

    private ReportStatus move(List<ReportStatus> allowedFrom, ReportStatus to, String refusal, UUID by, Instant at) {
        requireStatus(allowedFrom, refusal);
        ReportStatus from = status;
        status = to;
        touch(by, at);
        return from;
    }

    private void requireStatus(List<ReportStatus> allowedFrom, String refusal) {
        if (!allowedFrom.contains(status)) {
            throw refused(refusal);
        }
    }

    private RecordRejected refused(String code) {
        return new RecordRejected(List.of(new Problem("status", code, statusLabel(status))));
    }

    private static void requireText(String field, String text, String code) {
        List<Problem> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add(new Problem(field, code));
        } else {
            TextLimits.check(problems, field, text.trim(), TextLimits.PARAGRAPH);
        }
        RecordRejected.ifAny(problems);
    }

    private void touch(UUID by, Instant at) {
        updatedBy = by;
        updatedAt = at;
        StringBuilder text = new StringBuilder(title == null ? "" : title);
        for (Section section : sections) {
            text.append('\n').append(section.heading()).append('\n').append(section.markdown());
        }
        searchText = text.toString();
    }

    /** The symbol of the current revision once it has a base symbol: {@code SEC.FR/230/16}, {@code …/Rev.1}. */
    String symbol() {
        if (baseSymbol == null) {
            return null;
        }
        return revision == 0 ? baseSymbol : baseSymbol + "/Rev." + revision;
    }

    /** The status as a sentence names it: "in review". */
    static String statusLabel(ReportStatus status) {
        return switch (status) {
        case DRAFT -> "a draft";
        case IN_REVIEW -> "in review";
        case RETURNED -> "returned to the authors";
        case APPROVED -> "approved";
        case DISTRIBUTED -> "distributed";
        case WITHDRAWN -> "withdrawn";
        };
    }

    /** The version the user read: saving fails if it is no longer the current one. */
    void expectVersion(long expected) {
        version = expected;
    }

    /** Every section's heading and text as one plain text: what a version keeps and the diff compares. */
    String plainText() {
        StringBuilder text = new StringBuilder();
        text.append(title).append("\n\n");
        for (Section section : sections) {
            text.append("## ").append(section.heading()).append("\n\n");
            if (section.kind().generated()) {
                text.append("[").append(section.kind().defaultHeading()).append(", drawn from the data]\n\n");
            }
            if (!section.markdown().isBlank()) {
                text.append(section.markdown().strip()).append("\n\n");
            }
        }
        return text.toString().strip() + "\n";
    }

    UUID id() {
        return id;
    }

    UUID operationId() {
        return operationId;
    }

    ReportType type() {
        return type;
    }

    String title() {
        return title;
    }

    LocalDate periodFrom() {
        return periodFrom;
    }

    LocalDate periodTo() {
        return periodTo;
    }

    DistributionLevel level() {
        return distributionLevel;
    }

    ReportStatus status() {
        return status;
    }

    int revision() {
        return revision;
    }

    String baseSymbol() {
        return baseSymbol;
    }

    Integer publishedRevision() {
        return publishedRevision;
    }

    String publishedSymbol() {
        return publishedSymbol;
    }

    UUID createdBy() {
        return createdBy;
    }

    Instant createdAt() {
        return createdAt;
    }

    UUID updatedBy() {
        return updatedBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String searchText() {
        return searchText;
    }

    List<UUID> authorIds() {
        return authors.stream().map(Author::userId).toList();
    }

    List<Section> sections() {
        return List.copyOf(sections);
    }

    long version() {
        return version == null ? 0 : version;
    }
}

package org.corridor.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.ReadScope;
import org.corridor.kernel.Conditions;
import org.corridor.kernel.Ids;
import org.corridor.kernel.RecordPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The report's tables beside its aggregate, in SQL: the transition log, the frozen editions, saved versions,
 * comments, the distribution log, and the list with its filters, word search and read rule.
 */
@Component
class ReportQueries {

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- the list ---------------------------------------------------------------------------------------------

    /** One row of the list, before the operation's name is added. */
    record Row(UUID id, UUID operationId, ReportType type, String title, LocalDate periodFrom, LocalDate periodTo,
            ReportStatus status, DistributionLevel level, String symbol, int revision, Instant updatedAt) {
    }

    /**
     * Reports the user reads: every report of an operation whose drafts they read (and every regional one for the
     * coordinator), and beyond those only what has been distributed, under the one read rule at the report's level.
     * Such a reader sees the report as last distributed: its status DISTRIBUTED (or WITHDRAWN), its revision and
     * symbol those of that edition, even while a revision is being drafted.
     */
    static Conditions readable(ReadScope scope, CorridorUser user) {
        return Conditions.of(scope.params())
                .bind("drafts_ops", user.operationsWhoseReportDraftsAreRead().toArray(UUID[]::new))
                .bind("drafts_regional", user.mayReadReportDrafts(null))
                .and(draftsRead("r") + " or (r.published_revision is not null and " + scope.records("r") + ")");
    }

    private static String draftsRead(String alias) {
        return "(" + alias + ".operation_id = any(:drafts_ops) or (" + alias + ".operation_id is null and :drafts_regional))";
    }

    /** See {@link Reports#shared}: the edition distributed, as its title and symbol stand. */
    RecordPage<Reports.SharedReport> shared(ReadScope scope, UUID operationId, int page, int size) {
        Conditions where = Conditions.of(scope.params())
                .and("r.published_revision is not null and r.status <> 'WITHDRAWN'")
                .and(scope.records("r")).and("r.distribution_level <> 'OPERATION'")
                .and("r.operation_id = :operation", "operation", operationId);
        String fromWhere = "report r where " + where;
        long total = jdbc.sql("select count(*) from " + fromWhere).params(where.params()).query(Long.class).single();
        List<Reports.SharedReport> items = jdbc.sql("""
                select r.id, r.operation_id, r.type, r.title, r.published_symbol, r.distribution_level,
                       coalesce((select max(d.at) from report_distribution d where d.report_id = r.id), r.updated_at)
                           as distributed_at
                from %s order by distributed_at desc, r.id limit :limit offset :offset""".formatted(fromWhere))
                .params(where.params()).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new Reports.SharedReport(rs.getObject("id", UUID.class),
                        rs.getObject("operation_id", UUID.class), ReportType.valueOf(rs.getString("type")),
                        rs.getString("title"), rs.getString("published_symbol"), instant(rs, "distributed_at"),
                        DistributionLevel.valueOf(rs.getString("distribution_level"))))
                .list();
        return new RecordPage<>(items, page, size, total);
    }

    RecordPage<Row> list(ReadScope scope, CorridorUser user, Reports.ReportFilter filter, int page, int size) {
        Conditions where = readable(scope, user)
                .and("r.operation_id = :operation", "operation", filter.operationId())
                .and("r.type = :type", "type", filter.type() == null ? null : filter.type().name())
                .and("r.period_to >= :from", "from", filter.from())
                .and("r.period_from <= :to", "to", filter.to());
        String shownStatus = "case when " + draftsRead("r") + " or r.status in ('DISTRIBUTED', 'WITHDRAWN') then r.status"
                + " else 'DISTRIBUTED' end";
        if (filter.status() != null) {
            where.and(shownStatus + " = :status", "status", filter.status().name());
        }
        String query = tsQuery(filter.words());
        if (query != null) {
            where.and("r.search @@ to_tsquery('simple', :words)", "words", query);
        }
        String fromWhere = "report r where " + where;
        long total = jdbc.sql("select count(*) from " + fromWhere).params(where.params()).query(Long.class).single();
        List<Row> rows = jdbc.sql("""
                select r.id, r.operation_id, r.type, r.title, r.period_from, r.period_to, %s as shown_status,
                       r.distribution_level, r.published_symbol,
                       case when %s or r.status in ('DISTRIBUTED', 'WITHDRAWN') then r.revision
                            else r.published_revision end as shown_revision,
                       r.updated_at
                from %s order by r.updated_at desc, r.id limit :limit offset :offset"""
                .formatted(shownStatus, draftsRead("r"), fromWhere))
                .params(where.params()).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("operation_id", UUID.class),
                        ReportType.valueOf(rs.getString("type")), rs.getString("title"),
                        rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                        ReportStatus.valueOf(rs.getString("shown_status")),
                        DistributionLevel.valueOf(rs.getString("distribution_level")),
                        rs.getString("published_symbol"), rs.getInt("shown_revision"), instant(rs, "updated_at")))
                .list();
        return new RecordPage<>(rows, page, size, total);
    }

    List<Reports.TypeCount> countsByType(ReadScope scope, CorridorUser user, LocalDate from, LocalDate to) {
        Conditions where = readable(scope, user).and("r.operation_id is not null")
                .and("r.period_to >= :from", "from", from)
                .and("r.period_from <= :to", "to", to);
        return jdbc.sql("select r.operation_id, r.type, count(*) as n from report r where " + where
                        + " group by r.operation_id, r.type")
                .params(where.params())
                .query((rs, n) -> new Reports.TypeCount(rs.getObject("operation_id", UUID.class),
                        ReportType.valueOf(rs.getString("type")), rs.getLong("n")))
                .list();
    }

    /**
     * The words as a prefix query over the folded text: {@code Presevo} finds {@code Preševo}, {@code Tabanov} finds
     * {@code Tabanovce}. Only letters and digits are kept, so nothing the user types is read as query syntax.
     */
    static String tsQuery(String words) {
        if (words == null || words.isBlank()) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        for (String word : words.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && terms.size() < 20) {
                terms.add(fold(word) + ":*");
            }
        }
        return terms.isEmpty() ? null : String.join(" & ", terms);
    }

    /** The same folding as the SQL function directory_fold (V5), for the query's words. */
    static String fold(String text) {
        String from = "ŠšĐđČčĆćŽžËëÇçÄäÖöÜüÉéÈèÁáÍíÓóÚúĘęŁłŃńŘřŤťŇňĚěŞşĞğİıÂâÎîȘșȚțĂă";
        String to = "SsDdCcCcZzEeCcAaOoUuEeEeAaIiOoUuEeLlNnRrTtNnEeSsGgIiAaIiSsTtAa";
        StringBuilder folded = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            int at = from.indexOf(c);
            folded.append(at >= 0 ? to.charAt(at) : c);
        }
        return folded.toString().toLowerCase(java.util.Locale.ROOT);
    }

    // ---- transitions ------------------------------------------------------------------------------------------

    record Transition(ReportStatus from, ReportStatus to, int revision, UUID by, Instant at, String comment) {
    }

    void logTransition(ReportRecord report, ReportStatus from, UUID by, Instant at, String comment) {
        jdbc.sql("""
                insert into report_transition (id, report_id, operation_id, from_status, to_status, revision, by_user, at, comment)
                values (:id, :report, :operation, :from, :to, :revision, :by, :at, :comment)""")
                .param("id", Ids.newId()).param("report", report.id()).param("operation", report.operationId())
                .param("from", from.name()).param("to", report.status().name()).param("revision", report.revision())
                .param("by", by).param("at", Timestamp.from(at)).param("comment", comment).update();
    }

    List<Transition> transitions(UUID reportId) {
        return jdbc.sql("""
                select from_status, to_status, revision, by_user, at, comment from report_transition
                where report_id = :report order by at, id""").param("report", reportId)
                .query((rs, n) -> new Transition(ReportStatus.valueOf(rs.getString("from_status")),
                        ReportStatus.valueOf(rs.getString("to_status")), rs.getInt("revision"),
                        rs.getObject("by_user", UUID.class), instant(rs, "at"), rs.getString("comment")))
                .list();
    }

    // ---- editions ---------------------------------------------------------------------------------------------

    record Edition(int revision, String document, UUID approvedBy, Instant approvedAt, String symbol,
            Instant distributedAt) {
    }

    void freeze(ReportRecord report, String documentJson, UUID by, Instant at) {
        jdbc.sql("""
                insert into report_edition (report_id, operation_id, revision, document, approved_by, approved_at)
                values (:report, :operation, :revision, cast(:document as jsonb), :by, :at)
                on conflict (report_id, revision) do update set document = excluded.document,
                    approved_by = excluded.approved_by, approved_at = excluded.approved_at
                where report_edition.symbol is null""")
                .param("report", report.id()).param("operation", report.operationId())
                .param("revision", report.revision()).param("document", documentJson).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    /** Gives the edition its symbol; the unique constraint refuses a symbol already given to any report. */
    void markDistributed(UUID reportId, int revision, String symbol, Instant at) {
        jdbc.sql("""
                update report_edition set symbol = :symbol, distributed_at = :at
                where report_id = :report and revision = :revision""")
                .param("symbol", symbol).param("at", Timestamp.from(at)).param("report", reportId)
                .param("revision", revision).update();
    }

    Optional<Edition> edition(UUID reportId, int revision) {
        return jdbc.sql("""
                select revision, document::text as document, approved_by, approved_at, symbol, distributed_at
                from report_edition where report_id = :report and revision = :revision""")
                .param("report", reportId).param("revision", revision).query(ReportQueries::edition).optional();
    }

    List<Integer> editionRevisions(UUID reportId) {
        return jdbc.sql("select revision from report_edition where report_id = :report order by revision")
                .param("report", reportId).query(Integer.class).list();
    }

    private static Edition edition(ResultSet rs, int n) throws SQLException {
        return new Edition(rs.getInt("revision"), rs.getString("document"), rs.getObject("approved_by", UUID.class),
                instant(rs, "approved_at"), rs.getString("symbol"), instant(rs, "distributed_at"));
    }

    /** Whether the symbol is given to any report, as a base symbol or as an edition's (a revision's). */
    boolean symbolTaken(String symbol) {
        return jdbc.sql("""
                select exists (select 1 from report where base_symbol = :symbol)
                    or exists (select 1 from report_edition where symbol = :symbol)""")
                .param("symbol", symbol).query(Boolean.class).single();
    }

    // ---- versions ---------------------------------------------------------------------------------------------

    record Version(int number, long recordVersion, UUID savedBy, Instant savedAt, String text, String sections) {
    }

    void saveVersion(ReportRecord report, UUID by, Instant at, String sectionsJson) {
        jdbc.sql("""
                insert into report_version (report_id, operation_id, number, record_version, saved_by, saved_at, text, sections)
                values (:report, :operation,
                        (select coalesce(max(number), 0) + 1 from report_version where report_id = :report),
                        :recordVersion, :by, :at, :text, cast(:sections as jsonb))""")
                .param("report", report.id()).param("operation", report.operationId())
                .param("recordVersion", report.version()).param("by", by).param("at", Timestamp.from(at))
                .param("text", report.plainText()).param("sections", sectionsJson).update();
    }

    List<Version> versions(UUID reportId) {
        return jdbc.sql("""
                select number, record_version, saved_by, saved_at, text, sections::text as sections
                from report_version where report_id = :report order by number""")
                .param("report", reportId).query(ReportQueries::version).list();
    }

    Optional<Version> version(UUID reportId, int number) {
        return jdbc.sql("""
                select number, record_version, saved_by, saved_at, text, sections::text as sections
                from report_version where report_id = :report and number = :number""")
                .param("report", reportId).param("number", number).query(ReportQueries::version).optional();
    }

    private static Version version(ResultSet rs, int n) throws SQLException {
        return new Version(rs.getInt("number"), rs.getLong("record_version"), rs.getObject("saved_by", UUID.class),
                instant(rs, "saved_at"), rs.getString("text"), rs.getString("sections"));
    }

    // ---- comments ---------------------------------------------------------------------------------------------

    record Comment(UUID id, UUID sectionId, UUID replyTo, UUID authorId, Instant at, String text, UUID resolvedBy,
            Instant resolvedAt) {
    }

    void addComment(ReportRecord report, Comment comment) {
        jdbc.sql("""
                insert into report_comment (id, report_id, operation_id, section_id, reply_to, author_id, at, text)
                values (:id, :report, :operation, :section, :replyTo, :author, :at, :text)""")
                .param("id", comment.id()).param("report", report.id()).param("operation", report.operationId())
                .param("section", comment.sectionId()).param("replyTo", comment.replyTo())
                .param("author", comment.authorId()).param("at", Timestamp.from(comment.at()))
                .param("text", comment.text()).update();
    }

    boolean resolveComment(UUID reportId, UUID commentId, UUID by, Instant at) {
        return jdbc.sql("""
                update report_comment set resolved_by = :by, resolved_at = :at
                where report_id = :report and id = :id and resolved_at is null""")
                .param("by", by).param("at", Timestamp.from(at)).param("report", reportId).param("id", commentId)
                .update() == 1;
    }

    List<Comment> comments(UUID reportId) {
        return jdbc.sql("""
                select id, section_id, reply_to, author_id, at, text, resolved_by, resolved_at from report_comment
                where report_id = :report order by at, id""").param("report", reportId)
                .query(ReportQueries::comment).list();
    }

    Optional<Comment> comment(UUID reportId, UUID commentId) {
        return jdbc.sql("""
                select id, section_id, reply_to, author_id, at, text, resolved_by, resolved_at from report_comment
                where report_id = :report and id = :id""").param("report", reportId).param("id", commentId)
                .query(ReportQueries::comment).optional();
    }

    private static Comment comment(ResultSet rs, int n) throws SQLException {
        return new Comment(rs.getObject("id", UUID.class), rs.getObject("section_id", UUID.class),
                rs.getObject("reply_to", UUID.class), rs.getObject("author_id", UUID.class), instant(rs, "at"),
                rs.getString("text"), rs.getObject("resolved_by", UUID.class), instant(rs, "resolved_at"));
    }

    // ---- distribution -----------------------------------------------------------------------------------------

    record Distribution(RecipientKind kind, UUID operationId, String name, int revision, UUID by, Instant at) {
    }

    void logDistribution(ReportRecord report, Recipient recipient, UUID by, Instant at) {
        jdbc.sql("""
                insert into report_distribution (id, report_id, operation_id, revision, recipient_kind,
                    recipient_operation_id, recipient_name, by_user, at)
                values (:id, :report, :operation, :revision, :kind, :recipientOperation, :name, :by, :at)""")
                .param("id", Ids.newId()).param("report", report.id()).param("operation", report.operationId())
                .param("revision", report.revision()).param("kind", recipient.kind().name())
                .param("recipientOperation", recipient.operationId()).param("name", recipient.name())
                .param("by", by).param("at", Timestamp.from(at)).update();
    }

    List<Distribution> distributions(UUID reportId) {
        return jdbc.sql("""
                select recipient_kind, recipient_operation_id, recipient_name, revision, by_user, at
                from report_distribution where report_id = :report order by at, id""").param("report", reportId)
                .query((rs, n) -> new Distribution(RecipientKind.valueOf(rs.getString("recipient_kind")),
                        rs.getObject("recipient_operation_id", UUID.class), rs.getString("recipient_name"),
                        rs.getInt("revision"), rs.getObject("by_user", UUID.class), instant(rs, "at")))
                .list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}

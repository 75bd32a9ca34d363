package org.corridor.liaison;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.ReadScope;
import org.corridor.kernel.Conditions;
import org.corridor.kernel.RecordPage;
import org.corridor.kernel.Region;
import org.corridor.liaison.Meetings.Contact;
import org.corridor.liaison.Meetings.Contacts;
import org.corridor.liaison.Meetings.MeetingFilter;
import org.corridor.liaison.Meetings.Period;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The meetings as lists, calendar and figures: set-based SQL under the one read rule, each list's conditions built by
 * {@link Conditions}. A meeting is read as a whole here too, with its operations (its owner first), organisations,
 * attendees and decisions.
 */
@Component
class MeetingQueries {

    /**
     * The meetings that {@code clause} chooses from {@code meeting m} (its where, order and limit), each read whole:
     * its operations (its owner first), organisations, attendees and decisions, each table read once for all the
     * chosen meetings (not a subquery a meeting), in {@code order}.
     */
    private static String meetings(String clause, String order) {
        return """
                with chosen as (select m.* from meeting m %s)
                select m.*, coalesce(ops.ids, '{}') as operation_ids, coalesce(orgs.ids, '{}') as organisation_ids,
                       coalesce(present.ids, '{}') as attendee_ids, coalesce(decided.texts, '{}') as decisions
                from chosen m
                left join (select mo.meeting_id,
                                  array_agg(mo.operation_id order by mo.operation_id <> c.operation_id, mo.operation_id) as ids
                           from meeting_operation mo join chosen c on c.id = mo.meeting_id group by mo.meeting_id) ops
                  on ops.meeting_id = m.id
                left join (select meeting_id, array_agg(organisation_id order by organisation_id) as ids
                           from meeting_organisation where meeting_id in (select id from chosen) group by meeting_id) orgs
                  on orgs.meeting_id = m.id
                left join (select meeting_id, array_agg(user_id order by user_id) as ids
                           from meeting_attendee where meeting_id in (select id from chosen) group by meeting_id) present
                  on present.meeting_id = m.id
                left join (select meeting_id, array_agg(text order by position) as texts
                           from meeting_decision where meeting_id in (select id from chosen) group by meeting_id) decided
                  on decided.meeting_id = m.id
                order by %s""".formatted(clause, order);
    }

    private final JdbcClient jdbc;

    MeetingQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Meeting> load(UUID id) {
        return jdbc.sql(meetings("where m.id = :id", "m.id")).param("id", id).query(MeetingQueries::meeting).optional();
    }

    /** The meetings the user may read, latest first, narrowed by the filter. */
    RecordPage<Meeting> list(ReadScope scope, MeetingFilter filter, int page, int size, long countAtMost) {
        Conditions where = visible(scope, filter);
        long total = RecordPage.count(jdbc, "meeting m where " + where, where.params(), countAtMost);
        List<Meeting> items = jdbc.sql(meetings("where " + where
                + " order by m.starts_at desc, m.id limit :limit offset :offset", "m.starts_at desc, m.id"))
                .params(where.params()).param("limit", size).param("offset", (long) page * size)
                .query(MeetingQueries::meeting).list();
        return RecordPage.counted(items, page, size, total, countAtMost);
    }

    /** Every visible meeting starting in the period (days inclusive), earliest first: the calendar. */
    List<Meeting> between(ReadScope scope, UUID operationId, LocalDate from, LocalDate to) {
        Conditions where = visible(scope, new MeetingFilter(operationId, null, null, from, to));
        return jdbc.sql(meetings("where " + where, "m.starts_at, m.id")).params(where.params())
                .query(MeetingQueries::meeting).list();
    }

    /** The visible meetings of a series, earliest first, cancelled ones included. */
    List<Meeting> ofSeries(ReadScope scope, UUID seriesId) {
        Conditions where = visible(scope, MeetingFilter.ANY).and("m.series_id = :series", "series", seriesId);
        return jdbc.sql(meetings("where " + where, "m.starts_at, m.id")).params(where.params())
                .query(MeetingQueries::meeting).list();
    }

    /** The span of the meetings the user may read (cancelled ones too); empty when there are none. */
    Optional<Period> period(ReadScope scope) {
        Conditions where = visible(scope, MeetingFilter.ANY);
        return span("select min(m.starts_at) as first, max(m.starts_at) as last from meeting m where " + where,
                where);
    }

    /** See {@link Meetings#contacts}: figures, counted under the read rule or the figures rule of the operations. */
    Contacts contacts(ReadScope scope, LocalDate from, LocalDate to) {
        Conditions withOrganisations = held(scope, from, to)
                .and(readable(scope) + " or " + scope.figuresOf("mo.operation_id"));
        List<Contact> organisations = jdbc.sql("""
                select mo.operation_id, org.organisation_id as counterpart, count(distinct m.id) as meetings
                from meeting m
                join meeting_operation mo on mo.meeting_id = m.id
                join meeting_organisation org on org.meeting_id = m.id
                where """ + " " + withOrganisations + """

                group by mo.operation_id, org.organisation_id
                order by mo.operation_id, meetings desc, org.organisation_id""")
                .params(withOrganisations.params()).query(MeetingQueries::contact).list();
        Conditions withOperations = held(scope, from, to).and(readable(scope) + " or "
                + scope.figuresOf("mo.operation_id") + " or " + scope.figuresOf("other.operation_id"));
        List<Contact> operations = jdbc.sql("""
                select mo.operation_id, other.operation_id as counterpart, count(distinct m.id) as meetings
                from meeting m
                join meeting_operation mo on mo.meeting_id = m.id
                join meeting_operation other on other.meeting_id = m.id and other.operation_id <> mo.operation_id
                where """ + " " + withOperations + """

                group by mo.operation_id, other.operation_id
                order by mo.operation_id, meetings desc, other.operation_id""")
                .params(withOperations.params()).query(MeetingQueries::contact).list();
        return new Contacts(from, to, organisations, operations);
    }

    /** See {@link Meetings#operationPairs}: each pair once (the smaller id first), under the same rule as contacts. */
    List<Meetings.OperationPair> operationPairs(ReadScope scope, LocalDate from, LocalDate to) {
        Conditions where = held(scope, from, to).and(readable(scope) + " or " + scope.figuresOf("a.operation_id")
                + " or " + scope.figuresOf("b.operation_id"));
        return jdbc.sql("""
                select a.operation_id as first_operation, b.operation_id as second_operation,
                    count(distinct m.id) filter (where m.kind <> 'JOINT_VISIT') as meetings,
                    count(distinct m.id) filter (where m.kind = 'JOINT_VISIT') as joint_visits,
                    min(m.starts_at) as first, max(m.starts_at) as last
                from meeting m
                join meeting_operation a on a.meeting_id = m.id
                join meeting_operation b on b.meeting_id = m.id and a.operation_id < b.operation_id
                where """ + " " + where + """

                group by a.operation_id, b.operation_id
                order by a.operation_id, b.operation_id""")
                .params(where.params())
                .query((rs, n) -> new Meetings.OperationPair(rs.getObject("first_operation", UUID.class),
                        rs.getObject("second_operation", UUID.class), rs.getLong("meetings"), rs.getLong("joint_visits"),
                        LocalDate.ofInstant(rs.getTimestamp("first").toInstant(), Region.ZONE),
                        LocalDate.ofInstant(rs.getTimestamp("last").toInstant(), Region.ZONE)))
                .list();
    }

    /** See {@link Meetings#shared}. */
    RecordPage<Meetings.SharedMeeting> shared(ReadScope scope, UUID operationId, int page, int size) {
        Conditions where = Conditions.of(scope.params()).and(readable(scope)).and("not m.cancelled")
                .and("m.distribution_level <> 'OPERATION'")
                .and("m.operation_id = :operation", "operation", operationId);
        String fromWhere = "meeting m where " + where;
        long total = jdbc.sql("select count(*) from " + fromWhere).params(where.params()).query(Long.class).single();
        List<Meetings.SharedMeeting> items = jdbc.sql("select m.id, m.operation_id, m.kind, m.title, m.starts_at, "
                        + "m.distribution_level from " + fromWhere
                        + " order by m.starts_at desc, m.id limit :limit offset :offset")
                .params(where.params()).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new Meetings.SharedMeeting(rs.getObject("id", UUID.class),
                        rs.getObject("operation_id", UUID.class), MeetingKind.valueOf(rs.getString("kind")),
                        rs.getString("title"), rs.getTimestamp("starts_at").toInstant(),
                        DistributionLevel.valueOf(rs.getString("distribution_level"))))
                .list();
        return new RecordPage<>(items, page, size, total);
    }

    /** See {@link Meetings#heldByOperation}: counted as {@link #contacts} counts. */
    Map<UUID, Long> heldByOperation(ReadScope scope, LocalDate from, LocalDate to) {
        Conditions where = held(scope, from, to).and(readable(scope) + " or " + scope.figuresOf("mo.operation_id"));
        Map<UUID, Long> held = new java.util.LinkedHashMap<>();
        jdbc.sql("select mo.operation_id, count(distinct m.id) as meetings from meeting m"
                        + " join meeting_operation mo on mo.meeting_id = m.id where " + where
                        + " group by mo.operation_id")
                .params(where.params())
                .query((rs, n) -> held.put(rs.getObject(1, UUID.class), rs.getLong(2))).list();
        return held;
    }

    /** The span of the meetings {@link #contacts} counts (read, or in figures read); empty when none. */
    Optional<Period> figuresPeriod(ReadScope scope) {
        Conditions where = Conditions.of(scope.params()).and("not m.cancelled")
                .and(readable(scope) + " or exists (select 1 from meeting_operation f where f.meeting_id = m.id and "
                        + scope.figuresOf("f.operation_id") + ")");
        return span("select min(m.starts_at) as first, max(m.starts_at) as last from meeting m where " + where,
                where);
    }

    private Optional<Period> span(String sql, Conditions where) {
        return jdbc.sql(sql).params(where.params()).query((rs, n) -> rs.getTimestamp("first") == null ? null
                : new Period(LocalDate.ofInstant(rs.getTimestamp("first").toInstant(), Region.ZONE),
                        LocalDate.ofInstant(rs.getTimestamp("last").toInstant(), Region.ZONE)))
                .optional();
    }

    /** The meetings not cancelled that started in the period, before any read rule. */
    private static Conditions held(ReadScope scope, LocalDate from, LocalDate to) {
        return filtered(Conditions.of(scope.params()).and("not m.cancelled"),
                new MeetingFilter(null, null, null, from, to));
    }

    /** The meetings (alias {@code m}) the user may read, narrowed by the filter. */
    static Conditions visible(ReadScope scope, MeetingFilter filter) {
        return filtered(Conditions.of(scope.params()).and(readable(scope)), filter);
    }

    /** The meetings (alias {@code m}) the user may read: the one read rule over every operation that took part. */
    private static String readable(ReadScope scope) {
        return scope.recordsOfAny("array(select v.operation_id from meeting_operation v where v.meeting_id = m.id)",
                "m.distribution_level");
    }

    /** The filter's conditions on meetings (alias {@code m}); a filter left empty adds none. */
    private static Conditions filtered(Conditions where, MeetingFilter filter) {
        return where
                .and("exists (select 1 from meeting_operation f where f.meeting_id = m.id and f.operation_id = :operation)",
                        "operation", filter.operationId())
                .and("m.kind = :kind", "kind", filter.kind() == null ? null : filter.kind().name())
                .and("exists (select 1 from meeting_organisation g where g.meeting_id = m.id and g.organisation_id = :organisation)",
                        "organisation", filter.organisationId())
                .and("m.starts_at >= :from", "from", filter.from() == null ? null
                        : Timestamp.from(filter.from().atStartOfDay(Region.ZONE).toInstant()))
                .and("m.starts_at < :to", "to", filter.to() == null ? null
                        : Timestamp.from(filter.to().plusDays(1).atStartOfDay(Region.ZONE).toInstant()))
                .and("exists (select 1 from meeting_attendee a where a.meeting_id = m.id and a.user_id = :attendee)",
                        "attendee", filter.attendeeId());
    }

    private static Contact contact(ResultSet rs, int row) throws SQLException {
        return new Contact(rs.getObject("operation_id", UUID.class), rs.getObject("counterpart", UUID.class),
                rs.getLong("meetings"));
    }

    private static Meeting meeting(ResultSet rs, int row) throws SQLException {
        return new Meeting(rs.getObject("id", UUID.class), rs.getObject("operation_id", UUID.class),
                rs.getObject("series_id", UUID.class), rs.getObject("occurrence_day", LocalDate.class),
                rs.getBoolean("edited"), rs.getBoolean("cancelled"), MeetingKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
                rs.getObject("location_id", UUID.class), rs.getString("place"),
                rs.getObject("chair_organisation_id", UUID.class), rs.getString("topics"), rs.getString("summary"),
                DistributionLevel.valueOf(rs.getString("distribution_level")), uuids(rs.getArray("operation_ids")),
                uuids(rs.getArray("organisation_ids")), uuids(rs.getArray("attendee_ids")),
                strings(rs.getArray("decisions")), rs.getObject("created_by", UUID.class), rs.getLong("version"));
    }

    static List<UUID> uuids(Array array) throws SQLException {
        return array == null ? List.of() : List.of((UUID[]) array.getArray());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}

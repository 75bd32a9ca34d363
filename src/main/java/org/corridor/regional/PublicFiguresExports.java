package org.corridor.regional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.kernel.AuditableChange;
import org.corridor.kernel.Ids;
import org.corridor.regional.PublicFiguresSuppression.Mark;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log of public-figure exports: who exported which period, when, with which settings, the file's SHA-256 and the
 * records that fed it (their number and digest: see V76), each with an audit entry. Read by the regional coordinator
 * and administrators ({@link CorridorUser#mayReadPublicExportLog()}).
 */
@Service
class PublicFiguresExports {

    enum Format {
        CSV, JSON
    }

    enum Channel {
        PAGE, API
    }

    /** One logged export. */
    record Export(UUID id, String exportedBy, Instant exportedAt, LocalDate from, LocalDate to, int minimumCount,
            Format format, Channel channel, String fileSha256, long flowCounts, String flowCountsSha256,
            long activities, String activitiesSha256, int publishedRows, int withheldSmall, int withheldProtecting) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    PublicFiguresExports(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Logs an export about to leave, with its audit entry, in one transaction: no file leaves unlogged. */
    @Transactional
    Export log(CorridorUser user, PublicFigures.Publication publication, Format format, Channel channel,
            byte[] file) {
        List<PublicFigures.Row> rows = publication.rows();
        Export export = new Export(Ids.newId(), user.displayName(), Instant.now(), publication.period().from(),
                publication.period().to(), publication.minimumCount(), format, channel, sha256(file),
                publication.flowCountRecords(), publication.flowCountDigest(), publication.activityRecords(),
                publication.activityDigest(), rows.size(),
                (int) rows.stream().filter(r -> r.suppressed() == Mark.SMALL).count(),
                (int) rows.stream().filter(r -> r.suppressed() == Mark.PROTECTING).count());
        jdbc.sql("""
                insert into public_figures_export (id, exported_by, exported_by_name, exported_at, period_from,
                    period_to, minimum_count, format, channel, file_sha256, flow_counts, flow_counts_sha256, activities,
                    activities_sha256, published_rows, withheld_small, withheld_protecting)
                values (:id, :by, :name, :at, :from, :to, :minimum, :format, :channel, :file, :flows, :flowsSha,
                    :activities, :activitiesSha, :rows, :small, :protecting)""")
                .param("id", export.id()).param("by", user.id()).param("name", export.exportedBy())
                .param("at", java.sql.Timestamp.from(export.exportedAt())).param("from", export.from())
                .param("to", export.to()).param("minimum", export.minimumCount()).param("format", format.name())
                .param("channel", channel.name()).param("file", export.fileSha256())
                .param("flows", export.flowCounts()).param("flowsSha", export.flowCountsSha256())
                .param("activities", export.activities()).param("activitiesSha", export.activitiesSha256())
                .param("rows", export.publishedRows()).param("small", export.withheldSmall())
                .param("protecting", export.withheldProtecting()).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("from", export.from().toString());
        after.put("to", export.to().toString());
        after.put("minimumCount", export.minimumCount());
        after.put("format", format.name());
        after.put("channel", channel.name());
        after.put("fileSha256", export.fileSha256());
        after.put("flowCounts", export.flowCounts());
        after.put("flowCountsSha256", export.flowCountsSha256());
        after.put("activities", export.activities());
        after.put("activitiesSha256", export.activitiesSha256());
        events.publishEvent(new AuditableChange("EXPORT", "public_figures_export", export.id().toString(), null, null,
                after, user.actor()));
        return export;
    }

    /** The newest exports first, at most {@code limit}. */
    List<Export> recent(CorridorUser user, int limit) {
        checkMayRead(user);
        return jdbc.sql("select * from public_figures_export order by exported_at desc, id desc limit :limit")
                .param("limit", limit).query((rs, n) -> export(rs)).list();
    }

    Optional<Export> find(CorridorUser user, UUID id) {
        checkMayRead(user);
        return jdbc.sql("select * from public_figures_export where id = :id").param("id", id)
                .query((rs, n) -> export(rs)).optional();
    }

    static void checkMayRead(CorridorUser user) {
        if (!user.mayReadPublicExportLog()) {
            throw new AccessDeniedException("Only the regional coordinator and administrators read the export log");
        }
    }

    private static Export export(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Export(rs.getObject("id", UUID.class), rs.getString("exported_by_name"),
                rs.getTimestamp("exported_at").toInstant(), rs.getObject("period_from", LocalDate.class),
                rs.getObject("period_to", LocalDate.class), rs.getInt("minimum_count"),
                Format.valueOf(rs.getString("format")), Channel.valueOf(rs.getString("channel")),
                rs.getString("file_sha256"), rs.getLong("flow_counts"), rs.getString("flow_counts_sha256"),
                rs.getLong("activities"), rs.getString("activities_sha256"), rs.getInt("published_rows"),
                rs.getInt("withheld_small"), rs.getInt("withheld_protecting"));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}

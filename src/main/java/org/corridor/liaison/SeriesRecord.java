package org.corridor.liaison;

import java.time.Instant;
import java.time.LocalTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.corridor.accounts.DistributionLevel;
import org.corridor.kernel.Region;
import org.corridor.liaison.MeetingSeries.SeriesDraft;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A meeting series as kept (the aggregate): weekly on one day at one local time of the region, from its first to its
 * last day. The operation that set it up owns it and never changes; its meetings are kept as meetings of their own.
 */
@Table("meeting_series")
class SeriesRecord {

    @Id
    private UUID id;
    private UUID operationId;
    private MeetingKind kind;
    private String title;
    private int dayOfWeek;
    private LocalTime localTime;
    private int durationMinutes;
    private String zone;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private UUID locationId;
    private String place;
    private UUID chairOrganisationId;
    private List<UUID> operationIds;
    private List<UUID> organisationIds;
    private DistributionLevel distributionLevel;
    private UUID createdBy;
    private Instant createdAt;
    @Version
    private Long version;

    private SeriesRecord() {
    }

    /** A new series from a checked draft. */
    static SeriesRecord of(UUID id, SeriesDraft draft, UUID createdBy, Instant createdAt) {
        SeriesRecord series = new SeriesRecord();
        series.id = id;
        series.operationId = draft.operationId();
        series.createdBy = createdBy;
        series.createdAt = createdAt;
        series.change(draft);
        return series;
    }

    /** Changes the series from a checked draft; the operation never changes. */
    void change(SeriesDraft draft) {
        kind = draft.kind();
        title = draft.title().trim();
        dayOfWeek = draft.dayOfWeek().getValue();
        localTime = draft.localTime();
        durationMinutes = draft.durationMinutes();
        zone = Region.ZONE.getId();
        firstDay = draft.firstDay();
        lastDay = draft.lastDay();
        locationId = draft.locationId();
        place = Meetings.blankToNull(draft.place());
        chairOrganisationId = draft.chairOrganisationId();
        operationIds = distinct(draft.operationIds());
        organisationIds = distinct(draft.organisationIds());
        distributionLevel = draft.distributionLevel() == null ? DistributionLevel.OSCE : draft.distributionLevel();
    }

    UUID id() {
        return id;
    }

    long version() {
        return version == null ? 0 : version;
    }

    /** The version the user read: saving fails if it is no longer the current one. */
    void expectVersion(long expected) {
        version = expected;
    }

    private static List<UUID> distinct(List<UUID> ids) {
        return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
    }
}

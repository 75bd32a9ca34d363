package org.corridor.regional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OperationSummary;
import org.corridor.kernel.RecordPage;
import org.corridor.kernel.Region;
import org.corridor.liaison.Meetings;
import org.corridor.monitoring.MonitoringVisits;
import org.corridor.monitoring.PreparednessAssessments;
import org.corridor.reports.Reports;
import org.springframework.stereotype.Component;

/**
 * What the operations shared at OSCE level or above — visits, preparedness assessments, meetings and distributed
 * reports — newest first: the formal channel the article found missing. Each module lists its own shared records under
 * the read rule; this merges them. A record kept at OPERATION level is never in the feed, not even for its own
 * operation's members: the feed is what was shared, not what the user reads.
 */
@Component
class SharedRecordsFeed {

    /** The kinds of record the feed lists. */
    enum Kind {
        VISIT, ASSESSMENT, MEETING, REPORT
    }

    /** Items a page. */
    static final int PAGE_SIZE = 20;
    /** The deepest page the feed answers: each page merges the newest records of every kind up to it. */
    static final int MAX_PAGE = 49;

    /** One shared record: what it is, whose, when (region day), how far it is shared, and where to read it. */
    record Item(Kind kind, UUID id, UUID operationId, String operation, String title, Instant at, LocalDate day,
            DistributionLevel level, String path) {
    }

    /** A page of the feed; {@code totalItems} counts every shared record of the kinds asked. */
    record Page(List<Item> items, int page, int size, long totalItems) {

        public int totalPages() {
            return (int) Math.min(MAX_PAGE + 1, Math.max(1, (totalItems + size - 1) / size));
        }

        public boolean hasNext() {
            return page + 1 < totalPages();
        }
    }

    private final MonitoringVisits visits;
    private final PreparednessAssessments assessments;
    private final Meetings meetings;
    private final Reports reports;
    private final Directory directory;

    SharedRecordsFeed(MonitoringVisits visits, PreparednessAssessments assessments, Meetings meetings, Reports reports,
            Directory directory) {
        this.visits = visits;
        this.assessments = assessments;
        this.meetings = meetings;
        this.reports = reports;
        this.directory = directory;
    }

    /**
     * One page of the feed, narrowed to an operation (null: all) and to kinds (empty: all). The newest
     * {@code (page + 1) × size} of each kind are merged, so a page is exact whatever the kinds' mix.
     */
    Page page(CorridorUser user, UUID operationId, Set<Kind> kinds, int page) {
        RegionalReaders.require(user);
        if (page < 0 || page > MAX_PAGE) {
            throw new CooperationRequestRejected("page", "shared.error.page", MAX_PAGE + 1);
        }
        Set<Kind> asked = kinds == null || kinds.isEmpty() ? EnumSet.allOf(Kind.class) : kinds;
        int enough = (page + 1) * PAGE_SIZE;
        Map<UUID, String> operations = directory.operations().stream()
                .collect(Collectors.toMap(OperationSummary::id, OperationSummary::name));
        List<Item> items = new ArrayList<>();
        long total = 0;
        if (asked.contains(Kind.VISIT)) {
            RecordPage<MonitoringVisits.SharedVisit> found = visits.shared(user, operationId, 0, enough);
            total += found.totalItems();
            Map<UUID, String> places = directory.locations().stream()
                    .collect(Collectors.toMap(LocationSummary::id, LocationSummary::name));
            found.items().forEach(v -> items.add(item(Kind.VISIT, v.id(), v.operationId(), operations,
                    places.getOrDefault(v.locationId(), "?"), v.startsAt(), v.level(), "/monitoring/visits/")));
        }
        if (asked.contains(Kind.ASSESSMENT)) {
            RecordPage<PreparednessAssessments.Assessment> found = assessments.shared(user, operationId, 0, enough);
            total += found.totalItems();
            found.items().forEach(a -> items.add(item(Kind.ASSESSMENT, a.id(), a.operationId(), operations,
                    a.authority(), a.assessedOn().atStartOfDay(Region.ZONE).toInstant(), a.distributionLevel(),
                    "/monitoring/assessments/")));
        }
        if (asked.contains(Kind.MEETING)) {
            RecordPage<Meetings.SharedMeeting> found = meetings.shared(user, operationId, 0, enough);
            total += found.totalItems();
            found.items().forEach(m -> items.add(item(Kind.MEETING, m.id(), m.operationId(), operations, m.title(),
                    m.startsAt(), m.level(), "/liaison/meetings/")));
        }
        if (asked.contains(Kind.REPORT)) {
            RecordPage<Reports.SharedReport> found = reports.shared(user, operationId, 0, enough);
            total += found.totalItems();
            found.items().forEach(r -> items.add(item(Kind.REPORT, r.id(), r.operationId(), operations,
                    r.symbol() == null ? r.title() : r.symbol() + " " + r.title(), r.distributedAt(), r.level(),
                    "/reports/")));
        }
        items.sort(Comparator.comparing(Item::at, Comparator.reverseOrder()).thenComparing(Item::kind)
                .thenComparing(Item::id));
        int start = Math.min(page * PAGE_SIZE, items.size());
        int end = Math.min(start + PAGE_SIZE, items.size());
        return new Page(List.copyOf(items.subList(start, end)), page, PAGE_SIZE, total);
    }

    private static Item item(Kind kind, UUID id, UUID operationId, Map<UUID, String> operations, String title,
            Instant at, DistributionLevel level, String path) {
        // A regional report belongs to no operation: the Secretariat's.
        String operation = operationId == null ? null : operations.getOrDefault(operationId, "?");
        return new Item(kind, id, operationId, operation, title, at, LocalDate.ofInstant(at, Region.ZONE), level,
                path + id);
    }

    /** The kinds named in a request, e.g. {@code visit}, {@code MEETING}; an unknown one is refused with a sentence. */
    static Set<Kind> kinds(List<String> names) {
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        if (names == null) {
            return kinds;
        }
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            try {
                kinds.add(Kind.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new CooperationRequestRejected("kind", "shared.error.kind",
                        CooperationRequestRejected.shorten(name));
            }
        }
        return kinds;
    }

    /** The operation named by its code (e.g. {@code serbia}); blank means all; an unknown code is refused. */
    UUID operation(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return directory.operationByCode(code.strip()).map(OperationSummary::id).orElseThrow(
                () -> new CooperationRequestRejected("operation", "shared.error.operation",
                        CooperationRequestRejected.shorten(code)));
    }

    List<OperationSummary> operations() {
        return directory.operations().stream().sorted(Comparator.comparing(OperationSummary::name)).toList();
    }
}

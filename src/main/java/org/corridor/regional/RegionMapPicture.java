package org.corridor.regional;

import jakarta.annotation.Nullable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OfficeSummary;
import org.corridor.directory.OperationSummary;
import org.corridor.flows.Direction;
import org.corridor.flows.FlowFigures;
import org.corridor.flows.RouteEvents;
import org.corridor.monitoring.MonitoringVisits;
import org.springframework.stereotype.Component;

/**
 * The regional map's data for a period: the operations' offices, and every route location with the persons counted
 * entering there (own observation, daily counts), the monitoring visits there and the route events there. Persons
 * and visits are figures, counted over the operations whose figures the user reads; a place counted only by
 * operations that do not share their figures is "not shared", never 0. Route events are records the user may read.
 * The period is cut into months, the map's slider.
 */
@Component
class RegionMapPicture {

    /** The most months the slider offers: the longest period a page answers, in months. */
    static final int MAX_SLICES = 40;

    /** An office of an operation where the directory knows where it is. */
    record Office(String operation, String name, String city, boolean headOffice, double latitude, double longitude) {
    }

    /**
     * A route location in the period: {@code persons} null when nobody whose figures the user reads counted there
     * and {@code notShared} when some operation's counts there are kept from the user.
     */
    record Place(UUID id, String code, String name, String countryIso2, double latitude, double longitude,
            @Nullable Long persons, boolean notShared, long visits, long routeEvents) {
    }

    /** One month of the period (cut to the period at both ends). */
    record Slice(LocalDate from, LocalDate to, String label) {
    }

    record Picture(RegionalPeriod period, List<Slice> slices, @Nullable Slice slice, List<Office> offices,
            List<Place> places, List<String> notSharedBy) {

        /** The days the figures are for: the slice chosen, or the whole period. */
        public LocalDate from() {
            return slice == null ? period.from() : slice.from();
        }

        public LocalDate to() {
            return slice == null ? period.to() : slice.to();
        }
    }

    private final FlowFigures flows;
    private final MonitoringVisits visits;
    private final RouteEvents routeEvents;
    private final Directory directory;

    RegionMapPicture(FlowFigures flows, MonitoringVisits visits, RouteEvents routeEvents, Directory directory) {
        this.flows = flows;
        this.visits = visits;
        this.routeEvents = routeEvents;
        this.directory = directory;
    }

    /** The months of a period, each cut to it. */
    static List<Slice> slices(RegionalPeriod period) {
        List<Slice> slices = new ArrayList<>();
        for (YearMonth month = YearMonth.from(period.from()); !month.atDay(1).isAfter(period.to())
                && slices.size() < MAX_SLICES; month = month.plusMonths(1)) {
            LocalDate from = month.atDay(1).isBefore(period.from()) ? period.from() : month.atDay(1);
            LocalDate to = month.atEndOfMonth().isAfter(period.to()) ? period.to() : month.atEndOfMonth();
            slices.add(new Slice(from, to, month.toString()));
        }
        return slices;
    }

    /** The map of a period, or of one of its months ({@code slice} from 1; 0 or null for the whole period). */
    Picture of(CorridorUser user, RegionalPeriod period, @Nullable Integer slice) {
        RegionalReaders.require(user);
        List<Slice> slices = slices(period);
        if (slice != null && (slice < 0 || slice > slices.size())) {
            throw new CooperationRequestRejected("slice", "map.error.slice", slices.size());
        }
        Slice chosen = slice == null || slice == 0 ? null : slices.get(slice - 1);
        LocalDate from = chosen == null ? period.from() : chosen.from();
        LocalDate to = chosen == null ? period.to() : chosen.to();

        Map<UUID, String> operationNames = new HashMap<>();
        directory.operations().forEach(o -> operationNames.put(o.id(), o.name()));
        List<Office> offices = new ArrayList<>();
        for (OperationSummary operation : directory.operations()) {
            for (OfficeSummary office : directory.offices(operation.id())) {
                if (office.latitude() != null && office.longitude() != null) {
                    offices.add(new Office(operation.name(), office.name(), office.city(), office.headOffice(),
                            office.latitude(), office.longitude()));
                }
            }
        }
        offices.sort(Comparator.comparing(Office::operation).thenComparing(Office::name));

        Map<UUID, Long> persons = new HashMap<>();
        flows.locationTotals(user, Direction.ENTRY, FlowFigures.Source.OWN_OBSERVATION, from, to)
                .forEach(f -> persons.put(f.locationId(), f.total()));
        Map<UUID, Set<UUID>> hidden = flows.dailyNotSharedByLocation(user, Direction.ENTRY,
                FlowFigures.Source.OWN_OBSERVATION, from, to);
        Map<UUID, Long> visitCounts = new HashMap<>();
        visits.byLocation(user, new MonitoringVisits.VisitFilter(null, null, null, null, from, to))
                .forEach(v -> visitCounts.put(v.locationId(), v.visits()));
        Map<UUID, Long> eventCounts = new HashMap<>();
        routeEvents.list(user, null, null, from, to).stream().map(RouteEvents.RouteEvent::locationId)
                .filter(Objects::nonNull).forEach(l -> eventCounts.merge(l, 1L, Long::sum));

        List<Place> places = new ArrayList<>();
        for (LocationSummary l : directory.locations()) {
            boolean counted = persons.containsKey(l.id());
            boolean notShared = hidden.containsKey(l.id());
            long v = visitCounts.getOrDefault(l.id(), 0L);
            long e = eventCounts.getOrDefault(l.id(), 0L);
            // Only places with something to show: a map of every town in the directory would hide the route.
            if (counted || notShared || v > 0 || e > 0) {
                places.add(new Place(l.id(), l.code(), l.name(), l.countryIso2(), l.latitude(), l.longitude(),
                        persons.get(l.id()), notShared, v, e));
            }
        }
        places.sort(Comparator.comparing((Place p) -> p.persons() == null ? -1 : p.persons()).reversed()
                .thenComparing(Place::name));
        Set<String> notSharedBy = new TreeSet<>();
        hidden.values().forEach(ids -> ids.forEach(id -> notSharedBy.add(operationNames.getOrDefault(id, "?"))));
        return new Picture(period, slices, chosen, List.copyOf(offices), List.copyOf(places), List.copyOf(notSharedBy));
    }
}

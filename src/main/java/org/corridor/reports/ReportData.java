package org.corridor.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.ReadScope;
import org.corridor.accounts.Sharing;
import org.corridor.accounts.UserAccounts;
import org.corridor.activities.Activities;
import org.corridor.activities.Activity;
import org.corridor.activities.ActivityFilter;
import org.corridor.directory.CountrySummary;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OperationSummary;
import org.corridor.directory.OrganisationSummary;
import org.corridor.directory.ResponseArea;
import org.corridor.flows.Direction;
import org.corridor.flows.FlowFigures;
import org.corridor.flows.FlowFigures.CountryFigure;
import org.corridor.flows.PeriodKind;
import org.corridor.flows.RouteEvents;
import org.corridor.flows.RouteEvents.RouteEvent;
import org.corridor.liaison.ActionPoints;
import org.corridor.liaison.ActionPoints.ActionPoint;
import org.corridor.liaison.Meeting;
import org.corridor.liaison.Meetings;
import org.corridor.monitoring.MonitoringPlans;
import org.corridor.monitoring.MonitoringPlans.IntensityWeek;
import org.corridor.monitoring.MonitoringVisits;
import org.corridor.monitoring.MonitoringVisits.LocationVisits;
import org.corridor.monitoring.PreparednessAssessments;
import org.corridor.monitoring.PreparednessAssessments.Assessment;
import org.corridor.monitoring.TemporaryDeployments;
import org.corridor.monitoring.TemporaryDeployments.Deployment;
import org.corridor.reports.GeneratedContent.Block;
import org.corridor.reports.GeneratedContent.Chart;
import org.corridor.reports.GeneratedContent.ChartKind;
import org.corridor.reports.GeneratedContent.Column;
import org.corridor.reports.GeneratedContent.Paragraph;
import org.corridor.reports.GeneratedContent.Series;
import org.corridor.reports.GeneratedContent.Table;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Draws a report's generated sections from the other modules' public services, as the reader reads them: the read
 * rule applies inside those services, so a report shows a reader exactly what the pages would. Content comes out
 * worded and formatted (numbers grouped as the pages group them, "1,200"; dates as "1 Sep 2015"), so that the page,
 * the PDF and the Word file say the same thing and a frozen snapshot needs no further look-up.
 *
 * <p>Figures an operation does not share with the reader are said to be "not shared with you", never shown as 0 or
 * left out silently; a period without anything to show says so. Each section is a handful of queries whatever the
 * period's length: names come from the directory once, never a query a row.
 */
@Component
class ReportData implements SectionGenerator {

    /** Longest period drawn day by day in a flow chart; a longer one is drawn week by week. */
    static final int MOST_DAYS_CHARTED_DAILY = 92;

    /** Longest summary of an assessment shown in a table cell; the full text stays on the assessment's page. */
    static final int SUMMARY_LENGTH = 240;

    /** Activities named as the main ones of a response area. */
    static final int MAIN_ACTIVITIES = 3;

    /** Activities read to name the main ones: the newest first, more than any section will name. */
    static final int ACTIVITIES_READ = 500;

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.US);

    static final String NOT_SHARED = "not shared with you";

    private final Directory directory;
    private final Sharing sharing;
    private final UserAccounts accounts;
    private final RouteEvents routeEvents;
    private final FlowFigures flows;
    private final MonitoringVisits visits;
    private final MonitoringPlans plans;
    private final PreparednessAssessments assessments;
    private final TemporaryDeployments deployments;
    private final Activities activities;
    private final Meetings meetings;
    private final ActionPoints actionPoints;
    private final MessageSource messages;

    ReportData(Directory directory, Sharing sharing, UserAccounts accounts, RouteEvents routeEvents,
            FlowFigures flows, MonitoringVisits visits, MonitoringPlans plans, PreparednessAssessments assessments,
            TemporaryDeployments deployments, Activities activities, Meetings meetings, ActionPoints actionPoints,
            MessageSource messages) {
        this.directory = directory;
        this.sharing = sharing;
        this.accounts = accounts;
        this.routeEvents = routeEvents;
        this.flows = flows;
        this.visits = visits;
        this.plans = plans;
        this.assessments = assessments;
        this.deployments = deployments;
        this.activities = activities;
        this.meetings = meetings;
        this.actionPoints = actionPoints;
        this.messages = messages;
    }

    @Override
    public boolean draws(SectionKind kind) {
        return kind.generated() && !kind.regionalOnly();
    }

    @Override
    public GeneratedContent generate(SectionKind kind, UUID operationId, LocalDate from, LocalDate to,
            CorridorUser reader) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reader, "reader");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts: " + from + " to " + to);
        }
        Period period = new Period(operationId, from, to, reader);
        List<Block> blocks = switch (kind) {
            case ROUTE_EVENTS -> routeEvents(period);
            case MONITORING -> monitoring(period);
            case FLOWS -> flows(period);
            case ACTIVITIES -> activities(period);
            case MEETINGS -> meetings(period);
            case PREPAREDNESS -> preparedness(period);
            case NARRATIVE -> throw new IllegalArgumentException("A narrative section is written, not generated");
            case ENGAGEMENT, GAPS, CO_OPERATION, RECONCILIATION, OPERATION_SUMMARIES ->
                    throw new IllegalArgumentException(kind + " is drawn by the regional picture");
        };
        return new GeneratedContent(blocks);
    }

    /** What a section is drawn for: the operation (null: the region), the period, the reader. */
    private record Period(UUID operationId, LocalDate from, LocalDate to, CorridorUser reader) {
        boolean regional() {
            return operationId == null;
        }

        String span() {
            return "between " + date(from) + " and " + date(to);
        }
    }

    // ---- route events -------------------------------------------------------------------------------------------

    private List<Block> routeEvents(Period period) {
        Map<UUID, LocationSummary> places = locations();
        Map<UUID, CountrySummary> countries = countries();
        List<RouteEvent> events;
        if (period.regional()) {
            events = routeEvents.list(period.reader(), null, null, period.from(), period.to());
        } else {
            // An operation's timeline is its host country's: the events there, whoever recorded them.
            UUID country = hostCountry(period.operationId());
            events = routeEvents.list(period.reader(), country, null, period.from(), period.to());
            if (country == null) {
                events = events.stream().filter(e -> period.operationId().equals(e.operationId())).toList();
            }
        }
        if (events.isEmpty()) {
            return List.of(new Paragraph("No route events recorded " + period.span() + "."));
        }
        List<List<String>> rows = new ArrayList<>();
        for (RouteEvent event : events) {
            CountrySummary country = countries.get(event.countryId());
            LocationSummary place = event.locationId() == null ? null : places.get(event.locationId());
            String where = place != null ? place.name() + ", " + place.countryName()
                    : country != null ? country.name() : "";
            rows.add(List.of(date(event.occurredOn()), where, label("event.value.Kind." + event.kind().name(),
                    event.kind()), event.title()));
        }
        return List.of(new Table("Route events " + period.span(), List.of(Column.text("Date"),
                Column.text("Place"), Column.text("Kind"), Column.text("Event")), rows));
    }

    // ---- monitoring ---------------------------------------------------------------------------------------------

    private List<Block> monitoring(Period period) {
        ReadScope scope = sharing.scopeOf(period.reader());
        List<Block> blocks = new ArrayList<>();
        if (!period.regional() && !scope.mayReadFigures(period.operationId())) {
            blocks.add(new Paragraph("The monitoring figures of the " + operationName(period.operationId())
                    + " are " + NOT_SHARED + "."));
            return blocks;
        }
        List<LocationVisits> byLocation = visits.byLocation(period.reader(), new MonitoringVisits.VisitFilter(
                period.operationId(), null, null, null, period.from(), period.to()));
        if (period.regional()) {
            notSharedFigures(scope, "Monitoring figures", blocks);
        }
        if (byLocation.isEmpty()) {
            blocks.add(new Paragraph("No monitoring visits recorded " + period.span() + "."));
        } else {
            Map<UUID, LocationSummary> places = locations();
            List<List<String>> rows = new ArrayList<>();
            long total = 0;
            Map<String, Integer> concerns = new LinkedHashMap<>();
            for (LocationVisits location : byLocation) {
                total += location.visits();
                LocationSummary place = places.get(location.locationId());
                String mainConcerns = !location.topConcerns().isEmpty() ? String.join("; ", location.topConcerns())
                        : location.withConcerns() > 0 ? NOT_SHARED : "–";
                rows.add(List.of(place == null ? "" : place.name(), number(location.visits()),
                        number(location.withConcerns()), mainConcerns));
                location.topConcerns().forEach(c -> concerns.merge(c, 1, Integer::sum));
            }
            blocks.add(new Paragraph(number(total) + (total == 1 ? " monitoring visit" : " monitoring visits")
                    + " at " + number(byLocation.size()) + (byLocation.size() == 1 ? " location " : " locations ")
                    + period.span() + "."));
            blocks.add(new Table("Visits per location", List.of(Column.text("Location"), Column.number("Visits"),
                    Column.number("With concerns"), Column.text("Main concerns")), rows));
            if (!concerns.isEmpty()) {
                // The concerns named at most locations first: what the monitoring kept seeing along the route.
                List<String> named = concerns.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(Map.Entry::getKey)
                        .limit(5).toList();
                blocks.add(new Paragraph("Concerns raised most often: " + String.join("; ", named) + "."));
            }
        }
        if (!period.regional()) {
            intensity(period, blocks);
        }
        return blocks;
    }

    private void intensity(Period period, List<Block> blocks) {
        List<IntensityWeek> weeks = plans.intensity(period.reader(), period.operationId(), null, null, period.from(),
                period.to());
        if (weeks.stream().noneMatch(w -> w.visits() > 0 || w.target() != null)) {
            return; // nothing visited nor planned: the paragraph above already says there were no visits
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<Double> visited = new ArrayList<>();
        List<Double> targets = new ArrayList<>();
        for (IntensityWeek week : weeks) {
            String label = "Week of " + date(week.weekStart());
            rows.add(List.of(label, number(week.visits()), week.target() == null ? "–" : number(week.target())));
            categories.add(date(week.weekStart()));
            visited.add((double) week.visits());
            targets.add(week.target() == null ? null : week.target().doubleValue());
        }
        long below = weeks.stream().filter(IntensityWeek::belowTarget).count();
        long planned = weeks.stream().filter(w -> w.target() != null).count();
        if (planned > 0) {
            blocks.add(new Paragraph("Visits fell short of the plan in " + number(below) + " of " + number(planned)
                    + (planned == 1 ? " planned week." : " planned weeks.")));
        }
        List<Series> series = new ArrayList<>();
        series.add(new Series("Visits", visited));
        if (planned > 0) {
            series.add(new Series("Target", targets));
        }
        blocks.add(new Chart("Weekly monitoring intensity against the plan", ChartKind.BAR, "Visits a week",
                categories, series));
        blocks.add(new Table("Weekly intensity", List.of(Column.text("Week"), Column.number("Visits"),
                Column.number("Target")), rows));
    }

    // ---- flows --------------------------------------------------------------------------------------------------

    /** The figures of one country, direction and source, kept apart from every other (FlowFigures' rule). */
    private record Stream(String country, Direction direction, String source, boolean own) {
        String name() {
            return country + ", " + directionLabel(direction).toLowerCase(Locale.ROOT) + " (" + source + ")";
        }
    }

    private List<Block> flows(Period period) {
        UUID country = period.regional() ? null : hostCountry(period.operationId());
        if (!period.regional() && country == null) {
            return List.of(new Paragraph("The " + operationName(period.operationId())
                    + " has no host country in the directory: its flows cannot be drawn."));
        }
        FlowFigures.PeriodFlows drawn = flows.periodFlows(period.reader(), country, period.from(), period.to());
        List<Block> blocks = new ArrayList<>();
        if (!drawn.notShared().isEmpty()) {
            blocks.add(new Paragraph("Flow figures of " + names(drawn.notShared()) + " are " + NOT_SHARED
                    + (drawn.figures().isEmpty() ? "." : "; the figures below leave them out.")));
        }
        if (drawn.figures().isEmpty()) {
            if (drawn.notShared().isEmpty()) {
                blocks.add(new Paragraph("No flow counts recorded " + period.span() + "."));
            }
            return blocks;
        }
        Map<UUID, CountrySummary> countries = countries();
        Map<UUID, String> organisations = directory.organisations().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::shortName, (a, b) -> a));
        Map<Stream, Map<PeriodKind, List<CountryFigure>>> streams = new TreeMap<>(Comparator
                .comparing(Stream::country).thenComparing(Stream::direction)
                .thenComparing(s -> !s.own()).thenComparing(Stream::source));
        for (CountryFigure figure : drawn.figures()) {
            CountrySummary c = countries.get(figure.countryId());
            boolean own = figure.sourceOrganisationId() == null;
            Stream stream = new Stream(c == null ? "" : c.name(), figure.direction(),
                    own ? "own observation" : organisations.getOrDefault(figure.sourceOrganisationId(), ""), own);
            streams.computeIfAbsent(stream, s -> new EnumMap<>(PeriodKind.class))
                    .computeIfAbsent(figure.kind(), k -> new ArrayList<>()).add(figure);
        }
        List<List<String>> rows = new ArrayList<>();
        boolean present = false;
        for (var entry : streams.entrySet()) {
            Stream stream = entry.getKey();
            for (var kind : entry.getValue().entrySet()) {
                List<CountryFigure> figures = kind.getValue();
                String counted = number(figures.size()) + " " + periodsLabel(kind.getKey(), figures.size());
                String total;
                if (stream.direction() == Direction.PRESENT) {
                    // A stock: how many were there, never added up over days.
                    present = true;
                    long most = figures.stream().mapToLong(CountryFigure::total).max().orElse(0);
                    total = "at most " + number(most);
                } else {
                    total = number(figures.stream().mapToLong(CountryFigure::total).sum());
                }
                rows.add(List.of(stream.country(), directionLabel(stream.direction()), stream.source(), counted,
                        total));
            }
        }
        blocks.add(new Paragraph("A source's national total is used where it gives one, else the sum of its counts "
                + "at the country's crossings; sources and directions are never added to one another, and weekly "
                + "or monthly figures are kept apart from daily ones."
                + (present ? " People present are a stock: the most counted on one day is shown." : "")));
        blocks.add(flowChart(period, streams));
        blocks.add(new Table("Totals by direction " + period.span(), List.of(Column.text("Country"),
                Column.text("Direction"), Column.text("Source"), Column.text("Figures"), Column.number("Persons")),
                rows));
        return blocks;
    }

    /**
     * The flows as a line a stream: day by day for a short period, week by week (a week's daily figures summed, or a
     * published weekly figure) for a longer one. Monthly figures stay in the table: a line of twelve points beside
     * weekly ones would mislead.
     */
    private Chart flowChart(Period period, Map<Stream, Map<PeriodKind, List<CountryFigure>>> streams) {
        long days = ChronoUnit.DAYS.between(period.from(), period.to()) + 1;
        boolean daily = days <= MOST_DAYS_CHARTED_DAILY;
        List<LocalDate> points = new ArrayList<>();
        if (daily) {
            for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
                points.add(day);
            }
        } else {
            for (LocalDate monday = period.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    !monday.isAfter(period.to()); monday = monday.plusWeeks(1)) {
                points.add(monday);
            }
        }
        Map<LocalDate, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < points.size(); i++) {
            index.put(points.get(i), i);
        }
        List<Series> series = new ArrayList<>();
        for (var entry : streams.entrySet()) {
            for (PeriodKind kind : List.of(PeriodKind.DAY, PeriodKind.WEEK)) {
                List<CountryFigure> figures = entry.getValue().getOrDefault(kind, List.of());
                if (figures.isEmpty() || (daily && kind == PeriodKind.WEEK)) {
                    continue;
                }
                List<Double> values = new ArrayList<>(java.util.Collections.nCopies(points.size(), (Double) null));
                for (CountryFigure figure : figures) {
                    LocalDate point = daily ? figure.start()
                            : figure.start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                    Integer at = index.get(point);
                    if (at != null) {
                        Double before = values.get(at);
                        // A stock is not added up over the days of a week: its highest figure stands for the week.
                        double value = entry.getKey().direction() == Direction.PRESENT && before != null
                                ? Math.max(before, figure.total()) : (before == null ? 0 : before) + figure.total();
                        values.set(at, value);
                    }
                }
                String name = entry.getKey().name() + (kind == PeriodKind.WEEK ? ", weekly figures" : "");
                series.add(new Series(name, values));
            }
        }
        List<String> categories = points.stream().map(ReportData::date).toList();
        return new Chart(daily ? "Persons counted a day" : "Persons counted a week", ChartKind.LINE,
                daily ? "Persons a day" : "Persons a week", categories, series);
    }

    private static String periodsLabel(PeriodKind kind, int n) {
        return switch (kind) {
            case DAY -> n == 1 ? "day" : "days";
            case WEEK -> n == 1 ? "week" : "weeks";
            case MONTH -> n == 1 ? "month" : "months";
        };
    }

    private static String directionLabel(Direction direction) {
        return switch (direction) {
            case ENTRY -> "Entries";
            case EXIT -> "Exits";
            case PRESENT -> "Present";
        };
    }

    // ---- activities ---------------------------------------------------------------------------------------------

    private List<Block> activities(Period period) {
        List<UUID> operations = period.regional()
                ? directory.operations().stream().map(OperationSummary::id).toList()
                : List.of(period.operationId());
        List<Activities.MatrixRow> matrix = activities.matrix(period.reader(), operations, period.from(),
                period.to(), null);
        List<Block> blocks = new ArrayList<>();
        Set<UUID> notShared = matrix.stream().filter(r -> !r.figuresShared()).map(Activities.MatrixRow::operationId)
                .collect(Collectors.toCollection(HashSet::new));
        if (!period.regional() && !notShared.isEmpty()) {
            blocks.add(new Paragraph("The activity figures of the " + operationName(period.operationId()) + " are "
                    + NOT_SHARED + "."));
            return blocks;
        }
        if (!notShared.isEmpty()) {
            blocks.add(new Paragraph("Activity figures of " + names(notShared) + " are " + NOT_SHARED
                    + "; the figures below leave them out."));
        }
        Map<ResponseArea, Long> counts = new EnumMap<>(ResponseArea.class);
        for (Activities.MatrixRow row : matrix) {
            if (row.figuresShared()) {
                for (ResponseArea area : ResponseArea.values()) {
                    counts.merge(area, row.count(area), Long::sum);
                }
            }
        }
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            blocks.add(new Paragraph("No activities recorded " + period.span() + "."));
            return blocks;
        }
        // The titles are records: only those the reader may read are named, the newest first.
        List<Activity> readable = activities.list(period.reader(), ActivityFilter.theResponse(period.operationId(), null,
                null, period.from(), period.to()), 0, ACTIVITIES_READ).items();
        Map<ResponseArea, List<String>> titles = new EnumMap<>(ResponseArea.class);
        for (Activity activity : readable) {
            if (!notShared.contains(activity.operationId())) {
                titles.computeIfAbsent(activity.responseArea(), a -> new ArrayList<>()).add(activity.title());
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (ResponseArea area : ResponseArea.values()) {
            long count = counts.getOrDefault(area, 0L);
            List<String> named = titles.getOrDefault(area, List.of());
            String main = count == 0 ? "–"
                    : named.isEmpty() ? NOT_SHARED
                    : String.join("; ", named.subList(0, Math.min(MAIN_ACTIVITIES, named.size())));
            rows.add(List.of(label("activity.value.ResponseArea." + area.name(), area), number(count), main));
        }
        blocks.add(new Paragraph(number(total) + (total == 1 ? " activity" : " activities") + " running "
                + period.span() + "."));
        blocks.add(new Table("Activities by response area", List.of(Column.text("Response area"),
                Column.number("Activities"), Column.text("Main activities")), rows));
        capacity(period, notShared, blocks);
        return blocks;
    }

    private void capacity(Period period, Set<UUID> notShared, List<Block> blocks) {
        List<Activities.CapacityTotal> totals = activities.capacityTotals(period.reader(), period.operationId(),
                period.from(), period.to()).stream().filter(t -> t.figuresShared() && !notShared.contains(t.operationId()))
                .toList();
        if (totals.isEmpty()) {
            blocks.add(new Paragraph("No capacity-building events held " + period.span() + "."));
            return;
        }
        // sums: events, target, achieved, women, men, events that gave the number achieved, and the split
        Map<org.corridor.activities.TargetGroup, long[]> byGroup = new EnumMap<>(org.corridor.activities.TargetGroup.class);
        for (Activities.CapacityTotal t : totals) {
            long[] sums = byGroup.computeIfAbsent(t.group(), g -> new long[7]);
            sums[0] += t.events();
            sums[1] += t.target();
            sums[2] += t.achieved();
            sums[3] += t.achievedWomen();
            sums[4] += t.achievedMen();
            sums[5] += t.achievedKnown() ? 1 : 0;
            sums[6] += t.splitKnown() ? 1 : 0;
        }
        List<List<String>> rows = new ArrayList<>();
        long[] all = new long[7];
        byGroup.forEach((group, sums) -> {
            rows.add(participantsRow(label("capacity.value.TargetGroup." + group.name(), group), sums));
            for (int i = 0; i < all.length; i++) {
                all[i] += sums[i];
            }
        });
        if (byGroup.size() > 1) {
            rows.add(participantsRow("All groups", all));
        }
        blocks.add(new Table("Capacity building: participants", List.of(Column.text("Target group"),
                Column.number("Events"), Column.number("Target"), Column.number("Achieved"), Column.number("Women"),
                Column.number("Men")), rows));
    }

    /** A dash where no event said: the number achieved before an event is held, women and men where none gave them. */
    private static List<String> participantsRow(String group, long[] sums) {
        return List.of(group, number(sums[0]), number(sums[1]), sums[5] > 0 ? number(sums[2]) : "–",
                sums[6] > 0 ? number(sums[3]) : "–", sums[6] > 0 ? number(sums[4]) : "–");
    }

    // ---- meetings -----------------------------------------------------------------------------------------------

    private List<Block> meetings(Period period) {
        List<Meeting> held = meetings.between(period.reader(), period.operationId(), period.from(), period.to())
                .stream().filter(m -> !m.cancelled()).toList();
        List<Block> blocks = new ArrayList<>();
        if (held.isEmpty()) {
            blocks.add(new Paragraph("No meetings recorded " + period.span() + "."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            List<List<String>> decisions = new ArrayList<>();
            for (Meeting meeting : held) {
                String day = date(meeting.localStart().toLocalDate());
                rows.add(List.of(day, label("meeting.kind." + meeting.kind().name(), meeting.kind()),
                        meeting.title()));
                for (String decision : meeting.decisions()) {
                    decisions.add(List.of(day, meeting.title(), decision));
                }
            }
            blocks.add(new Table("Meetings " + period.span(), List.of(Column.text("Date"), Column.text("Kind"),
                    Column.text("Meeting")), rows));
            if (decisions.isEmpty()) {
                blocks.add(new Paragraph("No decisions recorded at these meetings."));
            } else {
                blocks.add(new Table("Decisions", List.of(Column.text("Date"), Column.text("Meeting"),
                        Column.text("Decision")), decisions));
            }
        }
        List<ActionPoint> open = actionPoints.openOf(period.reader(), period.operationId(), period.to());
        if (open.isEmpty()) {
            blocks.add(new Paragraph("No open action points."));
        } else {
            Map<UUID, String> organisations = directory.organisations().stream()
                    .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::shortName, (a, b) -> a));
            Map<UUID, String> people = accounts.displayNames(open.stream().map(ActionPoint::ownerUserId)
                    .filter(Objects::nonNull).collect(Collectors.toSet()));
            List<List<String>> rows = new ArrayList<>();
            for (ActionPoint point : open) {
                List<String> owners = new ArrayList<>();
                if (point.ownerOrganisationId() != null) {
                    owners.add(organisations.getOrDefault(point.ownerOrganisationId(), ""));
                }
                if (point.ownerUserId() != null) {
                    owners.add(people.getOrDefault(point.ownerUserId(), ""));
                }
                boolean overdue = point.dueDate() != null && point.dueDate().isBefore(period.to());
                rows.add(List.of(point.dueDate() == null ? "–" : date(point.dueDate()), point.text(),
                        owners.isEmpty() ? "–" : String.join(", ", owners),
                        overdue ? "Overdue" : label("actionPoint.status." + point.status().name(), point.status())));
            }
            blocks.add(new Table("Open action points", List.of(Column.text("Due"), Column.text("Action"),
                    Column.text("Owner"), Column.text("Status")), rows));
        }
        return blocks;
    }

    // ---- preparedness -------------------------------------------------------------------------------------------

    private List<Block> preparedness(Period period) {
        Map<UUID, LocationSummary> places = locations();
        List<Block> blocks = new ArrayList<>();
        List<Assessment> assessed = assessments.between(period.reader(), period.operationId(), period.from(),
                period.to());
        if (assessed.isEmpty()) {
            blocks.add(new Paragraph("No preparedness assessments recorded " + period.span() + "."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (Assessment a : assessed) {
                LocationSummary place = a.locationId() == null ? null : places.get(a.locationId());
                String where = place != null ? place.name() + ", " + place.countryName()
                        : a.area() == null ? "" : a.area();
                rows.add(List.of(date(a.assessedOn()), where, a.authority(),
                        label("assessment.value.Rating." + a.rating().name(), a.rating()), summary(a.narrative())));
            }
            blocks.add(new Table("Preparedness assessments " + period.span(), List.of(Column.text("Date"),
                    Column.text("Place"), Column.text("Authority"), Column.text("Level"), Column.text("Summary")),
                    rows));
        }
        List<Deployment> deployed = deployments.between(period.reader(), period.operationId(), period.from(),
                period.to());
        if (deployed.isEmpty()) {
            blocks.add(new Paragraph("No temporary deployments " + period.span() + "."));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (Deployment d : deployed) {
                LocationSummary place = places.get(d.locationId());
                rows.add(List.of(date(d.fromDate()), d.toDate() == null ? "ongoing" : date(d.toDate()),
                        place == null ? "" : place.name(), number(d.officers()),
                        label("deployment.value.Premises." + d.premises().name(), d.premises()),
                        summary(d.purpose())));
            }
            blocks.add(new Table("Temporary deployments", List.of(Column.text("From"), Column.text("To"),
                    Column.text("Location"), Column.number("Officers"), Column.text("Premises"),
                    Column.text("Purpose")), rows));
        }
        return blocks;
    }

    private static String summary(String text) {
        if (text == null || text.isBlank()) {
            return "–";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= SUMMARY_LENGTH ? line : line.substring(0, SUMMARY_LENGTH - 1).strip() + "…";
    }

    // ---- names and formats --------------------------------------------------------------------------------------

    /** "Mission to Serbia and Mission to Skopje": the operations named in a "not shared" sentence, sorted. */
    private String names(Collection<UUID> operations) {
        Map<UUID, String> byId = directory.operations().stream()
                .collect(Collectors.toMap(OperationSummary::id, OperationSummary::name, (a, b) -> a));
        List<String> named = operations.stream().map(id -> byId.getOrDefault(id, "an operation")).sorted()
                .map(n -> "the " + n).toList();
        if (named.size() == 1) {
            return named.get(0);
        }
        return String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
    }

    private void notSharedFigures(ReadScope scope, String what, List<Block> blocks) {
        Set<UUID> hidden = scope.figuresNotShared(directory.operations().stream().map(OperationSummary::id).toList());
        if (!hidden.isEmpty()) {
            blocks.add(new Paragraph(what + " of " + names(hidden) + " are " + NOT_SHARED
                    + "; the figures below leave them out."));
        }
    }

    private String operationName(UUID operationId) {
        return directory.operation(operationId).map(OperationSummary::name).orElse("operation");
    }

    private UUID hostCountry(UUID operationId) {
        return directory.operation(operationId).map(OperationSummary::hostCountryIso2)
                .flatMap(directory::countryByIso2).map(CountrySummary::id).orElse(null);
    }

    private Map<UUID, LocationSummary> locations() {
        return directory.locations().stream().collect(Collectors.toMap(LocationSummary::id, Function.identity()));
    }

    private Map<UUID, CountrySummary> countries() {
        return directory.countries().stream().collect(Collectors.toMap(CountrySummary::id, Function.identity()));
    }

    /** The pages' label of a value (the same message bundles), else the value's name in words. */
    private String label(String key, Enum<?> value) {
        String words = value.name().charAt(0) + value.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        return messages.getMessage(key, null, words, Locale.ENGLISH);
    }

    /** A count grouped as the pages group it ("1,200"). */
    static String number(long value) {
        return String.format(Locale.US, "%,d", value);
    }

    static String date(LocalDate day) {
        return DATE.format(day);
    }
}

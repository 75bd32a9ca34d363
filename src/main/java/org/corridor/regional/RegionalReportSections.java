package org.corridor.regional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.kernel.Counts;
import org.corridor.reports.DocumentDrawing;
import org.corridor.reports.GeneratedContent;
import org.corridor.reports.GeneratedContent.Block;
import org.corridor.reports.GeneratedContent.Chart;
import org.corridor.reports.GeneratedContent.ChartKind;
import org.corridor.reports.GeneratedContent.Column;
import org.corridor.reports.GeneratedContent.Paragraph;
import org.corridor.reports.GeneratedContent.Series;
import org.corridor.reports.GeneratedContent.Table;
import org.corridor.reports.SectionGenerator;
import org.corridor.reports.SectionKind;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The sections of a regional report that compare the operations, drawn from the regional picture as its pages show it
 * to the same reader: the same services, so the report, the page and the API give the same numbers.
 */
@Component
class RegionalReportSections implements SectionGenerator {

    private static final Locale ENGLISH = Locale.ENGLISH;

    private final BorderReconciliations borders;
    private final RegionalOverview overview;
    private final CooperationPicture cooperation;
    private final MessageSource messages;

    RegionalReportSections(BorderReconciliations borders, RegionalOverview overview, CooperationPicture cooperation,
            MessageSource messages) {
        this.borders = borders;
        this.overview = overview;
        this.cooperation = cooperation;
        this.messages = messages;
    }

    @Override
    public boolean draws(SectionKind kind) {
        return switch (kind) {
            case ENGAGEMENT, GAPS, CO_OPERATION, RECONCILIATION, OPERATION_SUMMARIES -> true;
            default -> false;
        };
    }

    @Override
    public GeneratedContent generate(SectionKind kind, UUID operationId, LocalDate from, LocalDate to,
            CorridorUser reader) {
        return generate(kind, operationId, from, to, reader, new DocumentDrawing());
    }

    /** What the overview is computed for in a drawing: the same reader and period give the same overview. */
    private record OverviewOf(UUID readerId, LocalDate from, LocalDate to) {
    }

    /**
     * The engagement, the gaps and the operations' summaries all come from the same overview: computed once for the
     * document (the costliest part of a regional report), so the three sections also agree with each other.
     */
    @Override
    public GeneratedContent generate(SectionKind kind, UUID operationId, LocalDate from, LocalDate to,
            CorridorUser reader, DocumentDrawing drawing) {
        RegionalPeriod period = new RegionalPeriod(from, to);
        try {
            java.util.function.Supplier<RegionalOverview.Overview> figures = () -> drawing.once(
                    new OverviewOf(reader.id(), from, to), () -> overview.of(reader, from, to));
            List<Block> blocks = switch (kind) {
                case RECONCILIATION -> reconciliation(period, reader);
                case ENGAGEMENT -> engagement(figures.get());
                case GAPS -> gaps(figures.get());
                case OPERATION_SUMMARIES -> summaries(figures.get());
                case CO_OPERATION -> cooperation(cooperation.of(reader, period));
                default -> throw new IllegalArgumentException(kind + " is not drawn by the regional picture");
            };
            return new GeneratedContent(blocks);
        } catch (AccessDeniedException e) {
            return GeneratedContent.of(new Paragraph("Not shared with you: the regional picture is read by the members "
                    + "of the field operations and the regional coordinator."));
        }
    }

    /** Each operation's class by the overview's rule, the rule itself, and the evidence beside each class. */
    private List<Block> engagement(RegionalOverview.Overview figures) {
        RegionalOverview.RuleText rule = figures.rule();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(message("regional.overview.rule", rule.criteriaNeeded(),
                String.format(ENGLISH, "%.1f", rule.visitsRatio()), rule.visitsWithoutBaseline(), rule.migrationReports(),
                rule.newActivities())));
        List<List<String>> rows = new ArrayList<>();
        for (RegionalOverview.OperationOverview o : figures.operations()) {
            RegionalOverview.Evidence e = o.evidence();
            rows.add(List.of(o.name(), o.engagement() == null ? NOT_SHARED : o.engagement().name(),
                    e == null ? NOT_SHARED : evidence(e)));
        }
        blocks.add(new Table("Engagement, " + figures.from() + " to " + figures.to(), List.of(Column.text("Operation"),
                Column.text("Class"), Column.text("Evidence")), rows));
        return blocks;
    }

    private String evidence(RegionalOverview.Evidence e) {
        String visits = e.ratio() == null ? message("regional.overview.evidence.visitsNoBaseline", e.visits())
                : message("regional.overview.evidence.visits", e.visits(), String.format(ENGLISH, "%.1f", e.ratio()));
        return visits + "; " + message("regional.overview.evidence.reports", e.migrationReports()) + "; "
                + message("regional.overview.evidence.activities", e.newActivities()) + " "
                + message("regional.overview.evidence.met", e.criteriaMet());
    }

    /** What each operation lacked in the period, as the overview lists it. */
    private List<Block> gaps(RegionalOverview.Overview figures) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(message("regional.overview.rule.gaps", figures.rule().missedWeeksListed())));
        List<List<String>> rows = new ArrayList<>();
        for (RegionalOverview.OperationOverview o : figures.operations()) {
            if (!o.figuresShared() && o.evidence() == null) {
                rows.add(List.of(o.name(), NOT_SHARED, NOT_SHARED, NOT_SHARED, NOT_SHARED));
                continue;
            }
            rows.add(List.of(o.name(),
                    o.areaGaps().isEmpty() ? "—" : String.join(", ", o.areaGaps().stream()
                            .map(a -> message("activity.value.ResponseArea." + a.name())).toList()),
                    o.noMigrationReport() ? "none in the period" : "—",
                    o.unvisitedLocations().isEmpty() ? "—" : String.join("; ", o.unvisitedLocations().stream()
                            .map(u -> message("regional.overview.gaps.unvisited", u.locationName(), Counts.of(u.persons())))
                            .toList()),
                    o.missedPlans().isEmpty() ? "—" : String.join("; ", o.missedPlans().stream()
                            .map(m -> message("regional.overview.gaps.missed", m.locationName(), m.longestRun(),
                                    m.runStart(), m.weeksBelow(), m.plannedWeeks()))
                            .toList())));
        }
        blocks.add(new Table("Gaps, " + figures.from() + " to " + figures.to(), List.of(Column.text("Operation"),
                Column.text("Response areas with no activity"), Column.text("Migration report"),
                Column.text("Locations with flows and no visit"), Column.text("Plans missed week after week")), rows));
        return blocks;
    }

    /** Meetings and joint visits between operations, pair by pair; an operation with none is a finding. */
    private List<Block> cooperation(CooperationPicture.Picture picture) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("Meetings that two or more field operations took part in, and their joint visits "
                + "(recorded as meetings of the kind joint visit), by pair of operations, most contacts first."));
        if (picture.pairs().isEmpty()) {
            blocks.add(new Paragraph("No co-operation between operations recorded in the period."));
        } else {
            List<List<String>> rows = picture.pairs().stream().map(p -> List.of(p.operation().name() + " – "
                    + p.otherOperation().name(), Counts.of(p.meetings()), Counts.of(p.jointVisits()),
                    p.first().toString(), p.last().toString())).toList();
            blocks.add(new Table("Co-operation, " + picture.period().from() + " to " + picture.period().to(),
                    List.of(Column.text("Operations"), Column.number("Meetings"), Column.number("Joint visits"),
                            Column.text("First"), Column.text("Last")), rows));
        }
        if (!picture.noneRecorded().isEmpty()) {
            blocks.add(new Paragraph("No co-operation recorded: " + String.join(", ",
                    picture.noneRecorded().stream().map(CooperationPicture.Operation::name).toList()) + "."));
        }
        if (!picture.notShared().isEmpty()) {
            blocks.add(new Paragraph("Only the meetings shared with the reader are counted for " + String.join(", ",
                    picture.notShared().stream().map(CooperationPicture.Operation::name).toList()) + "."));
        }
        return blocks;
    }

    /** A paragraph an operation: its figures of the period as the overview counts them. */
    private List<Block> summaries(RegionalOverview.Overview figures) {
        List<Block> blocks = new ArrayList<>();
        for (RegionalOverview.OperationOverview o : figures.operations()) {
            List<String> parts = new ArrayList<>();
            parts.add(count(o.visits(), "monitoring visit", "monitoring visits")
                    + (o.visitsPerWeek() == null ? "" : String.format(ENGLISH, " (%.1f a week)", o.visitsPerWeek())));
            parts.add(count(o.newActivities(), "activity started", "activities started"));
            parts.add(o.reportsByType() == null ? "reports: " + NOT_SHARED.toLowerCase(ENGLISH)
                    : count(o.migrationReports(), "migration report", "migration reports"));
            parts.add(count(o.meetings(), "meeting", "meetings") + met(o));
            parts.add(count(o.assessments(), "preparedness assessment", "preparedness assessments"));
            parts.add(count(o.deployments(), "temporary deployment", "temporary deployments"));
            parts.add(o.flowPersons() == null ? "persons counted entering: " + NOT_SHARED.toLowerCase(ENGLISH)
                    : Counts.of(o.flowPersons()) + " persons counted entering at its country's locations");
            String engagement = o.engagement() == null ? "" : " — " + o.engagement().name();
            blocks.add(new Paragraph(o.name() + engagement + ": " + String.join("; ", parts) + "."
                    + (o.figuresShared() ? "" : " Only what it shares with the reader is counted.")));
        }
        return blocks;
    }

    private static String met(RegionalOverview.OperationOverview o) {
        List<String> names = new ArrayList<>();
        o.metOperations().forEach(c -> names.add(c.name()));
        o.metOrganisations().stream().limit(5).forEach(c -> names.add(c.name()));
        return names.isEmpty() ? "" : " (with " + String.join(", ", names) + ")";
    }

    private static String count(Long value, String one, String many) {
        if (value == null) {
            return many + ": " + NOT_SHARED.toLowerCase(ENGLISH);
        }
        return Counts.of(value) + " " + (value == 1 ? one : many);
    }

    private String message(String code, Object... arguments) {
        return messages.getMessage(code, arguments, ENGLISH);
    }

    /** Each configured border, week by week: exits on one side against entries on the other, and where they part. */
    private List<Block> reconciliation(RegionalPeriod period, CorridorUser reader) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph("The same people are counted leaving one country and entering the next. Each border "
                + "compares the exits counted on one side with the entries counted on the other, by ISO week, from "
                + "the same source on both sides where one counted both; a week diverges when the difference is more "
                + "than " + Math.round(borders.divergenceShare() * 100) + " % of the larger side and that side counted "
                + "at least " + Counts.of(borders.minimumCount()) + " persons. Days counted on one side only are "
                + "missing, not zero."));
        for (BorderReconciliations.Border border : borders.borders()) {
            if (!border.problems().isEmpty()) {
                blocks.add(new Paragraph(border.title() + ": not compared (" + String.join(" ", border.problems()) + ")"));
                continue;
            }
            BorderReconciliations.Reconciliation r = borders.reconcile(reader, border, period, null, null);
            BorderComparison.Totals totals = r.comparison().totals();
            List<BorderComparison.Week> weeks = r.comparison().weeks().stream()
                    .filter(w -> w.exitsState() == BorderComparison.State.COUNTED
                            || w.entriesState() == BorderComparison.State.COUNTED)
                    .toList();
            if (weeks.isEmpty()) {
                blocks.add(new Paragraph(border.title() + ": no week counted on either side in the period"
                        + notShared(r) + "."));
                continue;
            }
            blocks.add(new Paragraph(border.title() + " (exits: " + sourceName(r.exitSource()) + "; entries: "
                    + sourceName(r.entrySource()) + "): " + totals.daysCompared() + " days counted on both sides, "
                    + Counts.of(totals.exits()) + " exits against " + Counts.of(totals.entries()) + " entries, a "
                    + "difference of " + Counts.of(totals.difference()) + "; " + totals.daysOnlyExits()
                    + " days counted only on the exit side, " + totals.daysOnlyEntries() + " only on the entry side; "
                    + totals.weeksDiverging() + (totals.weeksDiverging() == 1 ? " week diverges" : " weeks diverge")
                    + notShared(r) + "."));
            List<List<String>> rows = new ArrayList<>();
            List<String> categories = new ArrayList<>();
            List<Double> exits = new ArrayList<>();
            List<Double> entries = new ArrayList<>();
            for (BorderComparison.Week week : weeks) {
                rows.add(List.of(week.week(), figure(week.exits(), week.exitsState()),
                        figure(week.entries(), week.entriesState()),
                        week.difference() == null ? "—" : Counts.of(week.difference()),
                        week.diverges() ? "diverges" : ""));
                categories.add(week.week());
                exits.add(week.exits() == null ? null : week.exits().doubleValue());
                entries.add(week.entries() == null ? null : week.entries().doubleValue());
            }
            blocks.add(new Chart(border.title(), ChartKind.LINE, "Persons a week", categories,
                    List.of(new Series("Exits", exits), new Series("Entries", entries))));
            blocks.add(new Table(border.title() + ", by ISO week", List.of(Column.text("Week"), Column.number("Exits"),
                    Column.number("Entries"), Column.number("Difference"), Column.text("Finding")), rows));
        }
        return blocks;
    }

    private static final String NOT_SHARED = "Not shared with you";

    private static String figure(Long value, BorderComparison.State state) {
        return switch (state) {
            case COUNTED -> value == null ? "—" : Counts.of(value);
            case MISSING -> "not counted";
            case NOT_SHARED -> "not shared with you";
        };
    }

    private static String sourceName(BorderReconciliations.SourceChoice source) {
        return source.name() == null ? "own observation" : source.name();
    }

    private static String notShared(BorderReconciliations.Reconciliation r) {
        List<String> operations = new ArrayList<>(r.exitNotSharedBy());
        r.entryNotSharedBy().stream().filter(o -> !operations.contains(o)).forEach(operations::add);
        return operations.isEmpty() ? "" : " (figures of " + String.join(", ", operations) + " not shared with you)";
    }
}

package org.corridor.regional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.kernel.Counts;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The sections of a regional report that compare the operations, drawn from the regional picture as its pages show it
 * to the same reader: the same services, so the report, the page and the API give the same numbers.
 */
@Component
class RegionalReportSections implements SectionGenerator {

    private final BorderReconciliations borders;

    RegionalReportSections(BorderReconciliations borders) {
        this.borders = borders;
    }

    @Override
    public boolean draws(SectionKind kind) {
        return kind == SectionKind.RECONCILIATION;
    }

    @Override
    public GeneratedContent generate(SectionKind kind, UUID operationId, LocalDate from, LocalDate to,
            CorridorUser reader) {
        RegionalPeriod period = new RegionalPeriod(from, to);
        try {
            List<Block> blocks = switch (kind) {
                case RECONCILIATION -> reconciliation(period, reader);
                default -> throw new IllegalArgumentException(kind + " is not drawn by the regional picture");
            };
            return new GeneratedContent(blocks);
        } catch (AccessDeniedException e) {
            return GeneratedContent.of(new Paragraph("Not shared with you: the regional picture is read by the members "
                    + "of the field operations and the regional coordinator."));
        }
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

package org.corridor.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.corridor.accounts.DistributionLevel;
import org.corridor.reports.GeneratedContent.Chart;
import org.corridor.reports.GeneratedContent.ChartKind;
import org.corridor.reports.GeneratedContent.Column;
import org.corridor.reports.GeneratedContent.Paragraph;
import org.corridor.reports.GeneratedContent.Series;
import org.corridor.reports.GeneratedContent.Table;
import org.corridor.reports.ReportDocument.Section;

/** Reports as the renderers receive them: the Mission to Serbia's background report of March 2016, long enough for pages. */
final class SampleReports {

    private SampleReports() {
    }

    static ReportDocument background(String title, String symbol, ReportStatus status) {
        return new ReportDocument(title, symbol, DistributionLevel.PARTICIPATING_STATES, "OSCE Mission to Serbia",
                ReportType.BACKGROUND, LocalDate.of(2016, 1, 1), LocalDate.of(2016, 3, 31),
                List.of("Jelena Petrović", "Arben Krasniqi"), status, 0,
                symbol == null ? null : Instant.parse("2016-03-31T10:00:00Z"), sections());
    }

    static ReportDocument distributed() {
        return background("Background report: mixed migration through Serbia", "SEC.FR/230/16",
                ReportStatus.DISTRIBUTED);
    }

    static List<Section> sections() {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Situation", SectionKind.NARRATIVE, """
                Since September 2015 the route has run from **Tabanovce** on the border with the former Yugoslav
                Republic of Macedonia to *Preševo*, where the one-stop centre registers arrivals, and on to Šid.
                Arrivals from Prishtinë and Đeneral Janković were *also* recorded; people from Kosovo travelled on.

                ## Baseline

                - Registration at Preševo: up to 10,000 people a day in October 2015
                - Transit by bus and train to Šid within 24 hours
                - Winterisation of the reception centres in Dimitrovgrad and Kanjiža

                See the [UNHCR portal](https://data.unhcr.org/mediterranean/) for the partners' figures.
                """ + filler("situation", 6), null));
        sections.add(new Section("Host-country response", SectionKind.NARRATIVE, """
                The Government's working group met weekly. Its decisions:

                1. open the one-stop centre at Preševo;
                2. register every arrival (čekanje, ćutanje, džep: the region's letters);
                3. coordinate with the Commissariat for Refugees and Migration.

                | Centre | Capacity |
                |:-------|---------:|
                | Preševo | 1,500 |
                | Šid | 800 |

                > Shelters must be winterised before December.
                """, null));
        sections.add(new Section("Regional implications", SectionKind.NARRATIVE, filler("implications", 10), null));
        sections.add(new Section("Flows", SectionKind.FLOWS, "Daily counts reported by the Commissariat.",
                flows()));
        sections.add(new Section("Monitoring", SectionKind.MONITORING, null, monitoring()));
        sections.add(new Section("Our activities", SectionKind.ACTIVITIES, null, GeneratedContent.of(
                new Paragraph("Activities by response area in the period."),
                new Table("Activities by response area",
                        List.of(Column.text("Response area"), Column.number("Activities"),
                                Column.number("People trained")),
                        List.of(List.of("Monitoring", "14", "\u2014"), List.of("Human rights", "6", "120"),
                                List.of("Policing and migration crime", "4", "85"))))));
        return sections;
    }

    static GeneratedContent flows() {
        List<String> days = new ArrayList<>();
        List<Double> arrivals = new ArrayList<>();
        List<Double> departures = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        LocalDate day = LocalDate.of(2016, 1, 1);
        for (int i = 0; i < 60; i++, day = day.plusDays(1)) {
            days.add(day.toString());
            // Days 10-12 were not counted: a gap, not zero.
            Double in = i >= 10 && i <= 12 ? null : 2000.0 + (i * 37) % 900;
            Double out = i >= 10 && i <= 12 ? null : 1800.0 + (i * 53) % 800;
            arrivals.add(in);
            departures.add(out);
            rows.add(List.of(day.toString(), in == null ? "not counted" : String.format("%,.0f", in),
                    out == null ? "not counted" : String.format("%,.0f", out)));
        }
        return GeneratedContent.of(new Paragraph("Arrivals at Preševo and departures from Šid, by day."),
                new Chart("Arrivals and departures by day", ChartKind.LINE, "People", days,
                        List.of(new Series("Arrivals", arrivals), new Series("Departures", departures))),
                new Table("Arrivals and departures by day",
                        List.of(Column.text("Day"), Column.number("Arrivals"), Column.number("Departures")), rows));
    }

    static GeneratedContent monitoring() {
        List<String> places = List.of("Preševo", "Tabanovce", "Šid", "Kanjiža", "Subotica");
        return GeneratedContent.of(
                new Chart("Monitoring visits by location", ChartKind.BAR, "Visits", places,
                        List.of(new Series("Visits", List.of(12.0, 9.0, 7.0, 3.0, 2.0)))),
                new Table("Monitoring visits by location",
                        List.of(Column.text("Location"), Column.number("Visits")),
                        List.of(List.of("Preševo", "12"), List.of("Tabanovce", "9"), List.of("Šid", "7"),
                                List.of("Kanjiža", "3"), List.of("Subotica", "2"))));
    }

    private static String filler(String topic, int paragraphs) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= paragraphs; i++) {
            text.append("\n\nParagraph ").append(i).append(" on the ").append(topic)
                    .append(": the mission's monitors observed conditions at the reception centres, the situation"
                            + " of unaccompanied children, and the co-operation between the police and the"
                            + " Commissariat. Arrivals slowed when the weather turned; the transit continued"
                            + " through Preševo, Tabanovce and Šid, and the partners adjusted their presence.");
        }
        return text.toString();
    }
}

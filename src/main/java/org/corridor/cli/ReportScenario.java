package org.corridor.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.directory.Directory;
import org.corridor.reports.Recipient;
import org.corridor.reports.RecipientKind;
import org.corridor.reports.ReportType;
import org.corridor.reports.Reports;
import org.corridor.reports.Reports.ReportDraft;
import org.corridor.reports.Reports.ReportView;
import org.corridor.reports.Reports.SectionDraft;
import org.corridor.reports.Reports.SectionView;
import org.corridor.reports.SectionKind;
import org.springframework.stereotype.Component;

/**
 * The article's four migration reports, written through the reports module as their authors would: the Mission to
 * Serbia's background report of 31 March 2016 (SEC.FR/230/16) and the Mission to Skopje's activity update of
 * 10 June 2016 (SEC.FR/444/16, revised as SEC.FR/444/16/Rev.1), both distributed before Corridor and recorded from
 * the archive; Serbia's spot report on the Horgoš incidents of September 2015, in review with its head's comment; and
 * Skopje's thematic report on trafficking around Tabanovce, returned to its authors. The narrative sections say what
 * the article says the reports said; the generated ones are drawn from the demo's flows, monitoring and activities.
 * Beside them, the report the article found missing: the regional coordinator's regional report on the first half of
 * 2016, in review, drawn from the regional picture.
 */
@Component
class ReportScenario {

    static final String SERBIA_BACKGROUND_SYMBOL = "SEC.FR/230/16";
    static final String SKOPJE_UPDATE_SYMBOL = "SEC.FR/444/16";

    /** The summary of Skopje's activity update; its revision adds the office in the Gevgelija camp. */
    private static final String SKOPJE_UPDATE_SUMMARY = """
            A timeline of the migration-related events in the country since the crisis was declared on the borders \
            in August 2015, and the Mission's activities in the fields of monitoring, anti-trafficking and policing. \
            At first one police-development and one monitoring team visited the border areas once a week; from \
            November 2015 a team was at Gevgelija three to four times a week, two teams from March 2016, and fewer \
            visits from May 2016.""";

    private final Reports reports;
    private final Directory directory;

    ReportScenario(Reports reports, Directory directory) {
        this.reports = reports;
        this.directory = directory;
    }

    /** Whether the reports are still to be written: Skopje's officer, an author of two of them, reads none. */
    boolean missing(CorridorUser skopjeOfficer) {
        return reports.list(skopjeOfficer, Reports.ReportFilter.ANY, 0, 1).totalItems() == 0;
    }

    List<String> load(CorridorUser skopjeOfficer, CorridorUser skopjeHead, CorridorUser serbiaOfficer,
            CorridorUser serbiaHead) {
        List<String> added = new ArrayList<>();
        UUID serbia = operation("serbia");
        UUID skopje = operation("skopje");
        serbiaBackground(serbia, serbiaOfficer, serbiaHead, added);
        skopjeUpdate(skopje, skopjeOfficer, skopjeHead, added);
        horgosSpotReport(serbia, serbiaOfficer, serbiaHead, added);
        traffickingReport(skopje, skopjeOfficer, skopjeHead, added);
        return added;
    }

    private void serbiaBackground(UUID serbia, CorridorUser officer, CorridorUser head, List<String> added) {
        ReportView report = reports.create(officer, new ReportDraft(serbia, ReportType.BACKGROUND,
                "Background report: baseline analysis, project and non-project activities in the field of migration",
                LocalDate.of(2015, 6, 1), LocalDate.of(2016, 3, 31), DistributionLevel.PARTICIPATING_STATES,
                List.of(officer.id())));
        report = write(officer, report, List.of(
                "Baseline analysis", """
                        From the summer of 2015 Serbia lay on the main route from Greece and Macedonia to Hungary and, \
                        from mid-September, to Croatia. Most people entered at Preševo in the south, where the \
                        one-stop centre registered them, and left within days. Numbers rose through the autumn of \
                        2015, fell as Macedonia admitted only Syrians, Afghans and Iraqis from November, and dropped \
                        to a few hundred a day after February 2016; by March 2016 the route was closed.""",
                "Host-country responses", """
                        The Government set up a working group on mixed migration flows to co-ordinate the ministries, \
                        the Commissariat for Refugees and Migration and the municipalities on the route. Border \
                        checkpoints at the heart of the crisis were understaffed, suffered from corruption and lacked \
                        the equipment to respond; the authorities worked with UNHCR and the other UN agencies, which \
                        briefed partners regularly.""",
                "Regional implications", """
                        Hungary's fence and the closure of the Horgoš–Röszke crossing in September 2015 turned the \
                        route towards Croatia overnight. Unilateral decisions by one state of the route moved people \
                        into the next: regional tensions are likely to be exacerbated, and co-operation between the \
                        states and between the OSCE's field operations on the route matters more than before.""",
                "Challenges and threats", """
                        With the closing of the Balkan route, there are strong indications that the current situation \
                        might increase the risk of migrant smuggling and trafficking in human beings by international \
                        organised networks. People stranded in Serbia without a legal way on are the most exposed.""",
                "The Mission's activities", """
                        The Mission assists the host country in integrating a human rights approach into its \
                        migration management. From its office in Bujanovac it monitored the southern border and the \
                        Preševo one-stop centre; it ran the extra-budgetary *Mobile Police Station* project, \
                        organised a workshop on crimes related to irregular migration with IOM and UNODC in \
                        November 2015, worked with the Preševo Youth Office and the local outlet *Titulli* to raise \
                        awareness, and supported research on new technologies in migration.""",
                "Flows", "Entries into Serbia as the Mission counted them at Preševo, beside UNHCR's weekly figures.",
                "Monitoring", "",
                "Activities by response area", ""));
        report = reports.recordEarlierDistribution(head, report.id(), report.version(), SERBIA_BACKGROUND_SYMBOL,
                LocalDate.of(2016, 3, 31), toPermanentCouncil());
        added.add("report " + report.symbol());
    }

    private void skopjeUpdate(UUID skopje, CorridorUser officer, CorridorUser head, List<String> added) {
        ReportView report = reports.create(officer, new ReportDraft(skopje, ReportType.ACTIVITY_UPDATE,
                "Update on activities in the area of the migrant/refugee crisis", LocalDate.of(2015, 6, 1),
                LocalDate.of(2016, 6, 10), DistributionLevel.PARTICIPATING_STATES, List.of(officer.id())));
        report = write(officer, report, skopjeUpdateSections(SKOPJE_UPDATE_SUMMARY));
        report = reports.recordEarlierDistribution(head, report.id(), report.version(), SKOPJE_UPDATE_SYMBOL,
                LocalDate.of(2016, 6, 3), toPermanentCouncil());
        added.add("report " + report.symbol());
        // The revision: the same update with the office opened in the Gevgelija camp, distributed as Rev.1.
        report = reports.revise(officer, report.id(), report.version());
        report = write(officer, report, skopjeUpdateSections(SKOPJE_UPDATE_SUMMARY
                + " Monitoring will be helped by the office opened in the Gevgelija camp, a container in the transit "
                + "centre."));
        report = reports.submit(officer, report.id(), report.version());
        report = reports.recordEarlierDistribution(head, report.id(), report.version(), SKOPJE_UPDATE_SYMBOL + "/Rev.1",
                LocalDate.of(2016, 6, 10), toPermanentCouncil());
        added.add("report " + report.symbol());
    }

    /** The activity update's sections: its summary, then the generated ones. */
    private static List<String> skopjeUpdateSections(String summary) {
        return List.of(
                "Summary", summary,
                "Timeline of events", "",
                "Activities by response area", "",
                "Meetings, decisions and action points", "");
    }

    private void horgosSpotReport(UUID serbia, CorridorUser officer, CorridorUser head, List<String> added) {
        ReportView report = reports.create(officer, new ReportDraft(serbia, ReportType.SPOT,
                "Spot report: incidents at the Horgoš–Röszke border crossing", LocalDate.of(2015, 9, 14),
                LocalDate.of(2015, 9, 18), DistributionLevel.OSCE, List.of(officer.id())));
        report = write(officer, report, List.of(
                "What happened", """
                        On 15 September 2015 Hungary closed its border with Serbia at Horgoš–Röszke as it completed \
                        its fence. Thousands of people were stranded on the Serbian side; on 16 September Hungarian \
                        police used tear gas and water cannon against people at the closed crossing, and Serbia \
                        protested. Within days the route turned west towards Croatia.""",
                "Route events", "",
                "Assessment and next steps", """
                        The Mission raises the incidents with the Permanent Council to make participating States \
                        aware of what a unilateral closure does on the route. It keeps monitoring the northern \
                        border and the new route towards Šid."""));
        report = reports.submit(officer, report.id(), report.version());
        reports.comment(head, report.id(), section(report, "What happened"), null,
                "Please add how many people were stranded at Horgoš on 16 September and whose figures they are.");
        added.add("report in review: " + report.title());
    }

    private void traffickingReport(UUID skopje, CorridorUser officer, CorridorUser head, List<String> added) {
        ReportView report = reports.create(officer, new ReportDraft(skopje, ReportType.THEMATIC,
                "Migration-related trafficking in human beings around Tabanovce", LocalDate.of(2016, 1, 1),
                LocalDate.of(2016, 5, 31), DistributionLevel.OSCE, List.of(officer.id())));
        report = write(officer, report, List.of(
                "Introduction", """
                        Joint research by the Mission and the police at Tabanovce, on the northern border, into \
                        trafficking in human beings among the people on the route, and the smuggling that grew as \
                        the route was closed.""",
                "Findings", """
                        Smuggling and trafficking, already thriving at the onset of the crisis, intensified as the \
                        route closed: people stranded at Tabanovce without a legal way on turned to smugglers, and \
                        some of them were exploited on the way.""",
                "Monitoring", "",
                "Recommendations", """
                        Train the border police and the social workers at the transit centres to identify victims \
                        in mixed flows; share what is found with the Mission to Serbia, across the border."""));
        report = reports.submit(officer, report.id(), report.version());
        reports.returnToAuthors(head, report.id(), report.version(), "Keep the findings of the joint research with "
                + "the police apart from the Mission's own monitoring, and cite the police's figures as theirs.");
        added.add("report returned: " + report.title());
    }

    /** Whether the regional report is still to be written: the coordinator reads no regional report. */
    boolean regionalMissing(CorridorUser coordinator) {
        return reports.list(coordinator, new Reports.ReportFilter(null, ReportType.REGIONAL, null, null, null, null), 0, 1)
                .totalItems() == 0;
    }

    List<String> loadRegional(CorridorUser coordinator) {
        ReportView report = reports.create(coordinator, new ReportDraft(null, ReportType.REGIONAL,
                "Regional report: the field operations and mixed migration on the Western Balkans route, "
                        + "January to June 2016",
                LocalDate.of(2016, 1, 1), LocalDate.of(2016, 6, 30), DistributionLevel.OSCE,
                List.of(coordinator.id())));
        report = write(coordinator, report, List.of(
                "Overview", """
                        In the first half of 2016 the route through the region narrowed and then closed: from                         February Macedonia and Serbia admitted fewer people, and on 8 March 2016 the Western Balkans                         route was closed. The Missions to Serbia and Skopje were on the front line and created new                         migration-specific work; the other field operations went on with business as usual. This                         report sets out, from the data the operations recorded, where each was engaged, what was                         missing and how they worked together.""",
                "Engagement of the field operations", "",
                "Gaps", "",
                "Co-operation between operations", "",
                "Cross-border reconciliation", "",
                "Flows along the route", "",
                "Route events", "",
                "Summary per operation", "",
                "Outlook", """
                        With the route closed, people stranded in the region are exposed to smuggling and                         trafficking, and a new route may open where preparedness is weakest. Co-operation between                         the operations, informal and ad hoc so far, should become a formal channel: regular exchange                         of monitoring findings across each border, and a regional report each half-year."""));
        report = reports.submit(coordinator, report.id(), report.version());
        return List.of("regional report in review: " + report.title());
    }

    /**
     * Writes the report's sections in their order: a heading and its Markdown for each section of the template, the
     * kind kept (a narrative stays narrative, a generated section stays generated, with the text as its
     * introduction).
     */
    private ReportView write(CorridorUser author, ReportView report, List<String> headingsAndTexts) {
        List<SectionView> sections = report.sections();
        if (sections.size() * 2 != headingsAndTexts.size()) {
            throw new IllegalStateException("The " + report.type() + " template has " + sections.size()
                    + " sections, the scenario writes " + headingsAndTexts.size() / 2);
        }
        List<SectionDraft> written = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            SectionView section = sections.get(i);
            String text = headingsAndTexts.get(2 * i + 1);
            written.add(new SectionDraft(section.id(), section.kind(), headingsAndTexts.get(2 * i),
                    text.isBlank() && section.kind() != SectionKind.NARRATIVE ? null : text));
        }
        return reports.change(author, report.id(), report.version(), new ReportDraft(report.operationId(),
                report.type(), report.title(), report.periodFrom(), report.periodTo(), report.level(),
                report.authorIds()), written);
    }

    private static UUID section(ReportView report, String heading) {
        return report.sections().stream().filter(s -> s.heading().equals(heading)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No section " + heading)).id();
    }

    /** Transmitted to the Permanent Council in Vienna: the Secretariat and the delegations. */
    private static List<Recipient> toPermanentCouncil() {
        return List.of(new Recipient(RecipientKind.SECRETARIAT, null, null),
                new Recipient(RecipientKind.DELEGATIONS, null, null));
    }

    private UUID operation(String code) {
        return directory.operationByCode(code).orElseThrow().id();
    }
}

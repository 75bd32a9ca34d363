package org.corridor.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.activities.Activities;
import org.corridor.activities.Activity;
import org.corridor.activities.ActivityDraft;
import org.corridor.activities.ActivityDraft.Document;
import org.corridor.activities.ActivityDraft.Partner;
import org.corridor.activities.ActivityFilter;
import org.corridor.activities.ActivityKind;
import org.corridor.activities.ActivityStatus;
import org.corridor.activities.CapacityEventDraft;
import org.corridor.activities.CapacityEventDraft.Participants;
import org.corridor.activities.Funding;
import org.corridor.activities.PartnerRole;
import org.corridor.activities.TargetGroup;
import org.corridor.directory.Dimension;
import org.corridor.directory.Directory;
import org.corridor.directory.LocationSummary;
import org.corridor.directory.OrganisationSummary;
import org.corridor.directory.ResponseArea;
import org.springframework.stereotype.Component;

/**
 * The article's activities as a 4W registry: every activity, project and training the field
 * operations ran in response to the crisis, in the response area of the article's section that names
 * it, with the partners and participant numbers it gives. Where the article gives only a month, the
 * activity runs the whole month; where it gives a total of several groups of trainees ("more than 50
 * judges, prosecutors and law-enforcement officers"), the split between the groups is the demo's and
 * the total is the article's. Activities the article credits to "the field missions in the region"
 * without naming one are recorded for the mission named nearest to them; a centre between two
 * countries, for the first one named. What the article says did not happen stays empty, so the 4W
 * matrix shows real gaps: no awareness raising in Macedonia, Albania, Kosovo or Montenegro, no
 * research in Macedonia. The OSCE's own bodies (Parliamentary Assembly, the Athens event) are not
 * field operations and are left out.
 */
@Component
class ActivityScenario {

    private final Directory directory;
    private final Activities activities;

    ActivityScenario(Directory directory, Activities activities) {
        this.directory = directory;
        this.activities = activities;
    }

    /** Nothing of the activity scenario exists yet: Skopje has no activity. */
    boolean missing(CorridorUser skopjeOfficer) {
        return activities.list(skopjeOfficer, ActivityFilter.none(), 0, 1).totalItems() == 0;
    }

    List<String> load(CorridorUser skopjeOfficer, CorridorUser serbiaOfficer, CorridorUser bihOfficer,
            CorridorUser kosovoOfficer, CorridorUser albaniaOfficer, CorridorUser montenegroOfficer) {
        List<String> added = new ArrayList<>();
        serbia(serbiaOfficer, added);
        skopje(skopjeOfficer, added);
        bosniaAndHerzegovina(bihOfficer, added);
        kosovo(kosovoOfficer, added);
        albania(albaniaOfficer, added);
        montenegro(montenegroOfficer, added);
        return added;
    }

    private void serbia(CorridorUser officer, List<String> added) {
        UUID serbia = operation("serbia");
        new Entry(serbia, ResponseArea.MONITORING, "Monitoring of the southern border from the Bujanovac office")
                .about("More intense monitoring of the border with Macedonia from the office in south Serbia; found "
                        + "border checkpoints understaffed, exposed to corruption and lacking equipment.")
                .dimensions(Dimension.POLITICO_MILITARY, Dimension.HUMAN).runs(ActivityStatus.ONGOING, "2015-08-01", null)
                .at("RS-BUJANOVAC", "RS-PRESEVO").level(DistributionLevel.OSCE).record(officer, added);
        new Entry(serbia, ResponseArea.REPORTING_AND_LIAISON, "Background report on the migration crisis")
                .about("Baseline analysis of the situation in Serbia, the host country's responses, regional "
                        + "implications and threats, and the Mission's activities so far; sent to the Permanent Council.")
                .dimensions(Dimension.POLITICO_MILITARY, Dimension.HUMAN).runs(ActivityStatus.COMPLETED, "2016-01-04", "2016-03-31")
                .document("Background Report. Baseline analysis, project and non-project activities in the field of migration",
                        "SEC.FR/230/16")
                .level(DistributionLevel.PARTICIPATING_STATES).record(officer, added);
        new Entry(serbia, ResponseArea.REPORTING_AND_LIAISON, "Spot report on the incidents at Horgoš")
                .about("Raised the Permanent Council's awareness of the clashes at the border with Hungary.")
                .dimensions(Dimension.POLITICO_MILITARY).runs(ActivityStatus.COMPLETED, "2015-09-16", "2015-09-18")
                .at("RS-HORGOS-BCP").level(DistributionLevel.PARTICIPATING_STATES).record(officer, added);
        new Entry(serbia, ResponseArea.REPORTING_AND_LIAISON,
                "Regular briefings of UNHCR, other UN agencies and the EU on the migration crisis")
                .about("The Mission attends; UNHCR plays the leading role.").runs(ActivityStatus.ONGOING, "2015-09-01", null)
                .partner("UNHCR", PartnerRole.IMPLEMENTING).partner("EU", PartnerRole.SUPPORTING)
                .level(DistributionLevel.OSCE).record(officer, added);
        new Entry(serbia, ResponseArea.REPORTING_AND_LIAISON,
                "Joint visit of the Heads of the Missions to Serbia and Skopje to Preševo and Tabanovce")
                .about("To observe migrant management procedures and discuss further co-operation; part of the "
                        + "enhanced information-sharing between the two field operations.")
                .dimensions(Dimension.POLITICO_MILITARY).runs(ActivityStatus.COMPLETED, "2015-11-18", "2015-11-18")
                .at("RS-PRESEVO-OSC", "MK-TABANOVCE-TC").level(DistributionLevel.OSCE).record(officer, added);
        new Entry(serbia, ResponseArea.HUMAN_RIGHTS,
                "Workshops on migration and international human rights law in the regional network of CSOs")
                .about("Supported by the OSCE field missions in the region within the network of civil society "
                        + "organisations working on human rights protection, created in 2010.")
                .runs(ActivityStatus.ONGOING, "2015-11-01", null).record(officer, added);
        new Entry(serbia, ResponseArea.HUMAN_RIGHTS, "English translation of \"Human Rights in Serbia 2015\"")
                .about("The Belgrade Centre for Human Rights' report, which assesses Serbia's compliance with "
                        + "international standards on the treatment of asylum seekers.")
                .runs(ActivityStatus.COMPLETED, "2016-01-01", "2016-04-30").partner("BCHR", PartnerRole.IMPLEMENTING)
                .document("Human Rights in Serbia 2015",
                        "http://www.bgcentar.org.rs/bgcentar/eng-lat/wp-content/uploads/2013/04/Human-Rights-in-Serbia-2015.pdf")
                .level(DistributionLevel.PUBLIC).record(officer, added);
        new Entry(serbia, ResponseArea.HUMAN_RIGHTS,
                "International conference of ombudspersons and national human rights institutions")
                .about("Ombudspersons from the Mediterranean, the Western Balkans and other European regions; "
                        + "adopted a joint declaration.")
                .runs(ActivityStatus.COMPLETED, "2015-11-01", "2015-11-30").at("RS-BELGRADE")
                .document("Declaration on the Protection and Promotion of the Rights of Refugees and Migrants",
                        "http://www.enhri.org/Asylum-and-Migration")
                .level(DistributionLevel.PUBLIC).record(officer, added);
        new Entry(serbia, ResponseArea.AWARENESS_RAISING, "A positive attitude towards migrants and refugees in south Serbia")
                .about("With civil society in south Serbia, to promote a positive attitude among the local population.")
                .runs(ActivityStatus.ONGOING, "2015-09-01", null).at("RS-PRESEVO")
                .partner("Preševo Youth Office", PartnerRole.IMPLEMENTING).record(officer, added);
        new Entry(serbia, ResponseArea.AWARENESS_RAISING, "Titulli: articles and photo galleries on migration")
                .about("Content for a series of articles and photo galleries on migration-related topics in the "
                        + "independent, bilingual, online local media outlet in South Serbia; very well received.")
                .runs(ActivityStatus.COMPLETED, "2015-11-01", "2015-12-31").partner("Titulli", PartnerRole.IMPLEMENTING)
                .level(DistributionLevel.PUBLIC).record(officer, added);
        new Entry(serbia, ResponseArea.LOCAL_GOVERNANCE_AND_CIVIL_SOCIETY,
                "Traffic-management solutions for local administrations under migration pressure")
                .about("Facilitating dialogue among local authorities and UNHCR.")
                .dimensions(Dimension.ECONOMIC_ENVIRONMENTAL, Dimension.HUMAN).runs(ActivityStatus.ONGOING, "2015-09-01", null)
                .partner("UNHCR", PartnerRole.SUPPORTING).record(officer, added);
        new Entry(serbia, ResponseArea.POLICING_AND_MIGRATION_CRIME, "Mobile Police Station")
                .about("Extra-budgetary project supporting communities with assistance and training for local police.")
                .dimensions(Dimension.POLITICO_MILITARY).project().extraBudgetary()
                .runs(ActivityStatus.COMPLETED, "2015-06-01", "2016-06-30")
                .partner("MUP", PartnerRole.BENEFICIARY_INSTITUTION).record(officer, added);
        new Entry(serbia, ResponseArea.POLICING_AND_MIGRATION_CRIME,
                "Workshop on crimes related to irregular migration in the Western Balkans")
                .dimensions(Dimension.POLITICO_MILITARY).runs(ActivityStatus.COMPLETED, "2015-11-01", "2015-11-30")
                .partner("IOM", PartnerRole.IMPLEMENTING).partner("UNODC", PartnerRole.IMPLEMENTING).record(officer, added);
        new Entry(serbia, ResponseArea.POLICING_AND_MIGRATION_CRIME,
                "Ministry of the Interior at the regional law-enforcement meeting in Skopje")
                .about("Supported the participation of the Ministry's representatives in a regional meeting on "
                        + "transnational organised crime, including migrant smuggling.")
                .dimensions(Dimension.POLITICO_MILITARY).runs(ActivityStatus.COMPLETED, "2015-12-01", "2015-12-31")
                .at("MK-SKOPJE").partner("MUP", PartnerRole.BENEFICIARY_INSTITUTION).record(officer, added);
        new Entry(serbia, ResponseArea.POLICING_AND_MIGRATION_CRIME,
                "Regional meetings of police officers on migration-related crime and trafficking")
                .about("Launched by Hungary, joined by Serbia and Macedonia, supported with the Mission to Skopje; "
                        + "widened in scope and institutionalised as a regional platform giving logistical and technical "
                        + "assistance to law-enforcement meetings on operational issues.")
                .dimensions(Dimension.POLITICO_MILITARY).runs(ActivityStatus.ONGOING, "2016-04-01", null)
                .partner("MUP", PartnerRole.BENEFICIARY_INSTITUTION).record(officer, added);
        new Entry(serbia, ResponseArea.RESEARCH, "Consultative meetings for research on new technologies in migration")
                .about("Logistical support for Professor Mark Latonero's research: a series of consultative meetings "
                        + "with key actors in Serbia.")
                .runs(ActivityStatus.COMPLETED, "2015-11-01", "2015-11-30").record(officer, added);
    }

    private void skopje(CorridorUser officer, List<String> added) {
        UUID skopje = operation("skopje");
        new Entry(skopje, ResponseArea.MONITORING, "Border monitoring by police-development and monitoring teams")
                .about("Weekly visits to the border areas at first; from November 2015 a police-development team at "
                        + "Gevgelija three to four times a week, two teams from March 2016, fewer visits from May 2016.")
                .dimensions(Dimension.POLITICO_MILITARY, Dimension.HUMAN).runs(ActivityStatus.ONGOING, "2015-08-01", null)
                .at("MK-GEVGELIJA-BCP", "MK-TABANOVCE-BCP").level(DistributionLevel.OSCE).record(officer, added);
        new Entry(skopje, ResponseArea.MONITORING, "Office in the Gevgelija transit centre")
                .about("A container installed in the camp, to facilitate monitoring.")
                .dimensions(Dimension.POLITICO_MILITARY).runs(ActivityStatus.ONGOING, "2016-06-01", null)
                .at("MK-GEVGELIJA-TC").level(DistributionLevel.OSCE).record(officer, added);
        new Entry(skopje, ResponseArea.REPORTING_AND_LIAISON, "Update on activities in the area of the migrant and refugee crisis")
                .about("Background report with a timeline of migration-related events in the country and the "
                        + "Mission's activities in anti-trafficking, monitoring and policing.")
                .dimensions(Dimension.POLITICO_MILITARY, Dimension.HUMAN).runs(ActivityStatus.COMPLETED, "2016-05-01", "2016-06-10")
                .document("Update on Activities in the Area of Migrant/Refugee Crisis", "SEC.FR/444/16/Rev.1")
                .level(DistributionLevel.PARTICIPATING_STATES).record(officer, added);
        new Entry(skopje, ResponseArea.REPORTING_AND_LIAISON, "Report on migration-related trafficking in human beings")
                .about("Based on joint research with the Macedonian police in Tabanovce.")
                .runs(ActivityStatus.COMPLETED, "2016-05-01", "2016-05-31").at("MK-TABANOVCE")
                .partner("MVR", PartnerRole.SUPPORTING).level(DistributionLevel.PARTICIPATING_STATES).record(officer, added);
        new Entry(skopje, ResponseArea.REPORTING_AND_LIAISON, "Briefing of the Visegrád countries' police representatives")
                .about("One of the parallel briefings on the missions' reports, as the Balkan route was being closed.")
                .dimensions(Dimension.POLITICO_MILITARY).runs(ActivityStatus.COMPLETED, "2016-02-01", "2016-02-29")
                .level(DistributionLevel.OSCE).record(officer, added);
        new Entry(skopje, ResponseArea.REPORTING_AND_LIAISON,
                "Weekly meetings with the government, UN agencies and NGOs on the crisis")
                .about("Attended by the migration focal point and other officers.")
                .runs(ActivityStatus.ONGOING, "2015-09-02", null).partner("MVR", PartnerRole.SUPPORTING)
                .partner("UNHCR", PartnerRole.SUPPORTING).partner("UNICEF", PartnerRole.SUPPORTING)
                .partner("Save the Children", PartnerRole.SUPPORTING)
                .partner("Red Cross of the Republic of North Macedonia", PartnerRole.SUPPORTING)
                .partner("MYLA", PartnerRole.SUPPORTING).level(DistributionLevel.OSCE).record(officer, added);
        new Entry(skopje, ResponseArea.HUMAN_RIGHTS,
                "Expert conference \"Safeguarding Rights of Asylum Seekers, Refugees and Other Persons in Need\"")
                .about("Two days in Warsaw, organised by ODIHR with the help of the field missions in the region, "
                        + "on good practices in the treatment of asylum seekers.")
                .runs(ActivityStatus.COMPLETED, "2015-11-12", "2015-11-13").partner("ODIHR", PartnerRole.IMPLEMENTING)
                .record(officer, added);

        Activity frontline = new Entry(skopje, ResponseArea.LOCAL_GOVERNANCE_AND_CIVIL_SOCIETY,
                "Early identification of victims by frontline workers")
                .about("60 social workers and NGO activists, deployed at border entry points and transit centres, "
                        + "trained to identify victims early among high-risk groups: unaccompanied minors, migrants, "
                        + "refugees, asylum seekers, victims of violence.")
                .runs(ActivityStatus.ONGOING, "2016-01-01", "2016-12-31").at("MK-GEVGELIJA-TC", "MK-TABANOVCE-TC")
                .record(officer, added);
        event(officer, frontline, "2016-04-11", "2016-04-13", "MK-GEVGELIJA", "Identification of victims in mixed flows",
                Participants.of(TargetGroup.SOCIAL_WORKERS, 20, 19),
                Participants.of(TargetGroup.NGO_ACTIVISTS, 10, 11));
        event(officer, frontline, "2016-11-07", "2016-11-09", "MK-TABANOVCE", "Identification of victims in mixed flows",
                Participants.of(TargetGroup.SOCIAL_WORKERS, 20, null), Participants.of(TargetGroup.NGO_ACTIVISTS, 10, null));
        added.add("the frontline workers' trainings (60)");

        Activity legalAid = new Entry(skopje, ResponseArea.LOCAL_GOVERNANCE_AND_CIVIL_SOCIETY,
                "Access to justice and free legal aid for victims of trafficking")
                .about("Multi-year project: nearly 20 lawyers trained to represent victims and give free legal aid, "
                        + "with hands-on experience in ongoing cases of trafficking and smuggling.")
                .project().runs(ActivityStatus.ONGOING, "2016-01-01", "2017-12-31").record(officer, added);
        event(officer, legalAid, "2016-10-17", "2016-10-19", "MK-SKOPJE", "Representing victims of trafficking",
                Participants.of(TargetGroup.LAWYERS, 19, null));

        Activity professionals = new Entry(skopje, ResponseArea.LOCAL_GOVERNANCE_AND_CIVIL_SOCIETY,
                "Trafficking, smuggling and the non-punishment of victims: training of professionals")
                .about("More than 50 judges, prosecutors and law-enforcement officers.")
                .dimensions(Dimension.HUMAN, Dimension.POLITICO_MILITARY)
                .runs(ActivityStatus.COMPLETED, "2015-06-01", "2015-07-31").record(officer, added);
        event(officer, professionals, "2015-06-22", "2015-06-24", "MK-SKOPJE", "Non-punishment of victims of trafficking",
                Participants.of(TargetGroup.JUDGES, 12, 13),
                Participants.of(TargetGroup.PROSECUTORS, 12, 12));
        event(officer, professionals, "2015-07-13", "2015-07-15", "MK-SKOPJE", "Cases of trafficking and smuggling",
                Participants.of(TargetGroup.JUDGES, 6, 5),
                Participants.of(TargetGroup.PROSECUTORS, 6, 6),
                Participants.of(TargetGroup.POLICE, 14, 17));

        Activity borderPolice = new Entry(skopje, ResponseArea.POLICING_AND_MIGRATION_CRIME,
                "Border police training on organised crime and transnational threats")
                .about("More than 100 police officers, mainly from the border police; courses from May 2015 to March "
                        + "2016 with international partners, including anti-trafficking and anti-smuggling work.")
                .dimensions(Dimension.POLITICO_MILITARY).runs(ActivityStatus.ONGOING, "2015-05-01", null)
                .partner("MVR", PartnerRole.BENEFICIARY_INSTITUTION).record(officer, added);
        event(officer, borderPolice, "2015-05-18", "2015-05-22", "MK-GEVGELIJA", "Profiling and searching tactics",
                Participants.of(TargetGroup.BORDER_POLICE, 25, 24), Participants.of(TargetGroup.POLICE, 5, 6));
        event(officer, borderPolice, "2015-09-14", "2015-09-18", "MK-GEVGELIJA", "Green-border observation",
                Participants.of(TargetGroup.BORDER_POLICE, 25, 27));
        event(officer, borderPolice, "2015-12-07", "2015-12-09", "MK-SKOPJE", "Identification of falsified documents (basic)",
                Participants.of(TargetGroup.BORDER_POLICE, 25, 23), Participants.of(TargetGroup.POLICE, 5, 5));
        event(officer, borderPolice, "2016-03-14", "2016-03-16", "MK-SKOPJE", "Identification of falsified documents (advanced)",
                Participants.of(TargetGroup.BORDER_POLICE, 20, 19), Participants.of(TargetGroup.POLICE, 5, 4));

        Activity trafficking = new Entry(skopje, ResponseArea.POLICING_AND_MIGRATION_CRIME,
                "Combating trafficking in human beings along migration routes")
                .about("Two-year extra-budgetary initiative of the Special Representative and Co-ordinator for "
                        + "Combating Trafficking in Human Beings, supported by the Mission and other field presences: "
                        + "200 officials of the region learn to identify victims rapidly and prosecute traffickers.")
                .dimensions(Dimension.HUMAN, Dimension.POLITICO_MILITARY).project().extraBudgetary()
                .runs(ActivityStatus.ONGOING, "2016-06-01", "2018-05-31").partner("OSR/CTHB", PartnerRole.IMPLEMENTING)
                .record(officer, added);
        event(officer, trafficking, "2016-06-01", "2018-05-31", null, "Identifying victims and prosecuting traffickers",
                Participants.of(TargetGroup.OFFICIALS, 200, null));

        new Entry(skopje, ResponseArea.POLICING_AND_MIGRATION_CRIME, "Information exchange centre Macedonia–Montenegro")
                .about("Bilateral centre where law-enforcement officers of both countries meet.")
                .dimensions(Dimension.POLITICO_MILITARY).runs(ActivityStatus.COMPLETED, "2014-06-01", "2014-12-31")
                .partner("MVR", PartnerRole.BENEFICIARY_INSTITUTION).record(officer, added);
        new Entry(skopje, ResponseArea.POLICING_AND_MIGRATION_CRIME, "A common Greek–Macedonian contact centre")
                .about("Sought through various channels; not successful so far, owing to the naming issue.")
                .dimensions(Dimension.POLITICO_MILITARY).runs(ActivityStatus.ONGOING, "2015-10-01", null)
                .level(DistributionLevel.OPERATION).record(officer, added);
        new Entry(skopje, ResponseArea.POLICING_AND_MIGRATION_CRIME,
                "Regional meetings of police officers on migration-related crime (Skopje)")
                .about("Supported with the Mission to Serbia; the two missions pushed to widen and institutionalise them.")
                .dimensions(Dimension.POLITICO_MILITARY).runs(ActivityStatus.ONGOING, "2016-04-01", null)
                .partner("MVR", PartnerRole.BENEFICIARY_INSTITUTION).record(officer, added);
        new Entry(skopje, ResponseArea.POLICING_AND_MIGRATION_CRIME,
                "Bilateral meeting of Macedonian and Albanian law-enforcement authorities")
                .dimensions(Dimension.POLITICO_MILITARY).runs(ActivityStatus.COMPLETED, "2016-06-01", "2016-06-30")
                .partner("MVR", PartnerRole.BENEFICIARY_INSTITUTION).partner("ASP", PartnerRole.BENEFICIARY_INSTITUTION)
                .record(officer, added);
        new Entry(skopje, ResponseArea.POLICING_AND_MIGRATION_CRIME,
                "Regional meeting of national anti-trafficking co-ordinators on unaccompanied migrant minors")
                .runs(ActivityStatus.COMPLETED, "2016-05-01", "2016-05-31").record(officer, added);
        new Entry(skopje, ResponseArea.POLICING_AND_MIGRATION_CRIME,
                "Regional meeting of anti-trafficking national contact points and NGO representatives")
                .runs(ActivityStatus.COMPLETED, "2016-09-01", "2016-09-30").record(officer, added);
        new Entry(skopje, ResponseArea.POLICING_AND_MIGRATION_CRIME,
                "Regional meeting of the heads of law-enforcement departments of the Western Balkans and beyond")
                .dimensions(Dimension.POLITICO_MILITARY).runs(ActivityStatus.COMPLETED, "2016-10-01", "2016-10-31")
                .record(officer, added);
    }

    private void bosniaAndHerzegovina(CorridorUser officer, List<String> added) {
        UUID bih = operation("bih");
        new Entry(bih, ResponseArea.MONITORING, "Assessment of a possible change of the route towards the country")
                .about("At a distance, from the authorities' information and routine work; the Temporary Presences "
                        + "Mechanism stood ready.")
                .dimensions(Dimension.POLITICO_MILITARY).runs(ActivityStatus.COMPLETED, "2015-09-01", "2016-06-30")
                .at("BA-SARAJEVO").level(DistributionLevel.OSCE).record(officer, added);
        new Entry(bih, ResponseArea.MONITORING, "Research on the possible impact of the crisis in Brčko")
                .about("By the newly deployed human rights officer; meetings with local authorities found them unprepared.")
                .runs(ActivityStatus.COMPLETED, "2015-08-01", "2016-03-31").at("BA-BRCKO").level(DistributionLevel.OSCE).record(officer, added);
        new Entry(bih, ResponseArea.AWARENESS_RAISING, "Conference at the Faculty of Law in Banja Luka")
                .about("On Bosnia and Herzegovina's possible transformation from a country that exports migrants into "
                        + "one that welcomes them.")
                .runs(ActivityStatus.COMPLETED, "2016-05-01", "2016-05-31").at("BA-BANJA-LUKA")
                .record(officer, added);
        new Entry(bih, ResponseArea.AWARENESS_RAISING, "Dialogue with local communities through the coalitions against hate crime")
                .about("The Mission stands ready to ease tensions related to an influx of migrants through the 19 "
                        + "local coalitions against hate crime set up with the OSCE's support.")
                .runs(ActivityStatus.PLANNED, "2016-10-01", null).level(DistributionLevel.OSCE).record(officer, added);
        new Entry(bih, ResponseArea.POLICING_AND_MIGRATION_CRIME, "Training for the Brčko District Police")
                .about("Requested by the chief of police; not followed up, owing to the low numbers of migrants arriving.")
                .dimensions(Dimension.POLITICO_MILITARY).runs(ActivityStatus.CANCELLED, "2016-03-01", null).at("BA-BRCKO")
                .partner("Brčko District Police", PartnerRole.BENEFICIARY_INSTITUTION).level(DistributionLevel.OSCE).record(officer, added);
        new Entry(bih, ResponseArea.RESEARCH, "Support for research on the role of Salafist movements")
                .about("A need the Mission's 2015–2020 strategy on countering violent extremism identifies.")
                .dimensions(Dimension.POLITICO_MILITARY).runs(ActivityStatus.PLANNED, "2015-01-01", "2020-12-31")
                .outsideTheResponse().level(DistributionLevel.OPERATION).record(officer, added);
    }

    private void kosovo(CorridorUser officer, List<String> added) {
        UUID kosovo = operation("kosovo");
        new Entry(kosovo, ResponseArea.MONITORING, "Assessment of the authorities' preparedness for a shift of the route")
                .about("The authorities had conceived a kind of emergency plan; monitoring capacity was not reinforced.")
                .dimensions(Dimension.POLITICO_MILITARY).runs(ActivityStatus.COMPLETED, "2015-10-01", "2016-06-30")
                .at("XK-PRISTINA").level(DistributionLevel.OSCE).record(officer, added);
        new Entry(kosovo, ResponseArea.MONITORING, "Municipalities' reintegration of repatriated Kosovo migrants")
                .about("Routine monitoring of the reintegration of migrants returned after the 2014/2015 exodus; not a "
                        + "response to the crisis.")
                .runs(ActivityStatus.ONGOING, "2015-03-01", null).outsideTheResponse().level(DistributionLevel.OSCE)
                .record(officer, added);
        new Entry(kosovo, ResponseArea.POLICING_AND_MIGRATION_CRIME,
                "Trilateral information exchange centre Kosovo–Albania–Montenegro")
                .dimensions(Dimension.POLITICO_MILITARY).runs(ActivityStatus.PLANNED, "2017-01-01", null)
                .level(DistributionLevel.OSCE).record(officer, added);
    }

    private void albania(CorridorUser officer, List<String> added) {
        UUID albania = operation("albania");
        new Entry(albania, ResponseArea.MONITORING, "Attention to cross-border movements")
                .about("More attentive to cross-border movements after the route closed, without teams of monitors on "
                        + "the ground.")
                .dimensions(Dimension.POLITICO_MILITARY).runs(ActivityStatus.ONGOING, "2016-02-01", null)
                .level(DistributionLevel.OSCE).record(officer, added);
        new Entry(albania, ResponseArea.REPORTING_AND_LIAISON, "Strategic co-operation with the Mission to Skopje")
                .about("The Heads met in February 2016 on a possible influx to Albania and agreed to explore joint "
                        + "working-level meetings.")
                .dimensions(Dimension.POLITICO_MILITARY).runs(ActivityStatus.ONGOING, "2016-02-17", null)
                .level(DistributionLevel.OSCE).record(officer, added);
        new Entry(albania, ResponseArea.HUMAN_RIGHTS,
                "Conference \"Challenges for Ombudsman Institutions with respect to mixed migratory flows\"")
                .about("International conference of ombudspersons; adopted the Tirana Declaration on Migration, to be "
                        + "forwarded to the UN.")
                .runs(ActivityStatus.COMPLETED, "2016-09-01", "2016-09-30").at("AL-TIRANA")
                .document("Tirana Declaration on Migration", "Tirana, September 2016")
                .level(DistributionLevel.PUBLIC).record(officer, added);
        new Entry(albania, ResponseArea.POLICING_AND_MIGRATION_CRIME, "Computers for five border points")
                .about("To boost local officers' capacity to address a possible increase in migrants arriving.")
                .dimensions(Dimension.POLITICO_MILITARY).runs(ActivityStatus.COMPLETED, "2016-04-01", "2016-06-30")
                .partner("ASP", PartnerRole.BENEFICIARY_INSTITUTION).record(officer, added);
        new Entry(albania, ResponseArea.POLICING_AND_MIGRATION_CRIME,
                "Protection of children from trafficking, exploitation and irregular migration")
                .about("18-month project informing would-be emigrants of legal obligations, promoting children's "
                        + "vocational education in remote areas, and offering scholarships.")
                .project().runs(ActivityStatus.ONGOING, "2016-01-01", "2017-06-30").record(officer, added);
        new Entry(albania, ResponseArea.POLICING_AND_MIGRATION_CRIME, "Information exchange centre Albania–Kosovo")
                .about("Bilateral centre where law-enforcement officers of both sides meet.")
                .dimensions(Dimension.POLITICO_MILITARY).runs(ActivityStatus.COMPLETED, "2014-06-01", "2014-12-31")
                .partner("ASP", PartnerRole.BENEFICIARY_INSTITUTION).record(officer, added);
        new Entry(albania, ResponseArea.POLICING_AND_MIGRATION_CRIME,
                "Trilateral information exchange centre Albania–Greece–Italy")
                .dimensions(Dimension.POLITICO_MILITARY).runs(ActivityStatus.PLANNED, "2017-01-01", null)
                .level(DistributionLevel.OSCE).record(officer, added);
    }

    private void montenegro(CorridorUser officer, List<String> added) {
        UUID montenegro = operation("montenegro");
        new Entry(montenegro, ResponseArea.REPORTING_AND_LIAISON, "Regular meetings on the migration situation")
                .about("Information exchange with the international actors in the country, started when the Balkan "
                        + "route was closed.")
                .runs(ActivityStatus.ONGOING, "2016-04-06", null).at("ME-PODGORICA")
                .partner("UNHCR", PartnerRole.SUPPORTING).partner("IOM", PartnerRole.SUPPORTING).level(DistributionLevel.OSCE).record(officer, added);
        new Entry(montenegro, ResponseArea.POLICING_AND_MIGRATION_CRIME,
                "Workshop on irregular migration and migration-related crimes")
                .about("Initiated by the OSCE Secretariat, supported by IOM.")
                .dimensions(Dimension.POLITICO_MILITARY).runs(ActivityStatus.COMPLETED, "2016-09-01", "2016-09-30")
                .at("ME-PODGORICA").partner("OSCE Secretariat", PartnerRole.IMPLEMENTING)
                .partner("IOM", PartnerRole.SUPPORTING).record(officer, added);
    }

    private void event(CorridorUser officer, Activity activity, String from, String to, String locationCode,
            String topic, Participants... participants) {
        activities.createEvent(officer, new CapacityEventDraft(activity.id(), LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), locationCode == null ? null : location(locationCode), null, topic,
                List.of(participants)));
    }

    /**
     * One activity as the article describes it; the defaults are the common case (regular work, and, as the OSCE
     * publishes it in its annual reports, shared with the participating States). Internal work (monitoring,
     * briefings, assessments, plans) is marked OSCE; what is sensitive stays in the operation.
     */
    private final class Entry {
        private final UUID operation;
        private final ResponseArea area;
        private final String title;
        private String description;
        private Set<Dimension> dimensions = EnumSet.of(Dimension.HUMAN);
        private ActivityKind kind = ActivityKind.NON_PROJECT;
        private Funding funding;
        private String donor;
        private ActivityStatus status;
        private LocalDate startsOn;
        private LocalDate endsOn;
        private final List<UUID> locations = new ArrayList<>();
        private final List<Partner> partners = new ArrayList<>();
        private final List<Document> documents = new ArrayList<>();
        private DistributionLevel level = DistributionLevel.PARTICIPATING_STATES;
        private boolean migrationResponse = true;

        Entry(UUID operation, ResponseArea area, String title) {
            this.operation = operation;
            this.area = area;
            this.title = title;
        }

        Entry about(String text) {
            description = text;
            return this;
        }

        Entry dimensions(Dimension first, Dimension... more) {
            dimensions = EnumSet.of(first, more);
            return this;
        }

        Entry project() {
            kind = ActivityKind.PROJECT;
            return this;
        }

        /** The article names no donor of its extra-budgetary projects. */
        Entry extraBudgetary() {
            funding = Funding.EXTRA_BUDGETARY;
            donor = "Participating States' extra-budgetary contributions (not named in the source)";
            return this;
        }

        Entry runs(ActivityStatus status, String from, String to) {
            this.status = status;
            startsOn = LocalDate.parse(from);
            endsOn = to == null ? null : LocalDate.parse(to);
            return this;
        }

        Entry at(String... locationCodes) {
            for (String code : locationCodes) {
                locations.add(location(code));
            }
            return this;
        }

        Entry partner(String acronymOrName, PartnerRole role) {
            partners.add(new Partner(organisation(acronymOrName), role));
            return this;
        }

        Entry document(String documentTitle, String reference) {
            documents.add(new Document(documentTitle, reference));
            return this;
        }

        /** Regular work the article keeps apart from the response to the crisis: the matrix of the response leaves it out. */
        Entry outsideTheResponse() {
            migrationResponse = false;
            return this;
        }

        Entry level(DistributionLevel distributionLevel) {
            level = distributionLevel;
            return this;
        }

        Activity record(CorridorUser officer, List<String> added) {
            Activity activity = activities.create(officer, new ActivityDraft(operation, title, description, area,
                    dimensions, kind, funding, donor, null, status, startsOn, endsOn, locations, partners, documents,
                    level, migrationResponse));
            added.add("activity " + title);
            return activity;
        }
    }

    private UUID operation(String code) {
        return directory.operationByCode(code).orElseThrow().id();
    }

    private UUID location(String code) {
        return directory.locationByCode(code).map(LocationSummary::id)
                .orElseThrow(() -> new IllegalStateException("The directory lacks the location " + code));
    }

    private UUID organisation(String acronymOrName) {
        return directory.organisations().stream()
                .filter(o -> acronymOrName.equals(o.acronym()) || acronymOrName.equals(o.name()))
                .map(OrganisationSummary::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("The directory lacks the organisation " + acronymOrName));
    }
}

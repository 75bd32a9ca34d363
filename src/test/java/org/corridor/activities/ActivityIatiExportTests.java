package org.corridor.activities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.activities.Activities;
import org.corridor.activities.Activity;
import org.corridor.activities.ActivityDraft;
import org.corridor.activities.ActivityDraft.Partner;
import org.corridor.activities.ActivityKind;
import org.corridor.activities.ActivityStatus;
import org.corridor.activities.Funding;
import org.corridor.activities.PartnerRole;
import org.corridor.directory.Dimension;
import org.corridor.directory.Directory;
import org.corridor.directory.OrganisationSummary;
import org.corridor.directory.ResponseArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The IATI 2.03 export of the activity list: valid against the official schema, with IATI's codes. */
@CorridorTest
class ActivityIatiExportTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    Directory directory;

    @Autowired
    Activities activities;

    UUID skopje;
    CorridorUser officer;
    String word;

    @BeforeEach
    void officerOfSkopje() {
        skopje = region.operation("skopje");
        // Letters only, of one length, so that no test's word is the start of another's (search matches prefixes).
        word = "zq" + RegionFixture.tag() + "iati";
        officer = region.user("actiati", "Iati", Role.OFFICER, skopje);
    }

    @Test
    void exportOfEveryStatusWithPartnersAndLocationsValidatesAgainstTheIati203Schema() throws Exception {
        List<Activity> recorded = fourActivities();

        String xml = export(officer, word);

        validate(xml);
        assertThat(activities(parse(xml))).hasSize(recorded.size());
    }

    @Test
    void statusesTakeIatiCodesAndDatesAreActualOnlyOnceTheyHappened() throws Exception {
        fourActivities();

        Document doc = parse(export(officer, word));

        assertThat(statusAndDates(doc, "Planned " + word)).isEqualTo("1 1:2016-09-01 3:2017-02-28");
        assertThat(statusAndDates(doc, "Ongoing " + word)).isEqualTo("2 2:2016-01-01 3:2017-06-30");
        assertThat(statusAndDates(doc, "Completed " + word)).isEqualTo("3 2:2015-05-01 4:2016-03-31");
        assertThat(statusAndDates(doc, "Cancelled " + word)).isEqualTo("5 1:2016-04-01");
    }

    @Test
    void partnersTakeIatiRolesAndBeneficiariesAreLeftOut() throws Exception {
        fourActivities();

        Element ongoing = activity(parse(export(officer, word)), "Ongoing " + word);

        List<String> orgs = new ArrayList<>();
        NodeList nodes = ongoing.getElementsByTagName("participating-org");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element org = (Element) nodes.item(i);
            orgs.add(org.getAttribute("role") + " " + org.getTextContent().trim());
        }
        assertThat(orgs).containsExactlyInAnyOrder("1 Germany", "2 OSCE Mission to Skopje", "3 OSCE Mission to Skopje",
                "4 OSCE Mission to Skopje", "1 European Union", "4 International Organization for Migration",
                "4 United Nations Office on Drugs and Crime");
        assertThat(String.join(" ", orgs)).doesNotContain("Ministry of Internal Affairs");
    }

    @Test
    void identifierAreaCountryAndPointsComeFromTheRecordAndTheDirectory() throws Exception {
        Activity ongoing = fourActivities().get(1);

        Element element = activity(parse(export(officer, word)), "Ongoing " + word);

        assertThat(text(element, "iati-identifier")).isEqualTo("XI-IATI-OSCE-skopje-" + ongoing.id());
        assertThat(((Element) element.getElementsByTagName("recipient-country").item(0)).getAttribute("code"))
                .isEqualTo("MK");
        Element sector = (Element) element.getElementsByTagName("sector").item(0);
        assertThat(sector.getAttribute("vocabulary") + " " + sector.getAttribute("code") + " " + sector.getTextContent())
                .isEqualTo("99 POLICING_AND_MIGRATION_CRIME Policing and migration crime");
        NodeList points = element.getElementsByTagName("pos");
        assertThat(List.of(points.item(0).getTextContent(), points.item(1).getTextContent()))
                .containsExactlyInAnyOrder("41.1264 22.5092", "41.9961 21.4317");
        assertThat(((Element) element.getElementsByTagName("other-identifier").item(0)).getAttribute("ref"))
                .isEqualTo("MK-CTHB-" + word);
    }

    @Test
    void kosovoIsExportedAsXk() throws Exception {
        UUID kosovo = region.operation("kosovo");
        CorridorUser kosovoOfficer = region.user("actiati.xk", "Iati", Role.OFFICER, kosovo);
        activities.create(kosovoOfficer, draft(kosovo, "Reintegration monitoring " + word, ActivityStatus.ONGOING,
                ResponseArea.MONITORING, LocalDate.of(2015, 6, 1), null, null, List.of(), List.of()));

        String xml = export(kosovoOfficer, word);

        validate(xml);
        assertThat(((Element) parse(xml).getElementsByTagName("recipient-country").item(0)).getAttribute("code"))
                .isEqualTo("XK");
    }

    @Test
    void ampersandsAndAngleBracketsInTitlesAreEscapedAndCharactersXmlCannotCarryLeftOut() throws Exception {
        // A bell character pasted from another system: XML 1.0 has no way to write it, even escaped.
        String title = "Police & border <guards>\u0007 training " + word;
        activities.create(officer, draft(skopje, title, ActivityStatus.PLANNED, ResponseArea.POLICING_AND_MIGRATION_CRIME,
                LocalDate.of(2016, 5, 1), null, null, List.of(), List.of()));

        String xml = export(officer, word);

        validate(xml);
        assertThat(xml).contains("Police &amp; border &lt;guards&gt; training").doesNotContain("<guards>");
        assertThat(activity(parse(xml), title.replace("\u0007", ""))).isNotNull();
    }

    @Test
    void theListLinksTheIatiExportOfWhatItShows() throws Exception {
        String page = mvc.perform(get("/activities").param("q", word).with(user(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("href=\"/activities.iati.xml?q=" + word + "\"");
    }

    @Test
    void mappingsFollowTheIatiCodelists() {
        assertThat(IatiActivityFile.statusCode(ActivityStatus.PLANNED)).isEqualTo("1");
        assertThat(IatiActivityFile.statusCode(ActivityStatus.ONGOING)).isEqualTo("2");
        assertThat(IatiActivityFile.statusCode(ActivityStatus.COMPLETED)).isEqualTo("3");
        assertThat(IatiActivityFile.statusCode(ActivityStatus.CANCELLED)).isEqualTo("5");
        assertThat(IatiActivityFile.roleCode(PartnerRole.FUNDING)).contains("1");
        assertThat(IatiActivityFile.roleCode(PartnerRole.IMPLEMENTING)).contains("4");
        assertThat(IatiActivityFile.roleCode(PartnerRole.SUPPORTING)).contains("4");
        assertThat(IatiActivityFile.roleCode(PartnerRole.BENEFICIARY_INSTITUTION)).isEmpty();
    }

    /** One activity of each status; the ongoing one has partners of every role, a donor and two locations. */
    private List<Activity> fourActivities() {
        UUID bcp = region.place("MK-GEVGELIJA-BCP");
        UUID town = region.place("MK-SKOPJE");
        List<Partner> partners = List.of(new Partner(organisation("EU"), PartnerRole.FUNDING),
                new Partner(organisation("IOM"), PartnerRole.IMPLEMENTING),
                new Partner(organisation("UNODC"), PartnerRole.SUPPORTING),
                new Partner(organisation("MVR"), PartnerRole.BENEFICIARY_INSTITUTION));
        return List.of(
                activities.create(officer, draft(skopje, "Planned " + word, ActivityStatus.PLANNED,
                        ResponseArea.AWARENESS_RAISING, LocalDate.of(2016, 9, 1), LocalDate.of(2017, 2, 28), null,
                        List.of(town), List.of())),
                activities.create(officer, new ActivityDraft(skopje, "Ongoing " + word, "Border police training",
                        ResponseArea.POLICING_AND_MIGRATION_CRIME, Set.of(Dimension.POLITICO_MILITARY, Dimension.HUMAN),
                        ActivityKind.PROJECT, Funding.EXTRA_BUDGETARY, "Germany", "MK-CTHB-" + word,
                        ActivityStatus.ONGOING, LocalDate.of(2016, 1, 1), LocalDate.of(2017, 6, 30),
                        List.of(bcp, town), partners, List.of(), DistributionLevel.OPERATION)),
                activities.create(officer, draft(skopje, "Completed " + word, ActivityStatus.COMPLETED,
                        ResponseArea.HUMAN_RIGHTS, LocalDate.of(2015, 5, 1), LocalDate.of(2016, 3, 31),
                        Funding.UNIFIED_BUDGET, List.of(), List.of(new Partner(organisation("UNHCR"),
                                PartnerRole.SUPPORTING)))),
                activities.create(officer, draft(skopje, "Cancelled " + word, ActivityStatus.CANCELLED,
                        ResponseArea.RESEARCH, LocalDate.of(2016, 4, 1), null, null, List.of(), List.of())));
    }

    private static ActivityDraft draft(UUID operation, String title, ActivityStatus status, ResponseArea area,
            LocalDate from, LocalDate to, Funding funding, List<UUID> locations, List<Partner> partners) {
        return new ActivityDraft(operation, title, null, area, Set.of(Dimension.HUMAN), ActivityKind.NON_PROJECT,
                funding, null, null, status, from, to, locations, partners, List.of(), DistributionLevel.OPERATION);
    }

    private UUID organisation(String acronym) {
        return directory.organisations().stream().filter(o -> acronym.equals(o.acronym()))
                .map(OrganisationSummary::id).findFirst().orElseThrow();
    }

    private String export(CorridorUser user, String q) throws Exception {
        return mvc.perform(get("/activities.iati.xml").param("q", q).with(user(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static void validate(String xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        // The schema's parts lie beside it; nothing may be fetched from the network.
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar");
        Schema schema = factory.newSchema(ActivityIatiExportTests.class.getResource("/iati-2.03/iati-activities-schema.xsd"));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> activities(Document doc) {
        List<Element> all = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName("iati-activity");
        for (int i = 0; i < nodes.getLength(); i++) {
            all.add((Element) nodes.item(i));
        }
        return all;
    }

    private static Element activity(Document doc, String title) {
        return activities(doc).stream()
                .filter(a -> text((Element) a.getElementsByTagName("title").item(0), "narrative").equals(title))
                .findFirst().orElseThrow();
    }

    private static String statusAndDates(Document doc, String title) {
        Element activity = activity(doc, title);
        StringBuilder s = new StringBuilder(
                ((Element) activity.getElementsByTagName("activity-status").item(0)).getAttribute("code"));
        NodeList dates = activity.getElementsByTagName("activity-date");
        for (int i = 0; i < dates.getLength(); i++) {
            Element date = (Element) dates.item(i);
            s.append(' ').append(date.getAttribute("type")).append(':').append(date.getAttribute("iso-date"));
        }
        return s.toString();
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }
}

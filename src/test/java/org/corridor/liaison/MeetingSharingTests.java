package org.corridor.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Membership;
import org.corridor.accounts.RecordKind;
import org.corridor.accounts.Role;
import org.corridor.accounts.Sharing;
import org.corridor.accounts.SharingPolicy;
import org.corridor.accounts.UserAccounts;
import org.corridor.directory.Directory;
import org.corridor.liaison.ActionPointStatus;
import org.corridor.liaison.ActionPoints;
import org.corridor.liaison.ActionPoints.ActionPoint;
import org.corridor.liaison.ActionPoints.ActionPointDraft;
import org.corridor.liaison.Meeting;
import org.corridor.liaison.MeetingDraft;
import org.corridor.liaison.MeetingKind;
import org.corridor.liaison.MeetingSeries;
import org.corridor.liaison.MeetingSeries.Series;
import org.corridor.liaison.MeetingSeries.SeriesDraft;
import org.corridor.liaison.Meetings;
import org.corridor.liaison.Meetings.Contact;
import org.corridor.liaison.Meetings.MeetingFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12 for the liaison module: a meeting of Skopje with Serbia at each level is read, in every kind of read, by
 * exactly those the one read rule names; who-meets-whom counts meetings as figures without their text, and says
 * "not shared" where it may not count; buttons show only for those who may use them.
 */
@CorridorTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MeetingSharingTests {

    static final UUID UNHCR = UUID.fromString("783234c2-74cb-4153-8c09-cb6ebadc16b0");
    static final LocalDate FIRST = LocalDate.of(2014, 3, 10);
    static final LocalDate LAST = LocalDate.of(2014, 3, 13);

    @Autowired
    RegionFixture region;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Directory directory;

    @Autowired
    Meetings meetings;

    @Autowired
    MeetingSeries series;

    @Autowired
    ActionPoints actionPoints;

    @Autowired
    Sharing sharing;

    UUID skopje;
    UUID serbia;
    UUID albania;
    String tag;

    CorridorUser skopjeOfficer;
    /** The readers of the rule's table, by name. */
    final Map<String, CorridorUser> readers = new LinkedHashMap<>();
    final Map<String, String> tokens = new LinkedHashMap<>();
    final Map<DistributionLevel, Meeting> meetingAt = new EnumMap<>(DistributionLevel.class);
    final Map<DistributionLevel, Series> seriesAt = new EnumMap<>(DistributionLevel.class);
    final Map<DistributionLevel, ActionPoint> pointAt = new EnumMap<>(DistributionLevel.class);

    /** Who reads a record of Skopje, Serbia taking part, at each level. */
    static final Map<DistributionLevel, Set<String>> EXPECTED = Map.of(
            DistributionLevel.OPERATION, Set.of("skopje member", "serbia member (taking part)"),
            DistributionLevel.OSCE, Set.of("skopje member", "serbia member (taking part)", "albania member (third)",
                    "coordinator"),
            DistributionLevel.PARTICIPATING_STATES, Set.of("skopje member", "serbia member (taking part)",
                    "albania member (third)", "coordinator", "delegation reader"),
            DistributionLevel.PUBLIC, Set.of("skopje member", "serbia member (taking part)", "albania member (third)",
                    "coordinator", "delegation reader", "admin"));

    @BeforeAll
    void meetingsAtEachLevel() {
        skopje = region.operation("skopje");
        serbia = region.operation("serbia");
        albania = region.operation("albania");
        tag = org.corridor.RegionFixture.tag();
        skopjeOfficer = account(skopje, Role.OFFICER);
        readers.put("skopje member", account(skopje, Role.VIEWER));
        readers.put("serbia member (taking part)", account(serbia, Role.VIEWER));
        readers.put("albania member (third)", account(albania, Role.VIEWER));
        readers.put("coordinator", account(null, Role.REGIONAL_COORDINATOR));
        readers.put("delegation reader", account(null, Role.DELEGATION_READER));
        readers.put("admin", account(null, Role.ADMIN));
        readers.forEach((name, u) -> tokens.put(name, region.bearer(u)));
        int day = 0;
        for (DistributionLevel level : DistributionLevel.values()) {
            Meeting meeting = meetings.create(skopjeOfficer, new MeetingDraft(skopje, MeetingKind.COORDINATION,
                    title(level), FIRST.plusDays(day++), LocalTime.of(10, 0), LocalTime.of(11, 0), null, "Skopje",
                    null, List.of(serbia), List.of(UNHCR), List.of(), "Secret topic " + tag,
                    "Secret summary " + tag, List.of("Secret decision " + tag), level, true));
            meetingAt.put(level, meeting);
            pointAt.put(level, actionPoints.create(skopjeOfficer, new ActionPointDraft(meeting.id(), skopje,
                    "Secret action " + tag, null, null, LAST.plusYears(1), ActionPointStatus.OPEN)));
            seriesAt.put(level, series.create(skopjeOfficer, new SeriesDraft(skopje, MeetingKind.COORDINATION,
                    "Series " + tag + " " + level, DayOfWeek.MONDAY, LocalTime.of(9, 0), 60, LocalDate.of(2014, 6, 2),
                    LocalDate.of(2014, 6, 9), null, "Skopje", null, List.of(serbia), List.of(), level)));
        }
    }

    CorridorUser account(UUID operation, Role role) {
        return accounts.create("ms." + UUID.randomUUID().toString().substring(0, 8), "Reader " + role,
                "long-enough-password", List.of(new Membership(operation, role)));
    }

    String title(DistributionLevel level) {
        return "Sharing " + tag + " " + level;
    }

    /** For each reader, the levels whose record they read. */
    static Map<String, Set<DistributionLevel>> expectedLevels() {
        Map<String, Set<DistributionLevel>> byReader = new LinkedHashMap<>();
        EXPECTED.forEach((level, names) -> names.forEach(
                n -> byReader.computeIfAbsent(n, k -> new java.util.TreeSet<>()).add(level)));
        return byReader;
    }

    Set<DistributionLevel> levelsOf(List<UUID> ids, Map<DistributionLevel, UUID> byLevel) {
        return byLevel.entrySet().stream().filter(e -> ids.contains(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    Set<DistributionLevel> levelsNamed(String text, java.util.function.Function<DistributionLevel, String> name) {
        Set<DistributionLevel> found = new java.util.TreeSet<>();
        for (DistributionLevel level : DistributionLevel.values()) {
            if (text.contains(name.apply(level))) {
                found.add(level);
            }
        }
        return found;
    }

    Map<DistributionLevel, UUID> meetingIds() {
        Map<DistributionLevel, UUID> ids = new EnumMap<>(DistributionLevel.class);
        meetingAt.forEach((level, m) -> ids.put(level, m.id()));
        return ids;
    }

    @Test
    void eachLevelOfAMeetingIsReadInTheServiceExactlyByThoseTheRuleNames() {
        Map<DistributionLevel, UUID> ids = meetingIds();
        readers.forEach((name, reader) -> {
            Set<DistributionLevel> expected = expectedLevels().getOrDefault(name, Set.of());
            Set<DistributionLevel> found = new java.util.TreeSet<>();
            meetingAt.forEach((level, m) -> meetings.find(reader, m.id()).ifPresent(x -> found.add(level)));
            assertThat(found).as("detail, " + name).isEqualTo(expected);
            assertThat(levelsOf(meetings.list(reader, new MeetingFilter(null, null, null, FIRST, LAST), 0, 500).items()
                    .stream().map(Meeting::id).toList(), ids)).as("list, " + name).isEqualTo(expected);
            assertThat(levelsOf(meetings.between(reader, null, FIRST, LAST).stream().map(Meeting::id).toList(), ids))
                    .as("calendar, " + name).isEqualTo(expected);
        });
    }

    @Test
    void eachLevelOfASeriesAndItsMeetingsIsReadExactlyByThoseTheRuleNames() {
        Map<DistributionLevel, UUID> ids = new EnumMap<>(DistributionLevel.class);
        seriesAt.forEach((level, s) -> ids.put(level, s.id()));
        readers.forEach((name, reader) -> {
            Set<DistributionLevel> expected = expectedLevels().getOrDefault(name, Set.of());
            Set<DistributionLevel> found = new java.util.TreeSet<>();
            Set<DistributionLevel> withMeetings = new java.util.TreeSet<>();
            seriesAt.forEach((level, s) -> {
                series.find(reader, s.id()).ifPresent(x -> found.add(level));
                if (!series.occurrences(reader, s).isEmpty()) {
                    withMeetings.add(level);
                }
            });
            assertThat(found).as("series detail, " + name).isEqualTo(expected);
            assertThat(withMeetings).as("series meetings, " + name).isEqualTo(expected);
            assertThat(levelsOf(series.list(reader, skopje, 0, 1000).items().stream().map(Series::id).toList(), ids))
                    .as("series list, " + name).isEqualTo(expected);
        });
    }

    @Test
    void eachLevelOfAnActionPointIsReadAsItsMeetingIs() {
        Map<DistributionLevel, UUID> ids = new EnumMap<>(DistributionLevel.class);
        pointAt.forEach((level, p) -> ids.put(level, p.id()));
        readers.forEach((name, reader) -> {
            Set<DistributionLevel> expected = expectedLevels().getOrDefault(name, Set.of());
            Set<DistributionLevel> found = new java.util.TreeSet<>();
            pointAt.forEach((level, p) -> actionPoints.find(reader, p.id()).ifPresent(x -> found.add(level)));
            assertThat(found).as("action point, " + name).isEqualTo(expected);
            assertThat(levelsOf(actionPoints.openOf(reader, skopje, meetings.today()).stream().map(ActionPoint::id)
                    .toList(), ids)).as("open action points, " + name).isEqualTo(expected);
            assertThat(levelsOf(actionPoints.list(reader, skopje, null, 0, 1000).items().stream()
                    .map(ActionPoint::id).toList(), ids)).as("action points (API), " + name).isEqualTo(expected);
        });
    }

    @Test
    void myActionPointsAreThoseOfMeetingsIStillRead() {
        CorridorUser leaving = account(skopje, Role.OFFICER);
        List<UUID> mine = new ArrayList<>();
        meetingAt.values().forEach(m -> mine.add(actionPoints.create(leaving, new ActionPointDraft(m.id(), skopje,
                "Mine " + tag, null, leaving.id(), LAST, ActionPointStatus.OPEN)).id()));
        assertThat(actionPoints.mine(leaving, meetings.today())).extracting(ActionPoint::id)
                .containsExactlyInAnyOrderElementsOf(mine);

        accounts.removeMembership(leaving.id(), new Membership(skopje, Role.OFFICER));
        CorridorUser left = accounts.findByUsername(leaving.getUsername()).orElseThrow();

        assertThat(actionPoints.mine(left, meetings.today())).as("signed in, no longer a member: the public one only")
                .extracting(ActionPoint::meetingId).containsExactly(meetingAt.get(DistributionLevel.PUBLIC).id());
    }

    @Test
    void eachPageExportAndApiShowsEachLevelExactlyToThoseTheRuleNames() throws Exception {
        for (Map.Entry<String, CorridorUser> entry : readers.entrySet()) {
            String name = entry.getKey();
            CorridorUser reader = entry.getValue();
            Set<DistributionLevel> expected = expectedLevels().getOrDefault(name, Set.of());
            String range = "?from=" + FIRST + "&to=" + LAST;
            assertThat(levelsNamed(page("/liaison/meetings" + range, reader), this::title))
                    .as("meeting list, " + name).isEqualTo(expected);
            assertThat(levelsNamed(page("/liaison/meetings.csv" + range, reader), this::title))
                    .as("CSV export, " + name).isEqualTo(expected);
            assertThat(levelsNamed(page("/liaison/calendar?month=2014-03", reader), this::title))
                    .as("calendar, " + name).isEqualTo(expected);
            assertThat(levelsNamed(api("/api/v1/meetings" + range + "&size=200", name), this::title))
                    .as("API list, " + name).isEqualTo(expected);
            assertThat(levelsNamed(api("/api/v1/meeting-series?operation=" + skopje + "&size=500", name),
                    l -> "Series " + tag + " " + l)).as("API series list, " + name).isEqualTo(expected);
            int xlsxStatus = mvc.perform(get("/liaison/meetings.xlsx" + range).with(user(reader))).andReturn()
                    .getResponse().getStatus();
            assertThat(xlsxStatus).as("XLSX export, " + name).isEqualTo(200);
            for (DistributionLevel level : DistributionLevel.values()) {
                int shown = expected.contains(level) ? 200 : 404;
                assertThat(statusOf("/liaison/meetings/" + meetingAt.get(level).id(), reader))
                        .as("meeting page at " + level + ", " + name).isEqualTo(shown);
                assertThat(statusOf("/liaison/series/" + seriesAt.get(level).id(), reader))
                        .as("series page at " + level + ", " + name).isEqualTo(shown);
                assertThat(apiStatus("/api/v1/meetings/" + meetingAt.get(level).id(), name))
                        .as("API meeting at " + level + ", " + name).isEqualTo(shown);
                assertThat(apiStatus("/api/v1/meeting-series/" + seriesAt.get(level).id(), name))
                        .as("API series at " + level + ", " + name).isEqualTo(shown);
                assertThat(apiStatus("/api/v1/action-points/" + pointAt.get(level).id(), name))
                        .as("API action point at " + level + ", " + name).isEqualTo(shown);
            }
        }
    }

    @Test
    void theXlsxExportHoldsExactlyTheMeetingsTheReaderMayRead() throws Exception {
        for (Map.Entry<String, CorridorUser> entry : readers.entrySet()) {
            byte[] bytes = mvc.perform(get("/liaison/meetings.xlsx?from=" + FIRST + "&to=" + LAST)
                    .with(user(entry.getValue()))).andReturn().getResponse().getContentAsByteArray();
            StringBuilder cells = new StringBuilder();
            try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
                book.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('\n')));
            }
            assertThat(levelsNamed(cells.toString(), this::title)).as("XLSX, " + entry.getKey())
                    .isEqualTo(expectedLevels().getOrDefault(entry.getKey(), Set.of()));
        }
    }

    @Test
    void theCoordinatorCountsSkopjesInternalMeetingsInWhoMeetsWhomWithoutTheirText() throws Exception {
        CorridorUser coordinator = readers.get("coordinator");
        Meetings.Contacts contacts = meetings.contacts(coordinator, FIRST, LAST);
        assertThat(contacts.organisations()).as("all four levels, the internal meeting too")
                .contains(new Contact(skopje, UNHCR, 4), new Contact(serbia, UNHCR, 4));
        assertThat(contacts.operations()).contains(new Contact(skopje, serbia, 4), new Contact(serbia, skopje, 4));
        assertThat(meetings.find(coordinator, meetingAt.get(DistributionLevel.OPERATION).id())).as("not its record")
                .isEmpty();

        String page = page("/liaison/who-meets-whom?from=" + FIRST + "&to=" + LAST, coordinator);
        assertThat(page).contains("UNHCR").doesNotContain("Secret topic", "Secret summary", "Secret decision",
                "Secret action", tag).doesNotContain("does not share these figures");
    }

    @Test
    void aDelegationReaderCountsOnlyWhatIsSharedWithThemAndIsToldTheFiguresAreNotShared() throws Exception {
        CorridorUser delegation = readers.get("delegation reader");
        assertThat(meetings.contacts(delegation, FIRST, LAST).organisations())
                .contains(new Contact(skopje, UNHCR, 2));
        String skopjeName = directory.operationByCode("skopje").orElseThrow().name();
        String page = page("/liaison/who-meets-whom?from=" + FIRST + "&to=" + LAST, delegation);
        assertThat(page).contains(html(skopjeName) + " does not share these figures with you.")
                .doesNotContain("Secret", "No meetings in this period.");

        assertThat(meetings.contacts(readers.get("admin"), FIRST, LAST).organisations())
                .contains(new Contact(skopje, UNHCR, 1));

        // A period in which nothing is shared with them: "not shared", never "no meetings".
        String empty = page("/liaison/who-meets-whom?from=1990-01-01&to=1990-01-31", delegation);
        assertThat(empty).contains("Not shared with you").doesNotContain("No meetings in this period.");
    }

    @Test
    void anOperationWhoseHeadKeepsItsFiguresInsideIsNotSharedAndItsNewMeetingsStartAtTheHeadsLevel()
            throws Exception {
        UUID montenegro = region.operation("montenegro");
        String montenegroName = directory.operationByCode("montenegro").orElseThrow().name();
        CorridorUser head = account(montenegro, Role.HEAD_OF_OPERATION);
        CorridorUser officer = account(montenegro, Role.OFFICER);
        SharingPolicy before = sharing.policyOf(montenegro);
        SharingPolicy changed = sharing.change(head, new SharingPolicy(montenegro, DistributionLevel.OPERATION,
                Map.of(RecordKind.MEETING, DistributionLevel.PARTICIPATING_STATES), before.version()));
        try {
            LocalDate day = LocalDate.of(1991, 5, 6);
            Meeting meeting = meetings.create(officer, new MeetingDraft(montenegro, MeetingKind.COORDINATION,
                    "Podgorica " + tag, day, LocalTime.of(10, 0), LocalTime.of(11, 0), null, "Podgorica", null,
                    List.of(), List.of(UNHCR), List.of(), "Secret topic " + tag, null, List.of(), null, true));
            assertThat(meeting.distributionLevel()).as("the head's default for meetings")
                    .isEqualTo(DistributionLevel.PARTICIPATING_STATES);
            assertThat(page("/liaison/meetings/new", officer)).containsPattern(
                    "value=\"PARTICIPATING_STATES\"[^>]*checked|checked[^>]*value=\"PARTICIPATING_STATES\"");
            assertThat(page("/liaison/series/new", officer)).containsPattern(
                    "value=\"PARTICIPATING_STATES\"[^>]*checked|checked[^>]*value=\"PARTICIPATING_STATES\"");

            CorridorUser albanian = readers.get("albania member (third)");
            assertThat(meetings.contacts(albanian, day, day).organisations()).as("PARTICIPATING_STATES: read")
                    .contains(new Contact(montenegro, UNHCR, 1));
            meetings.update(officer, meeting.id(), meeting.version(), new MeetingDraft(montenegro,
                    MeetingKind.COORDINATION, "Podgorica " + tag, day, LocalTime.of(10, 0), LocalTime.of(11, 0), null,
                    "Podgorica", null, List.of(), List.of(UNHCR), List.of(), "Secret topic " + tag, null, List.of(),
                    DistributionLevel.OPERATION, true));
            assertThat(meetings.contacts(albanian, day, day).organisations()).as("neither record nor figures")
                    .isEmpty();
            assertThat(meetings.contacts(officer, day, day).organisations()).as("its own members count it")
                    .contains(new Contact(montenegro, UNHCR, 1));
            String page = page("/liaison/who-meets-whom?from=" + day + "&to=" + day, albanian);
            assertThat(page).contains(html(montenegroName) + " does not share these figures with you.")
                    .doesNotContain("No meetings in this period.").doesNotContain("Secret");
        } finally {
            sharing.change(head, new SharingPolicy(montenegro, before.figuresLevel(), before.defaultLevels(),
                    changed.version()));
        }
    }

    @Test
    void markDoneAndDropShowOnlyToThoseWhoMayChangeTheActionPoint() throws Exception {
        Meeting osce = meetingAt.get(DistributionLevel.OSCE);
        String url = "/liaison/meetings/" + osce.id();
        assertThat(page(url, skopjeOfficer)).contains("Mark done").contains("Drop");
        for (String name : List.of("skopje member", "serbia member (taking part)", "albania member (third)",
                "coordinator")) {
            assertThat(page(url, readers.get(name))).as(name).doesNotContain("Mark done").doesNotContain(">Drop<");
        }
        // The owner of an action point marks it done even without recording for the operation.
        CorridorUser owner = readers.get("skopje member");
        actionPoints.create(skopjeOfficer, new ActionPointDraft(osce.id(), skopje, "Owned " + tag, null,
                owner.id(), LAST, ActionPointStatus.OPEN));
        assertThat(page(url, owner)).contains("Mark done");
    }

    @Test
    void openActionPointsBeyondOnesOwnOperationsAreThoseSharedNeverAClaimOfNone() throws Exception {
        CorridorUser delegation = readers.get("delegation reader");
        String albanias = page("/liaison/action-points?operation=" + albania, delegation);
        assertThat(albanias).contains("No open action points of this operation are shared with you.")
                .doesNotContain("No action points.");
        assertThat(page("/liaison/action-points?operation=" + skopje, delegation)).contains("Secret action " + tag);
        assertThat(page("/liaison/action-points?operation=" + skopje, readers.get("admin")))
                .contains("Secret action " + tag);
        assertThat(page("/liaison/action-points", readers.get("coordinator"))).as("no operation of their own")
                .contains("<option");
    }

    @Test
    void newMeetingAndNewSeriesShowOnlyToThoseWhoMayRecord() throws Exception {
        assertThat(page("/liaison/meetings", skopjeOfficer)).contains("href=\"/liaison/meetings/new\"");
        assertThat(page("/liaison/series", skopjeOfficer)).contains("href=\"/liaison/series/new\"");
        for (Map.Entry<String, CorridorUser> reader : readers.entrySet()) {
            assertThat(page("/liaison/meetings", reader.getValue())).as(reader.getKey())
                    .doesNotContain("href=\"/liaison/meetings/new\"").doesNotContain("href=\"/liaison/series/new\"");
            assertThat(page("/liaison/series", reader.getValue())).as(reader.getKey())
                    .doesNotContain("href=\"/liaison/series/new\"");
        }
    }

    private static String html(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text);
    }

    private String page(String url, CorridorUser reader) throws Exception {
        var response = mvc.perform(get(url).with(user(reader))).andExpect(status().isOk()).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response.getContentAsString();
    }

    private int statusOf(String url, CorridorUser reader) throws Exception {
        return mvc.perform(get(url).with(user(reader))).andReturn().getResponse().getStatus();
    }

    private String api(String url, String reader) throws Exception {
        return mvc.perform(get(url).header("Authorization", tokens.get(reader))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private int apiStatus(String url, String reader) throws Exception {
        return mvc.perform(get(url).header("Authorization", tokens.get(reader))).andReturn().getResponse().getStatus();
    }
}

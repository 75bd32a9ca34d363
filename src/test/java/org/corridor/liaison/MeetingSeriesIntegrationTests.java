package org.corridor.liaison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.corridor.CorridorTest;
import org.corridor.RegionFixture;
import org.corridor.kernel.Problem;
import org.corridor.kernel.RecordRejected;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.DistributionLevel;
import org.corridor.accounts.Role;
import org.corridor.liaison.MeetingSeries.Series;
import org.corridor.liaison.MeetingSeries.SeriesDraft;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@CorridorTest
class MeetingSeriesIntegrationTests {

    @Autowired
    RegionFixture region;

    @Autowired
    MeetingSeries series;

    @Autowired
    Meetings meetings;

    @Autowired
    ActionPoints actionPoints;

    UUID skopje;
    CorridorUser officer;

    @BeforeEach
    void officerOfSkopje() {
        skopje = region.operation("skopje");
        officer = region.user("ls", "Liaison", Role.OFFICER, skopje);
    }

    SeriesDraft weekly(String title, LocalDate first, LocalDate last) {
        return new SeriesDraft(skopje, MeetingKind.COORDINATION, title, DayOfWeek.WEDNESDAY, LocalTime.of(10, 0), 90,
                first, last, null, "Skopje", null, List.of(), List.of(MeetingsIntegrationTests.UNHCR),
                DistributionLevel.OSCE);
    }

    List<Meeting> occurrences(Series s) {
        return meetings.list(officer, new Meetings.MeetingFilter(skopje, null, null, s.firstDay(), s.lastDay()), 0, 500)
                .items().stream().filter(m -> s.id().equals(m.seriesId()))
                .sorted(java.util.Comparator.comparing(Meeting::startsAt)).toList();
    }

    @Test
    void keepsTheLocalTimeAcrossTheEndOfSummerTime() {
        // Summer time ended on Sunday 25 October 2015: 10:00 is 08:00 UTC before, 09:00 UTC after.
        Series s = series.create(officer, weekly("Weekly coordination", LocalDate.of(2015, 10, 14),
                LocalDate.of(2015, 11, 4)));
        List<Meeting> held = occurrences(s);
        assertThat(held).extracting(Meeting::occurrenceDay).containsExactly(LocalDate.of(2015, 10, 14),
                LocalDate.of(2015, 10, 21), LocalDate.of(2015, 10, 28), LocalDate.of(2015, 11, 4));
        assertThat(held).extracting(m -> m.localStart().toLocalTime()).containsOnly(LocalTime.of(10, 0));
        assertThat(held).extracting(m -> m.localEnd().toLocalTime()).containsOnly(LocalTime.of(11, 30));
        assertThat(held.get(1).startsAt()).isEqualTo(LocalDateTime.of(2015, 10, 21, 8, 0).toInstant(ZoneOffset.UTC));
        assertThat(held.get(2).startsAt()).isEqualTo(LocalDateTime.of(2015, 10, 28, 9, 0).toInstant(ZoneOffset.UTC));
    }

    @Test
    void keepsTheLocalTimeAcrossTheStartOfSummerTime() {
        // Summer time began on Sunday 27 March 2016: 10:00 is 09:00 UTC before, 08:00 UTC after.
        Series s = series.create(officer, weekly("Weekly coordination", LocalDate.of(2016, 3, 21),
                LocalDate.of(2016, 4, 3)));
        List<Meeting> held = occurrences(s);
        assertThat(held).extracting(Meeting::startsAt).containsExactly(
                LocalDateTime.of(2016, 3, 23, 9, 0).toInstant(ZoneOffset.UTC),
                LocalDateTime.of(2016, 3, 30, 8, 0).toInstant(ZoneOffset.UTC));
    }

    @Test
    void regeneratingLeavesEditedAndCancelledOccurrencesAlone() {
        Series s = series.create(officer, weekly("Weekly coordination", LocalDate.of(2015, 11, 4),
                LocalDate.of(2015, 11, 25)));
        List<Meeting> held = occurrences(s);
        Meeting moved = held.get(0);
        meetings.update(officer, moved.id(), moved.version(), new MeetingDraft(skopje, moved.kind(),
                "Coordination moved to Thursday", LocalDate.of(2015, 11, 5), LocalTime.of(14, 0), LocalTime.of(15, 0),
                null, "Skopje", null, List.of(), List.of(), List.of(), null, "Moved", List.of(), moved.distributionLevel(),
                false));
        Meeting dropped = held.get(1);
        meetings.cancel(officer, dropped.id(), dropped.version(), true);

        Series changed = series.update(officer, s.id(), s.version(), new SeriesDraft(null, MeetingKind.COORDINATION,
                "Weekly coordination (renamed)", DayOfWeek.WEDNESDAY, LocalTime.of(11, 0), 60, s.firstDay(),
                s.lastDay(), null, "Skopje", null, List.of(), List.of(), DistributionLevel.OSCE));

        List<Meeting> after = occurrences(changed);
        Meeting keptMove = meetings.find(officer, moved.id()).orElseThrow();
        assertThat(keptMove.title()).isEqualTo("Coordination moved to Thursday");
        assertThat(keptMove.localStart()).isEqualTo(LocalDateTime.of(2015, 11, 5, 14, 0));
        assertThat(meetings.find(officer, dropped.id()).orElseThrow().cancelled()).isTrue();
        assertThat(after).filteredOn(m -> !m.edited()).extracting(Meeting::title)
                .containsOnly("Weekly coordination (renamed)").hasSize(2);
        assertThat(after).filteredOn(m -> !m.edited()).extracting(m -> m.localStart().toLocalTime())
                .containsOnly(LocalTime.of(11, 0));
    }

    @Test
    void shorteningASeriesRemovesItsUntouchedLaterOccurrences() {
        Series s = series.create(officer, weekly("Weekly coordination", LocalDate.of(2015, 12, 2),
                LocalDate.of(2015, 12, 30)));
        assertThat(occurrences(s)).hasSize(5);
        Series shorter = series.update(officer, s.id(), s.version(), weekly("Weekly coordination",
                LocalDate.of(2015, 12, 2), LocalDate.of(2015, 12, 16)));
        assertThat(occurrences(new Series(shorter.id(), skopje, null, null, null, null, 0, null, s.firstDay(),
                s.lastDay(), null, null, null, List.of(), List.of(), null, null, 0))).hasSize(3);
    }

    @Test
    void shorteningASeriesKeepsAnUntouchedOccurrenceThatActionPointsHangOn() {
        Series s = series.create(officer, weekly("Weekly coordination", LocalDate.of(2016, 1, 6),
                LocalDate.of(2016, 1, 27)));
        Meeting last = occurrences(s).get(3);
        actionPoints.create(officer, new ActionPoints.ActionPointDraft(last.id(), skopje, "Send the figures", null,
                null, LocalDate.of(2016, 2, 3), null));

        series.update(officer, s.id(), s.version(), weekly("Weekly coordination", LocalDate.of(2016, 1, 6),
                LocalDate.of(2016, 1, 13)));

        assertThat(occurrences(s)).extracting(Meeting::occurrenceDay).containsExactly(LocalDate.of(2016, 1, 6),
                LocalDate.of(2016, 1, 13), LocalDate.of(2016, 1, 27));
    }

    @Test
    void rejectsASeriesEndingBeforeItStartsOrLastingTooLong() {
        assertThatThrownBy(() -> series.create(officer, weekly("Weekly", LocalDate.of(2016, 1, 1),
                LocalDate.of(2015, 1, 1)))).isInstanceOf(RecordRejected.class)
                .satisfies(e -> assertThat(((RecordRejected) e).problems()).extracting(Problem::field)
                        .containsExactly("lastDay"));
        assertThatThrownBy(() -> series.create(officer, weekly("Weekly", LocalDate.of(2015, 1, 1),
                LocalDate.of(2025, 1, 1)))).isInstanceOf(RecordRejected.class);
    }

    @Test
    void aSeriesSharedByTwoOperationsIsHiddenFromAThirdAndChangedOnlyByItsOwn() {
        UUID serbia = region.operation("serbia");
        UUID albania = region.operation("albania");
        Series shared = series.create(officer, new SeriesDraft(skopje, MeetingKind.COORDINATION, "Shared weekly",
                DayOfWeek.TUESDAY, LocalTime.of(9, 0), 60, LocalDate.of(2015, 11, 3), LocalDate.of(2015, 11, 17), null,
                "Kumanovo", null, List.of(serbia), List.of(), DistributionLevel.OPERATION));
        CorridorUser serbianFocal = region.user("ls", "Serbia", Role.FOCAL_POINT, serbia);
        CorridorUser albanian = region.user("ls", "Albania", Role.FOCAL_POINT, albania);

        assertThat(series.find(serbianFocal, shared.id())).isPresent();
        assertThat(series.occurrences(serbianFocal, shared)).hasSize(3);
        assertThat(series.mayEdit(serbianFocal, shared)).isFalse();
        assertThat(series.mayEdit(officer, shared)).isTrue();
        assertThat(series.find(albanian, shared.id())).isEmpty();
        assertThat(series.occurrences(albanian, shared)).isEmpty();
        assertThat(series.list(albanian, null, 0, 500).items()).extracting(Series::id).doesNotContain(shared.id());
    }
}

package org.corridor.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How every regional page and endpoint reads the period it is asked for. */
class RegionalPeriodTests {

    static final RegionalPeriod DEMO_YEAR = new RegionalPeriod(LocalDate.of(2015, 9, 25), LocalDate.of(2016, 9, 24));

    @Test
    void neitherDayGivenIsTheDefaultAndAMissingEndIsTheDefaults() {
        assertThat(RegionalPeriod.read(null, " ", () -> DEMO_YEAR)).isEqualTo(DEMO_YEAR);
        assertThat(RegionalPeriod.read("2016-01-01", null, () -> DEMO_YEAR))
                .isEqualTo(new RegionalPeriod(LocalDate.of(2016, 1, 1), DEMO_YEAR.to()));
        assertThat(RegionalPeriod.read(null, "2016-03-31", () -> DEMO_YEAR))
                .isEqualTo(new RegionalPeriod(DEMO_YEAR.from(), LocalDate.of(2016, 3, 31)));
        assertThat(RegionalPeriod.read(" 2016-01-01 ", "2016-01-01", () -> DEMO_YEAR).days()).isEqualTo(1);
    }

    @Test
    void refusesADayThatIsNoDateNamingItsParameterAndWhatWasTyped() {
        RegionalPeriod.Refused refused = catchThrowableOfType(RegionalPeriod.Refused.class,
                () -> RegionalPeriod.read("2016-01-01", "March", () -> DEMO_YEAR));
        assertThat(refused.reason).isEqualTo(RegionalPeriod.Refused.Reason.NOT_A_DATE);
        assertThat(refused.field).isEqualTo("to");
        assertThat(refused.typed).isEqualTo("March");
    }

    @Test
    void refusesALastDayBeforeTheFirstAndAPeriodLongerThanThreeYears() {
        RegionalPeriod.Refused order = catchThrowableOfType(RegionalPeriod.Refused.class,
                () -> RegionalPeriod.read("2016-06-01", "2016-01-01", () -> DEMO_YEAR));
        assertThat(order.reason).isEqualTo(RegionalPeriod.Refused.Reason.ORDER);
        assertThat(order.field).isEqualTo("to");

        assertThat(RegionalPeriod.read("2013-01-01", "2015-12-31", () -> DEMO_YEAR).days()).isEqualTo(1095);
        RegionalPeriod.Refused tooLong = catchThrowableOfType(RegionalPeriod.Refused.class,
                () -> RegionalPeriod.read("2012-01-01", "2015-12-31", () -> DEMO_YEAR));
        assertThat(tooLong.reason).isEqualTo(RegionalPeriod.Refused.Reason.RANGE);
        assertThat(catchThrowableOfType(RegionalPeriod.Refused.class,
                () -> RegionalPeriod.read("1850-01-01", "1850-02-01", () -> DEMO_YEAR)).field).isEqualTo("from");
    }
}

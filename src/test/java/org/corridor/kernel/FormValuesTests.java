package org.corridor.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** A list page's filter dates: a wrong one restricts nothing; where the page shows why, it says so by the field. */
class FormValuesTests {

    @Test
    void readsAFilterDayTypedWithSpacesAround() {
        assertThat(FormValues.date(" 2016-03-08 ")).isEqualTo(LocalDate.of(2016, 3, 8));
    }

    @Test
    void aFilterDayThatIsBlankMistypedOrImplausibleRestrictsNothing() {
        assertThat(FormValues.date(null)).isNull();
        assertThat(FormValues.date("  ")).isNull();
        assertThat(FormValues.date("2016-02-30")).isNull();
        assertThat(FormValues.date("08.03.2016")).isNull();
        assertThat(FormValues.date("1899-12-31")).isNull();
        assertThat(FormValues.date("+1000000-01-01")).isNull();
    }

    @Test
    void aFilterDayShownWithItsProblemSaysWhyBesideItsField() {
        List<Problem> problems = new ArrayList<>();

        assertThat(FormValues.date("2016-02-30", "from", problems)).isNull();
        assertThat(FormValues.date("1899-12-31", "to", problems)).isNull();
        assertThat(FormValues.date("", "to", problems)).isNull();

        assertThat(problems).extracting(Problem::field, Problem::code)
                .containsExactly(Tuple.tuple("from", "form.error.date"),
                        Tuple.tuple("to", "form.error.dateRange"));
    }
}

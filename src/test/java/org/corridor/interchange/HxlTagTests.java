package org.corridor.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HxlTagTests {

    static HxlTag tag(String spec) {
        return HxlTag.parse(spec).orElseThrow();
    }

    @Test
    void aTagMatchesAPatternWhoseAttributesItHasAsInLibhxl() {
        assertThat(tag("#sector+cluster").matches(tag("#sector"))).isTrue();
        assertThat(tag("#org+es").matches(tag("#org"))).isTrue();
        assertThat(tag("#org").matches(tag("#org+code"))).isFalse();
        assertThat(tag("#loc+code").matches(tag("#org+code"))).isFalse();
    }

    @Test
    void theMostSpecificMatchingPatternWins() {
        List<String> patterns = List.of("#org", "#org+code", "#org+funder");
        assertThat(tag("#org+funder+es").mostSpecific(patterns, HxlTagTests::tag)).contains("#org+funder");
        assertThat(tag("#org+es").mostSpecific(patterns, HxlTagTests::tag)).contains("#org");
        assertThat(tag("#sector").mostSpecific(patterns, HxlTagTests::tag)).isEmpty();
    }
}

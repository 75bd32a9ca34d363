package org.corridor.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.corridor.kernel.PersonalDataCheck.Kind;
import org.junit.jupiter.api.Test;

class PersonalDataCheckTests {

    @Test
    void findsAnEmailAddress() {
        assertThat(PersonalDataCheck.scan("Contact ahmed.k@example.org about the case"))
                .containsExactly(new PersonalDataCheck.Finding(Kind.EMAIL, "ahmed.k@example.org"));
    }

    @Test
    void findsPhoneNumbersInTheUsualNotations() {
        assertThat(PersonalDataCheck.scan("call +389 70 123 456")).extracting(PersonalDataCheck.Finding::kind).containsExactly(Kind.PHONE);
        assertThat(PersonalDataCheck.scan("tel. 070/123-456")).extracting(PersonalDataCheck.Finding::kind).containsExactly(Kind.PHONE);
        assertThat(PersonalDataCheck.scan("mobile 0641234567")).extracting(PersonalDataCheck.Finding::kind).containsExactly(Kind.PHONE);
    }

    @Test
    void findsAPassportLikeNumber() {
        assertThat(PersonalDataCheck.scan("passport N1234567 seen at the checkpoint"))
                .containsExactly(new PersonalDataCheck.Finding(Kind.PASSPORT_NUMBER, "N1234567"));
    }

    @Test
    void leavesCountsDatesAndOrdinaryTextAlone() {
        assertThat(PersonalDataCheck.scan(
                "On 2016-03-08 about 1200 persons crossed at Gevgelija; 45 unaccompanied minors; week 53; SEC.FR/444/16")).isEmpty();
        assertThat(PersonalDataCheck.scan(null, "", "Checkpoint understaffed, two officers for 600 people")).isEmpty();
    }

    @Test
    void leavesIdentifiersSuchAsUuidsAlone() {
        assertThat(PersonalDataCheck.scan("Border police 0c1f2a3b-1234-4567-8912-3456789abcde")).isEmpty();
        assertThat(PersonalDataCheck.scan("record 01234567-0123-4567-0123-456789012345")).isEmpty();
    }

    @Test
    void findsEveryAddressInATextWithSeveral() {
        assertThat(PersonalDataCheck.scan("a@b@c.com, then x.y+z@mail.example.org. and @ alone, not@domain"))
                .containsExactly(new PersonalDataCheck.Finding(Kind.EMAIL, "b@c.com"),
                        new PersonalDataCheck.Finding(Kind.EMAIL, "x.y+z@mail.example.org"));
    }

    @Test
    void listsAtMostFiftyFindings() {
        assertThat(PersonalDataCheck.scan("a@b.org ".repeat(500))).hasSize(PersonalDataCheck.MAX_FINDINGS);
    }

    /**
     * A megabyte of text built to make a backtracking pattern slow (issue 17: one narrative tied up a core): the scan's
     * time grows in proportion to the text (a megabyte at most 6 times a quarter of it, where a quadratic scan takes
     * 16 times) and stays well under a second of CPU (a quadratic scan took minutes for one of these; "(12)" repeated
     * took a second until the phone pattern stopped backtracking over its optional marks: 0.15 s under load now).
     */
    @Test
    void scansAMegabyteOfAdversarialTextInTimeProportionalToItsLength() {
        int megabyte = 1 << 20;
        String[] texts = {
            "a".repeat(megabyte), "a.".repeat(megabyte / 2), "a@".repeat(megabyte / 2), "a@a.".repeat(megabyte / 4),
            "-".repeat(megabyte), "1".repeat(megabyte), "12 ".repeat(megabyte / 3), "(12)".repeat(megabyte / 4),
            "AB1234".repeat(megabyte / 6), "+1 ".repeat(megabyte / 3), "1-2-3-4-5-6/".repeat(megabyte / 12),
            "+3897012345 ".repeat(megabyte / 12), "(123) 456-78 ".repeat(megabyte / 13)
        };
        // CPU time of this thread, not wall time, and the scan compiled first on a short piece of each: on a loaded
        // machine the compiler's threads wait for a core, and the scan would run interpreted for longer.
        for (int round = 0; round < 3; round++) {
            for (String text : texts) {
                PersonalDataCheck.scan(text.substring(0, 1 << 16));
            }
        }
        for (String text : texts) {
            String quarter = text.substring(0, text.length() / 4);
            long quarterMs = cpuMillis(quarter);
            long wholeMs = cpuMillis(text);
            assertThat(wholeMs).as("CPU ms for a megabyte of %s… (a quarter: %d ms)", text.substring(0, 12), quarterMs)
                    .isLessThanOrEqualTo(6 * quarterMs + 50).isLessThan(1000);
        }
    }

    private static long cpuMillis(String text) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long started = threads.getCurrentThreadCpuTime();
        PersonalDataCheck.scan(text);
        return (threads.getCurrentThreadCpuTime() - started) / 1_000_000;
    }
}

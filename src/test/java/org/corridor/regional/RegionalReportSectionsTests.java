package org.corridor.regional;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.directory.ResponseArea;
import org.corridor.reports.DocumentDrawing;
import org.corridor.reports.GeneratedContent;
import org.corridor.reports.SectionKind;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/**
 * A regional report's engagement, gaps and operations' summaries come from one overview: drawn as one document they
 * compute it once (it is the costliest part of the report), and they show the same figures.
 */
class RegionalReportSectionsTests {

    static final LocalDate FROM = LocalDate.of(2016, 1, 1);
    static final LocalDate TO = LocalDate.of(2016, 6, 30);

    /** The overview, counted: each computation returns the next number of visits, so a second one would show. */
    static class CountingOverview extends RegionalOverview {
        int computed;

        CountingOverview() {
            super(null, null, null, null, null, null, null, null, null, null, null);
        }

        @Override
        public Overview of(CorridorUser user, LocalDate from, LocalDate to) {
            computed++;
            long visits = 100 + computed;
            Evidence evidence = new Evidence(visits, 50, visits * 7.0 / 182, 50 * 7.0 / 365, 4.1, true, 2, true, 9,
                    true, 3);
            EnumMap<ResponseArea, Long> areas = new EnumMap<>(ResponseArea.class);
            for (ResponseArea area : ResponseArea.values()) {
                areas.put(area, area == ResponseArea.RESEARCH ? 0L : 1L);
            }
            OperationOverview serbia = new OperationOverview(UUID.randomUUID(), "serbia", "OSCE Mission to Serbia", "RS",
                    true, areas, 9L, visits, 50L, visits * 7.0 / 182, 0, 0, java.util.Map.of(), 2L, 4L, List.of(),
                    List.of(), 1L, 0L, 1200L, false, Engagement.FRONTLINE, evidence, List.of(ResponseArea.RESEARCH),
                    false, List.of(), List.of());
            return new Overview(from, to, new RuleText(3.0, 20, 1, 3, 2, 3), List.of(serbia));
        }
    }

    final CountingOverview overview = new CountingOverview();
    final RegionalReportSections sections = new RegionalReportSections(null, overview, null, messages());
    final CorridorUser coordinator = new CorridorUser(UUID.randomUUID(), "coordinator", "Coordinator", "x", true,
            Instant.EPOCH, List.of());

    @Test
    void computesTheOverviewOnceForTheSectionsOfOneDocumentAndTheyShowTheSameFigures() {
        DocumentDrawing document = new DocumentDrawing();
        GeneratedContent engagement = sections.generate(SectionKind.ENGAGEMENT, null, FROM, TO, coordinator, document);
        GeneratedContent gaps = sections.generate(SectionKind.GAPS, null, FROM, TO, coordinator, document);
        GeneratedContent summaries = sections.generate(SectionKind.OPERATION_SUMMARIES, null, FROM, TO, coordinator,
                document);

        assertThat(overview.computed).isEqualTo(1);
        assertThat(table(engagement).rows().get(0).get(2)).contains("101");
        assertThat(((GeneratedContent.Paragraph) summaries.blocks().get(0)).text()).contains("101 monitoring visits");
        assertThat(table(gaps).rows().get(0).get(1)).contains("RESEARCH");
    }

    @Test
    void computesItAgainForAnotherDocumentOrAnotherPeriod() {
        DocumentDrawing first = new DocumentDrawing();
        sections.generate(SectionKind.ENGAGEMENT, null, FROM, TO, coordinator, first);
        sections.generate(SectionKind.ENGAGEMENT, null, FROM, TO.minusDays(1), coordinator, first);
        assertThat(overview.computed).isEqualTo(2);

        GeneratedContent later = sections.generate(SectionKind.ENGAGEMENT, null, FROM, TO, coordinator,
                new DocumentDrawing());
        assertThat(overview.computed).isEqualTo(3);
        assertThat(table(later).rows().get(0).get(2)).contains("103");
        // A section drawn on its own (not as part of a document) computes its own.
        sections.generate(SectionKind.GAPS, null, FROM, TO, coordinator);
        assertThat(overview.computed).isEqualTo(4);
    }

    private static GeneratedContent.Table table(GeneratedContent content) {
        return content.blocks().stream().filter(GeneratedContent.Table.class::isInstance)
                .map(GeneratedContent.Table.class::cast).findFirst().orElseThrow();
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        messages.addMessage("regional.overview.evidence.visits", Locale.ENGLISH, "{0} visits, {1}x its baseline");
        return messages;
    }
}

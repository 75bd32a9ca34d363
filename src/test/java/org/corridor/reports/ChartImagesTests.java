package org.corridor.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartImagesTests {

    @Test
    void aChartDrawnWithStyleAttributesBecomesAnImageWithItsTextAlternative() {
        GeneratedContent.Chart chart = new GeneratedContent.Chart("Arrivals at Tabanovce", GeneratedContent.ChartKind.BAR,
                "People", List.of("Jan", "Feb"), List.of(new GeneratedContent.Series("Entry", List.of(120.0, 95.0))));
        String page = "<p>Before</p><div class=\"chart\">" + ReportCharts.accessibleSvg(chart) + "</div><p>After</p>";

        String shown = ChartImages.inPage(page);

        assertThat(shown).startsWith("<p>Before</p><div class=\"chart\"><img class=\"chart-image\" alt=\"")
                .endsWith("</div><p>After</p>").doesNotContain("<svg", "style=");
        String alt = shown.substring(shown.indexOf("alt=\"") + 5, shown.indexOf('"', shown.indexOf("alt=\"") + 5));
        assertThat(alt).contains("Arrivals at Tabanovce");
        String data = shown.substring(shown.indexOf("base64,") + 7, shown.indexOf('"', shown.indexOf("base64,")));
        String svg = new String(Base64.getDecoder().decode(data), StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").contains("xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>");
    }

    @Test
    void aTableFrameOfTheDocumentCanBeFocusedToScrollIt() {
        assertThat(ChartImages.forPage("<div class=\"report-table\"><table></table></div>"))
                .isEqualTo("<div class=\"report-table report-table-scroll\" tabindex=\"0\" role=\"region\" "
                        + "aria-label=\"Table\"><table></table></div>");
    }

    @Test
    void htmlWithoutChartsIsLeftAsItIs() {
        assertThat(ChartImages.inPage("<p>No chart</p>")).isEqualTo("<p>No chart</p>");
        assertThat(ChartImages.inPage(null)).isNull();
    }
}

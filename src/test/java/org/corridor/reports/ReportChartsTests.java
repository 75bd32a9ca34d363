package org.corridor.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.corridor.reports.GeneratedContent.Chart;
import org.corridor.reports.GeneratedContent.ChartKind;
import org.corridor.reports.GeneratedContent.Series;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class ReportChartsTests {

    private static final Chart WEEKLY = new Chart("Visits a week at Preševo", ChartKind.LINE, "Visits",
            List.of("2016-W01", "2016-W02", "2016-W03", "2016-W04"),
            List.of(new Series("Preševo", Arrays.asList(3.0, null, 0.0, 5.0)),
                    new Series("Tabanovce", Arrays.asList(2.0, 4.0, null, null))));

    @Test
    void leavesWhatWasNotCountedAsAGapNotAZero() {
        JFreeChart drawn = ReportCharts.chart(WEEKLY);

        CategoryDataset data = ((CategoryPlot) drawn.getPlot()).getDataset();
        assertThat(data.getValue("Preševo", "2016-W02")).isNull();
        assertThat(data.getValue("Preševo", "2016-W03")).isEqualTo(0.0);
        assertThat(data.getValue("Tabanovce", "2016-W04")).isNull();
        assertThat(data.getValue("Preševo", "2016-W04")).isEqualTo(5.0);
    }

    @Test
    void drawsInDejaVuSoTheRegionsLettersShow() {
        JFreeChart drawn = ReportCharts.chart(WEEKLY);

        assertThat(drawn.getTitle().getFont().getFamily()).isEqualTo("DejaVu Sans");
        CategoryPlot plot = (CategoryPlot) drawn.getPlot();
        assertThat(plot.getDomainAxis().getTickLabelFont().getFamily()).isEqualTo("DejaVu Sans");
        assertThat(plot.getRangeAxis().getLabelFont().getFamily()).isEqualTo("DejaVu Sans");
    }

    @Test
    void drawsSvgWithItsTextAlternativeAndTheSameLabels() {
        String svg = ReportCharts.svg(WEEKLY);

        assertThat(svg).startsWith("<svg role=\"img\" aria-label=\"Visits a week at Preševo: figures in the table"
                + " below\"").contains("<title>Visits a week at Preševo: figures in the table below</title>")
                .contains("viewBox='0.0 0.0 680.0 340.0'").contains("Tabanovce").contains("2016-W03")
                .doesNotContain("<script");
    }

    @Test
    void drawsPngAtTwiceTheA4TextWidth() throws Exception {
        byte[] png = ReportCharts.png(new Chart("Arrivals by border crossing", ChartKind.BAR, "People",
                List.of("Tabanovce", "Preševo", "Šid"), List.of(new Series("Arrivals", Arrays.asList(12.0, null, 7.0)))));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(ReportCharts.WIDTH * 2);
        assertThat(image.getHeight()).isEqualTo(ReportCharts.HEIGHT * 2);
        assertThat(image.getColorModel().hasAlpha()).isFalse();
    }

    @Test
    void drawsTheSameFiguresOnceForEveryRendering() {
        Chart again = new Chart(WEEKLY.title(), WEEKLY.kind(), WEEKLY.valueLabel(), WEEKLY.categories(),
                WEEKLY.series());

        assertThat(ReportCharts.svg(again)).isSameAs(ReportCharts.svg(WEEKLY));
        assertThat(ReportCharts.png(again)).isSameAs(ReportCharts.png(WEEKLY));
    }
}

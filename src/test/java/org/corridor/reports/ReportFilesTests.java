package org.corridor.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.corridor.reports.ReportDocument.Section;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ReportFilesTests {

    private final ReportFiles files = new ReportFiles(new Narrative());

    @Test
    void bodyLinksEveryContentsEntryToItsSection() {
        ReportDocument doc = SampleReports.distributed();
        String body = files.body(doc);

        List<String> links = all(body, "<li><a href=\"#([^\"]+)\">");
        assertThat(links).hasSize(doc.sections().size());
        for (String id : links) {
            assertThat(body).contains("<section class=\"report-section\" id=\"" + id + "\"");
        }
        for (Section section : doc.sections()) {
            assertThat(body).contains(">" + section.heading() + "</a></li>");
        }
    }

    @Test
    void bodyShowsTheHeaderBlock() {
        String body = files.body(SampleReports.distributed());

        assertThat(body).contains("<h1 id=\"report-title\">Background report: mixed migration through Serbia</h1>")
                .contains("SEC.FR/230/16").contains("Participating States").contains("OSCE Mission to Serbia")
                .contains("Background report").contains("1 January \u2013 31 March 2016")
                .contains("Jelena Petrović, Arben Krasniqi").contains("Distributed, distributed on 31 March 2016");
    }

    @Test
    void bodyOfADraftSaysItIsNotDistributed() {
        String body = files.body(SampleReports.background("Draft", null, ReportStatus.DRAFT));

        assertThat(body).contains(ReportFiles.NOT_DISTRIBUTED);
    }

    @Test
    void bodyCarriesNoScriptFromANarrative() {
        ReportDocument doc = withNarrative("<script>alert(1)</script>\n\n[x](javascript:alert(2))\n\n"
                + "<img src=x onerror=alert(3)>");

        String body = files.body(doc);

        assertThat(body).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("onerror");
    }

    @Test
    void bodyEscapesTheTextOfGeneratedContentAndHeadings() {
        ReportDocument doc = new ReportDocument("<b>Title</b>", null, null, null, ReportType.SPOT, null, null,
                List.of(), ReportStatus.DRAFT, 0, null, List.of(new Section("<i>Events</i>", SectionKind.ROUTE_EVENTS,
                        null, GeneratedContent.of(new GeneratedContent.Paragraph("<script>x()</script>")))));

        String body = files.body(doc);

        assertThat(body).doesNotContain("<script").doesNotContain("<b>Title").contains("&lt;b&gt;Title")
                .contains("&lt;i&gt;Events");
    }

    @Test
    void bodyTablesHaveCaptionsAndScopedHeaders() {
        String body = files.body(SampleReports.distributed());

        assertThat(body).contains("<caption>Arrivals and departures by day</caption>")
                .contains("<th scope=\"col\">Day</th>").contains("<th scope=\"col\" class=\"num\">Arrivals</th>")
                .contains("<th scope=\"row\">2016-01-01</th>").contains("<td class=\"num\">not counted</td>");
    }

    @Test
    void bodyDrawsChartsAsInlineSvgWithATextAlternative() {
        String body = files.body(SampleReports.distributed());

        assertThat(body).contains("<svg role=\"img\" aria-label=\"Arrivals and departures by day: figures in the"
                + " table below\"").contains("<figcaption>Monitoring visits by location</figcaption>")
                .doesNotContain("data:image/png");
    }

    @Test
    void htmlIsAWellFormedStandaloneDocument() throws Exception {
        String html = files.html(SampleReports.distributed());

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"UTF-8\" />").contains("<style>")
                .contains("<title>Background report: mixed migration through Serbia</title>");
        Document parsed = xml(html);
        assertThat(parsed.getDocumentElement().getLocalName()).isEqualTo("html");
    }

    @Test
    void printXhtmlIsWellFormedWithChartsAsImages() throws Exception {
        String xhtml = files.printXhtml(SampleReports.distributed());

        xml(xhtml);
        assertThat(xhtml).contains("data:image/png;base64,").contains("target-counter(attr(href), page)")
                .contains("\"SEC.FR/230/16\"").contains("\"Distribution: Participating States\"");
    }

    static ReportDocument withNarrative(String markdown) {
        ReportDocument sample = SampleReports.distributed();
        List<Section> sections = new ArrayList<>(sample.sections());
        sections.add(0, new Section("Pasted", SectionKind.NARRATIVE, markdown, null));
        return new ReportDocument(sample.title(), sample.symbol(), sample.level(), sample.operationName(),
                sample.type(), sample.periodFrom(), sample.periodTo(), sample.authors(), sample.status(),
                sample.revision(), sample.distributedAt(), sections);
    }

    static Document xml(String xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> all(String text, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}

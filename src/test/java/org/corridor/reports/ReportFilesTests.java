package org.corridor.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.corridor.reports.GeneratedContent.Chart;
import org.corridor.reports.ReportDocument.Section;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class ReportFilesTests {

    /** Rendered once for the tests that read the same document (the documents are values). */
    private static final Map<ReportDocument, List<String>> PDF_PAGES = new ConcurrentHashMap<>();
    private static final Map<ReportDocument, byte[]> DOCX = new ConcurrentHashMap<>();

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
                .contains("<th scope=\"col\">Day</th>").contains("<th scope=\"col\" class=\"numeric\">Arrivals</th>")
                .contains("<th scope=\"row\">2016-01-01</th>").contains("<td class=\"numeric\">not counted</td>")
                .as("a wide table's frame can be focused to scroll it on a phone")
                .contains("<div class=\"report-table report-table-scroll\" tabindex=\"0\" role=\"region\" "
                        + "aria-label=\"Arrivals and departures by day\">");
    }

    @Test
    void bodyDrawsChartsAsSvgImagesWithATextAlternativeAndNoInlineStyle() {
        String body = files.body(SampleReports.distributed());

        assertThat(body).contains("<img class=\"chart-image\" alt=\"Arrivals and departures by day: figures in the"
                + " table below\" src=\"data:image/svg+xml;base64,")
                .contains("<figcaption>Monitoring visits by location</figcaption>")
                .as("the pages' CSP refuses style attributes: the SVG's stay inside its image")
                .doesNotContain("<svg").doesNotContain(" style=\"").doesNotContain("data:image/png");
        String encoded = body.substring(body.indexOf("data:image/svg+xml;base64,") + 26);
        String svg = new String(java.util.Base64.getDecoder().decode(encoded.substring(0, encoded.indexOf('"'))),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").contains("xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>");
    }

    @Test
    void aSectionsContentIsTheDocumentsOwnWithoutItsHeading() {
        ReportDocument doc = SampleReports.distributed();
        String body = files.body(doc);
        for (ReportDocument.Section section : doc.sections()) {
            String content = files.sectionContent(section);
            assertThat(body).contains(content);
            assertThat(content).doesNotContain("<h2");
        }
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
        assertThat(xhtml).contains("<img class=\"chart\"").contains("src=\"chart:1\"")
                .contains("target-counter(attr(href), page)")
                .contains("\"SEC.FR/230/16\"").contains("\"Distribution: Participating States\"");
    }

    @Test
    void pdfCarriesTheSymbolAndLevelOnEveryPage() throws Exception {
        List<String> pages = pdfPages(SampleReports.distributed());

        assertThat(pages).hasSizeGreaterThan(2);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page %d", i + 1).contains("SEC.FR/230/16")
                    .contains("Distribution: Participating States").contains("Page " + (i + 1) + " of " + pages.size());
        }
    }

    @Test
    void pdfOfADraftSaysOnEveryPageThatItIsNotDistributed() throws Exception {
        List<String> pages = pdfPages(SampleReports.background("Draft background", null, ReportStatus.DRAFT));

        assertThat(pages).hasSizeGreaterThan(1).allSatisfy(page -> assertThat(page)
                .contains(ReportFiles.NOT_DISTRIBUTED).contains("Distribution: Participating States"));
    }

    @Test
    void pdfKeepsCyrillicAndTheRegionsLettersAsText() throws Exception {
        String text = String.join("\n", pdfPages(
                SampleReports.background("Извештај о миграцијама", "SEC.FR/231/16", ReportStatus.DISTRIBUTED)));

        assertThat(text).contains("Извештај о миграцијама").contains("Preševo").contains("Tabanovce")
                .contains("Prishtinë").contains("Đeneral Janković").contains("čekanje, ćutanje, džep")
                .contains("Jelena Petrović");
    }

    @Test
    void pdfsWrittenAtOnceEachEmbedTheirOwnSubsetOfTheFonts() throws Exception {
        // The parsed fonts are kept between PDFs and lent to one at a time: PDFs written together must not mix them.
        ReportDocument cyrillic = SampleReports.background("Извештај о миграцијама", "SEC.FR/232/16",
                ReportStatus.DISTRIBUTED);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> written = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                ReportDocument doc = i % 2 == 0 ? cyrillic : SampleReports.distributed();
                written.add(pool.submit(() -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    files.pdf(doc, out);
                    return out.toByteArray();
                }));
            }
            for (int i = 0; i < written.size(); i++) {
                try (PDDocument pdf = Loader.loadPDF(written.get(i).get())) {
                    String text = new PDFTextStripper().getText(pdf);
                    assertThat(text).as("PDF %d", i).contains(i % 2 == 0 ? "Извештај о миграцијама" : "SEC.FR/230/16")
                            .contains("Preševo").contains("Đeneral Janković");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void pdfDrawsEachChartAsAnImageOfTheChartsPng() throws Exception {
        ReportDocument doc = SampleReports.distributed();
        List<Chart> charts = doc.sections().stream().filter(s -> s.content() != null)
                .flatMap(s -> s.content().blocks().stream()).filter(Chart.class::isInstance).map(Chart.class::cast)
                .toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.pdf(doc, out);

        List<int[]> images = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                        images.add(new int[] {image.getWidth(), image.getHeight()});
                    }
                }
            }
        }
        assertThat(charts).isNotEmpty();
        assertThat(images).hasSize(charts.size()).allSatisfy(size -> assertThat(size)
                .containsExactly(ReportCharts.WIDTH * 2, ReportCharts.HEIGHT * 2));
    }

    @Test
    void pdfHasAContentsListWithPageNumbers() throws Exception {
        List<String> pages = pdfPages(SampleReports.distributed());

        String first = pages.get(0);
        assertThat(first).contains("Contents");
        for (Section section : SampleReports.distributed().sections()) {
            // The heading, dot leaders, then the page the section starts on.
            assertThat(first).containsPattern(Pattern.quote(section.heading()) + "[ .]*\\d+");
        }
        assertThat(pages.get(1)).contains("Situation");
    }

    @Test
    void docxHasHeadingStylesWordRecognises() throws Exception {
        try (XWPFDocument word = docx(SampleReports.distributed())) {
            List<String> headings1 = word.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings1).containsExactlyElementsOf(
                    SampleReports.distributed().sections().stream().map(Section::heading).toList());
            assertThat(word.getParagraphs()).anySatisfy(p -> {
                assertThat(p.getStyle()).isEqualTo("Heading2");
                assertThat(p.getText()).isEqualTo("Baseline");
            });
            XWPFStyle heading1 = word.getStyles().getStyle("Heading1");
            assertThat(heading1.getName()).isEqualTo("heading 1");
            assertThat(heading1.getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.ZERO);
            assertThat(word.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
            assertThat(word.getParagraphs()).anySatisfy(p -> {
                assertThat(p.getStyle()).isEqualTo("Title");
                assertThat(p.getText()).isEqualTo("Background report: mixed migration through Serbia");
            });
        }
    }

    @Test
    void docxHasTablesWithTheirHeaderRows() throws Exception {
        try (XWPFDocument word = docx(SampleReports.distributed())) {
            XWPFTable flows = word.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Day")).findFirst().orElseThrow();
            assertThat(flows.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("Day", "Arrivals", "Departures");
            assertThat(flows.getRow(0).isRepeatHeader()).isTrue();
            assertThat(flows.getRows()).hasSize(61);
            assertThat(flows.getRow(11).getCell(1).getText()).isEqualTo("not counted");
            assertThat(word.getTables()).anySatisfy(t -> assertThat(t.getRow(0).getTableCells())
                    .extracting(XWPFTableCell::getText).containsExactly("Centre", "Capacity"));
            assertThat(word.getParagraphs()).anySatisfy(p -> {
                assertThat(p.getStyle()).isEqualTo("Caption");
                assertThat(p.getText()).isEqualTo("Activities by response area");
            });
        }
    }

    @Test
    void docxHasTheChartsAsImages() throws Exception {
        try (XWPFDocument word = docx(SampleReports.distributed())) {
            assertThat(word.getAllPictures()).hasSize(2)
                    .allSatisfy(p -> assertThat(p.getPictureType()).isEqualTo(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG));
        }
    }

    @Test
    void docxCarriesTheSymbolAndLevelInTheHeaderAndPageNumbersInTheFooter() throws Exception {
        try (XWPFDocument word = docx(SampleReports.distributed())) {
            assertThat(word.getHeaderList()).isNotEmpty().allSatisfy(h -> assertThat(h.getText())
                    .contains("SEC.FR/230/16").contains("Distribution: Participating States"));
            assertThat(word.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText())
                    .contains("PAGE").contains("NUMPAGES");
        }
    }

    @Test
    void docxMapsTheNarrativesMarkdown() throws Exception {
        try (XWPFDocument word = docx(withNarrative("Go to [x](javascript:alert(1)) now <b>raw</b>")))  {
            XWPFParagraph situation = word.getParagraphs().stream()
                    .filter(p -> p.getText().startsWith("Since September 2015")).findFirst().orElseThrow();
            assertThat(situation.getRuns()).anySatisfy(r -> {
                assertThat(r.text()).isEqualTo("Tabanovce");
                assertThat(r.isBold()).isTrue();
            });
            assertThat(situation.getRuns()).anySatisfy(r -> {
                assertThat(r.text()).isEqualTo("Preševo");
                assertThat(r.isItalic()).isTrue();
            });
            assertThat(word.getParagraphs()).filteredOn(p -> p.getText().startsWith("Registration at Preševo"))
                    .singleElement().satisfies(p -> assertThat(p.getNumID()).isNotNull());
            List<String> links = word.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .filter(XWPFHyperlinkRun.class::isInstance)
                    .map(r -> ((XWPFHyperlinkRun) r).getHyperlink(word).getURL()).toList();
            assertThat(links).containsExactly("https://data.unhcr.org/mediterranean/");
            XWPFParagraph pasted = word.getParagraphs().stream().filter(p -> p.getText().startsWith("Go to"))
                    .findFirst().orElseThrow();
            assertThat(pasted.getText()).isEqualTo("Go to x now raw");
        }
    }

    @Test
    void docxOfACyrillicReportKeepsItsTitle() throws Exception {
        try (XWPFDocument word = docx(
                SampleReports.background("Извештај о миграцијама", null, ReportStatus.DRAFT))) {
            assertThat(word.getProperties().getCoreProperties().getTitle()).isEqualTo("Извештај о миграцијама");
            assertThat(word.getHeaderList().get(0).getText()).contains(ReportFiles.NOT_DISTRIBUTED);
        }
    }

    static XWPFDocument docx(ReportDocument doc) throws Exception {
        byte[] bytes = DOCX.get(doc);
        if (bytes != null) {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportFiles(new Narrative()).docx(doc, out);
        Files.createDirectories(Path.of("target", "reports"));
        Files.write(Path.of("target", "reports", "sample-" + Math.abs(doc.title().hashCode()) + ".docx"),
                out.toByteArray());
        DOCX.put(doc, out.toByteArray());
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    static List<String> pdfPages(ReportDocument doc) throws Exception {
        List<String> known = PDF_PAGES.get(doc);
        if (known != null) {
            return known;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportFiles(new Narrative()).pdf(doc, out);
        Files.createDirectories(Path.of("target", "reports"));
        Files.write(Path.of("target", "reports", "sample-" + Math.abs(doc.title().hashCode()) + ".pdf"),
                out.toByteArray());
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            List<String> pages = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(pdf));
            }
            PDF_PAGES.put(doc, pages);
            return pages;
        }
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

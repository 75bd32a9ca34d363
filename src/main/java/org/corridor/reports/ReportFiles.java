package org.corridor.reports;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.corridor.accounts.DistributionLevel;
import org.corridor.kernel.Region;
import org.corridor.reports.GeneratedContent.Block;
import org.corridor.reports.GeneratedContent.Chart;
import org.corridor.reports.GeneratedContent.Column;
import org.corridor.reports.GeneratedContent.Paragraph;
import org.corridor.reports.GeneratedContent.Table;
import org.corridor.reports.ReportDocument.Section;
import org.springframework.stereotype.Component;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A report as its reader gets it: the fragment of the reader page, the standalone HTML download, the PDF and the
 * Word file, all drawn from the one {@link ReportDocument} so that they say the same thing. The HTML is written
 * straight into a buffer (no template engine per call): the page must cost little more than its data queries.
 */
@Component
class ReportFiles {

    static final String NOT_DISTRIBUTED = "Draft \u2014 not distributed";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final String FONT_FAMILY = "DejaVu Sans";

    private static final byte[] FONT_REGULAR = resource("/reports/fonts/pdf/DejaVuSans.ttf");
    private static final byte[] FONT_BOLD = resource("/reports/fonts/pdf/DejaVuSans-Bold.ttf");
    private static final byte[] FONT_ITALIC = resource("/reports/fonts/pdf/DejaVuSans-Oblique.ttf");

    static {
        // OpenHTMLtoPDF reports every stylesheet parse and font load at INFO: one PDF would fill the log.
        for (String logger : XRLog.listRegisteredLoggers()) {
            XRLog.setLevel(logger, Level.WARNING);
        }
    }

    private final Narrative narrative;
    private final ReportWordFile word;

    ReportFiles(Narrative narrative) {
        this.narrative = narrative;
        this.word = new ReportWordFile(narrative);
    }

    /** The document as a fragment of the reader page: its header, contents, and sections with inline SVG charts. */
    String body(ReportDocument doc) {
        StringBuilder out = new StringBuilder(16 * 1024);
        writeBody(doc, out, null);
        return out.toString();
    }

    /** A complete XHTML document in UTF-8 with its own style sheet: the HTML download, readable offline and printable. */
    String html(ReportDocument doc) {
        StringBuilder out = new StringBuilder(32 * 1024);
        head(doc, out, SCREEN_CSS, false);
        out.append("<body>\n");
        writeBody(doc, out, null);
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    /**
     * The PDF: A4, the reference symbol (or "Draft — not distributed") and the distribution level at the head of
     * every page, "Page N of M" at its foot, a table of contents with page numbers, charts as PNG images, and the
     * DejaVu fonts embedded so the region's letters and Cyrillic are text.
     */
    void pdf(ReportDocument doc, OutputStream out) {
        Faces faces = FACES.poll();
        try (PDDocument pdf = new PDDocument()) {
            if (faces == null) {
                faces = new Faces();
            }
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(pdf);
            builder.useFont(faces.font(pdf, faces.regular, faces.regularWidths), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(faces.font(pdf, faces.bold, faces.boldWidths), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.useFont(faces.font(pdf, faces.italic, faces.italicWidths), FONT_FAMILY, 400, FontStyle.ITALIC, true);
            List<byte[]> charts = new ArrayList<>();
            builder.withW3cDocument(PrintDom.parse(printXhtml(doc, charts)), null);
            // The charts' PNG bytes handed over as they are, by their number in the document: a data: URI of them
            // cost a tenth of the PDF (written in base64, parsed as an XML attribute of 100 kB, lower-cased whole by
            // OpenHTMLtoPDF's user agent, decoded again).
            builder.useProtocolsStreamImplementation(url -> chartStream(charts, url), CHART_SCHEME);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF could not be written", e);
        } finally {
            if (faces != null) {
                FACES.offer(faces);
            }
        }
    }

    /**
     * The three DejaVu faces parsed once and kept for the next PDF: parsing them (their glyph tables, character maps
     * and metrics) was a fifth of every PDF's time. A parsed font is read while the PDF is written (its subset is
     * cut from it), and PDFBox does not promise that two threads may read one at once, so a set is lent to one PDF at
     * a time: a second PDF written meanwhile parses a set of its own, which then joins the pool.
     */
    private static final Queue<Faces> FACES = new ConcurrentLinkedQueue<>();

    private static final class Faces {
        final TrueTypeFont regular = parse(FONT_REGULAR);
        final TrueTypeFont bold = parse(FONT_BOLD);
        final TrueTypeFont italic = parse(FONT_ITALIC);
        final ReportFont.Widths regularWidths = new ReportFont.Widths();
        final ReportFont.Widths boldWidths = new ReportFont.Widths();
        final ReportFont.Widths italicWidths = new ReportFont.Widths();

        /**
         * The face embedded in this PDF as a subset of the glyphs it uses (the parsed font itself stays open), text
         * measured from its widths kept with the parsed face.
         */
        PDFontSupplier font(PDDocument pdf, TrueTypeFont face, ReportFont.Widths widths) throws IOException {
            return new PDFontSupplier(new ReportFont(PDType0Font.load(pdf, face, true), widths));
        }

        private static TrueTypeFont parse(byte[] file) {
            try {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file));
                // Glyph substitution (ligatures, contextual forms) reshapes every string as it is written, which
                // took a sixth of the PDF's time; the region's Latin and Cyrillic letters need none of it (DejaVu
                // has their accented letters precomposed), and without it the text copied from the PDF is the
                // text as typed.
                font.setEnableGsub(false);
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException("The report font could not be read", e);
            }
        }
    }

    /**
     * The print XHTML read into the W3C DOM OpenHTMLtoPDF lays out. Its own loader looked up the XML parser and
     * transformer factories on the class path for every PDF (a scan of the jars' service files) and built the DOM
     * through an identity transform of SAX events; a factory made once and a builder kept per thread read the same
     * document, namespace-aware as OpenHTMLtoPDF wants it, without either.
     */
    private static final class PrintDom {
        private static final DocumentBuilderFactory FACTORY = factory();
        private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(PrintDom::builder);

        static org.w3c.dom.Document parse(String xhtml) {
            DocumentBuilder builder = BUILDER.get();
            try {
                return builder.parse(new InputSource(new StringReader(xhtml)));
            } catch (SAXException | IOException e) {
                // The XHTML is written here, escaped throughout: not well-formed is a fault of this class.
                throw new IllegalStateException("The report's print XHTML is not well-formed: " + e.getMessage(), e);
            } finally {
                builder.reset();
            }
        }

        private static DocumentBuilderFactory factory() {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            try {
                // Nothing outside the string is ever read: no DTD, no external entity.
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
                factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
                factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("The XML parser cannot be made safe", e);
            }
            return factory;
        }

        private static DocumentBuilder builder() {
            try {
                DocumentBuilder builder = FACTORY.newDocumentBuilder();
                builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                    @Override
                    public void fatalError(SAXParseException e) throws SAXException {
                        throw e;
                    }

                    @Override
                    public void error(SAXParseException e) throws SAXException {
                        throw e;
                    }
                });
                return builder;
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("No XML parser", e);
            }
        }
    }

    /** The Word file: Heading 1/2 styles, a title block, tables with header rows, charts as images. */
    void docx(ReportDocument doc, OutputStream out) {
        word.write(doc, out);
    }

    /**
     * The XHTML the PDF is laid out from (kept apart so that a test can read it); its charts are images at
     * {@code chart:1}, {@code chart:2} … in the order of the document.
     */
    String printXhtml(ReportDocument doc) {
        return printXhtml(doc, new ArrayList<>());
    }

    /** The XHTML the PDF is laid out from, adding each chart's PNG to {@code charts} as its image refers to it. */
    private String printXhtml(ReportDocument doc, List<byte[]> charts) {
        StringBuilder out = new StringBuilder(32 * 1024);
        String css = PRINT_CSS.replace("/*SYMBOL*/", cssString(runningSymbol(doc)))
                .replace("/*LEVEL*/", cssString("Distribution: " + levelLabel(doc.level())));
        head(doc, out, css, true);
        out.append("<body>\n");
        writeBody(doc, out, charts);
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    /** The scheme of the PDF's chart images, {@code chart:N}: the N-th chart of the document, from 1. */
    static final String CHART_SCHEME = "chart";

    private static FSStream chartStream(List<byte[]> charts, String url) {
        int number;
        try {
            number = Integer.parseInt(url.substring(CHART_SCHEME.length() + 1));
        } catch (RuntimeException e) {
            number = 0;
        }
        // Only the document's own charts: anything else is an image that is not there (OpenHTMLtoPDF leaves it out).
        byte[] png = number >= 1 && number <= charts.size() ? charts.get(number - 1) : null;
        return new FSStream() {
            @Override
            public InputStream getStream() {
                return png == null ? null : new ByteArrayInputStream(png);
            }

            @Override
            public Reader getReader() {
                return null;
            }
        };
    }

    // ---------------------------------------------------------------- the document's parts

    private static void head(ReportDocument doc, StringBuilder out, String css, boolean print) {
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n")
                .append("<meta charset=\"UTF-8\" />\n<title>");
        text(out, title(doc));
        out.append("</title>\n");
        if (!doc.authors().isEmpty()) {
            out.append("<meta name=\"author\" content=\"");
            text(out, String.join(", ", doc.authors()));
            out.append("\" />\n");
        }
        out.append("<meta name=\"subject\" content=\"");
        text(out, reference(doc) + " \u00b7 Distribution: " + levelLabel(doc.level()));
        out.append("\" />\n<style>\n").append(css).append("</style>\n");
        if (!print) {
            out.append("</head>\n");
            return;
        }
        // The PDF's outline (its bookmarks pane), an element of OpenHTMLtoPDF's only.
        out.append("<bookmarks>");
        for (int i = 0; i < doc.sections().size(); i++) {
            out.append("<bookmark name=\"");
            text(out, heading(doc.sections().get(i)));
            out.append("\" href=\"#").append(sectionId(i)).append("\" />");
        }
        out.append("</bookmarks>\n</head>\n");
    }

    /** The document's body; {@code charts} is null for a page, and gathers the chart images for the PDF. */
    private void writeBody(ReportDocument doc, StringBuilder out, List<byte[]> charts) {
        out.append("<article class=\"report\" aria-labelledby=\"report-title\">\n");
        header(doc, out);
        contents(doc, out);
        for (int i = 0; i < doc.sections().size(); i++) {
            section(doc.sections().get(i), i, out, charts);
        }
        out.append("</article>\n");
    }

    private static void header(ReportDocument doc, StringBuilder out) {
        out.append("<header class=\"report-head\">\n<p class=\"report-symbol\">");
        text(out, reference(doc));
        out.append("</p>\n<h1 id=\"report-title\">");
        text(out, title(doc));
        out.append("</h1>\n<dl class=\"report-facts\">\n");
        fact(out, "Reference", reference(doc));
        fact(out, "Distribution", levelLabel(doc.level()));
        fact(out, "Operation", doc.operationName() == null ? "The whole region" : doc.operationName());
        fact(out, "Type", doc.type() == null ? "" : doc.type().label());
        fact(out, "Period", period(doc.periodFrom(), doc.periodTo()));
        fact(out, doc.authors().size() == 1 ? "Author" : "Authors",
                doc.authors().isEmpty() ? "\u2014" : String.join(", ", doc.authors()));
        fact(out, "Status", statusLine(doc));
        out.append("</dl>\n</header>\n");
    }

    private static void fact(StringBuilder out, String term, String value) {
        out.append("<div><dt>");
        text(out, term);
        out.append("</dt><dd>");
        text(out, value);
        out.append("</dd></div>\n");
    }

    private static void contents(ReportDocument doc, StringBuilder out) {
        if (doc.sections().isEmpty()) {
            return;
        }
        out.append("<nav class=\"report-toc\" aria-labelledby=\"report-toc-title\">\n")
                .append("<h2 id=\"report-toc-title\">Contents</h2>\n<ol>\n");
        for (int i = 0; i < doc.sections().size(); i++) {
            out.append("<li><a href=\"#").append(sectionId(i)).append("\">");
            text(out, heading(doc.sections().get(i)));
            out.append("</a></li>\n");
        }
        out.append("</ol>\n</nav>\n");
    }

    private void section(Section section, int index, StringBuilder out, List<byte[]> charts) {
        String id = sectionId(index);
        out.append("<section class=\"report-section\" id=\"").append(id).append("\" aria-labelledby=\"").append(id)
                .append("-title\">\n<h2 id=\"").append(id).append("-title\">");
        text(out, heading(section));
        out.append("</h2>\n");
        content(section, out, charts);
        out.append("</section>\n");
    }

    /**
     * One section's content without its heading, as the editor and the review show it beside its comments: the same
     * narrative, tables and charts as the document's.
     */
    String sectionContent(Section section) {
        StringBuilder out = new StringBuilder(2048);
        content(section, out, null);
        return out.toString();
    }

    private void content(Section section, StringBuilder out, List<byte[]> charts) {
        boolean wrote = false;
        if (!Narrative.isBlank(section.markdown())) {
            out.append("<div class=\"report-narrative\">").append(narrative.html(section.markdown())).append("</div>\n");
            wrote = true;
        }
        if (section.content() != null) {
            for (Block block : section.content().blocks()) {
                block(block, out, charts);
                wrote = true;
            }
        }
        if (!wrote) {
            out.append("<p class=\"report-empty\">")
                    .append(section.kind() != null && section.kind().generated() ? "Nothing to show for this period."
                            : "No text written yet.")
                    .append("</p>\n");
        }
    }

    private static void block(Block block, StringBuilder out, List<byte[]> charts) {
        if (block instanceof Paragraph p) {
            out.append("<p>");
            text(out, p.text());
            out.append("</p>\n");
        } else if (block instanceof Table t) {
            table(t, out, charts != null);
        } else if (block instanceof Chart c) {
            chart(c, out, charts);
        }
    }

    private static void table(Table table, StringBuilder out, boolean print) {
        List<Column> columns = table.columns();
        // A text first column names its row (a place, a week, a response area): read out before each figure.
        boolean rowHeaders = !columns.isEmpty() && !columns.get(0).numeric();
        if (print) {
            out.append("<div class=\"report-table\"><table>\n");
        } else {
            // On a phone a wide table scrolls within its frame, which can be focused to scroll it by keyboard.
            out.append("<div class=\"report-table report-table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"");
            text(out, table.caption() == null || table.caption().isBlank() ? "Table" : table.caption());
            out.append("\"><table>\n");
        }
        if (table.caption() != null && !table.caption().isBlank()) {
            out.append("<caption>");
            text(out, table.caption());
            out.append("</caption>\n");
        }
        out.append("<thead><tr>");
        for (Column column : columns) {
            out.append(column.numeric() ? "<th scope=\"col\" class=\"numeric\">" : "<th scope=\"col\">");
            text(out, column.heading());
            out.append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : table.rows()) {
            out.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                boolean numeric = c < columns.size() && columns.get(c).numeric();
                String tag = c == 0 && rowHeaders ? "th" : "td";
                out.append('<').append(tag);
                if (c == 0 && rowHeaders) {
                    out.append(" scope=\"row\"");
                }
                out.append(numeric ? " class=\"numeric\">" : ">");
                text(out, row.get(c));
                out.append("</").append(tag).append('>');
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table></div>\n");
    }

    private static void chart(Chart chart, StringBuilder out, List<byte[]> charts) {
        out.append("<figure class=\"report-chart\">\n");
        if (charts != null) {
            charts.add(ReportCharts.png(chart));
            out.append("<img class=\"chart\" alt=\"");
            text(out, ReportCharts.alternative(chart));
            out.append("\" src=\"").append(CHART_SCHEME).append(':').append(charts.size()).append("\" />\n");
        } else {
            // An image of the SVG, not the SVG inline: JFreeSVG styles each shape with a style attribute, which the
            // pages' Content Security Policy (style-src 'self') refuses in the page but allows inside an image.
            out.append("<div class=\"chart\"><img class=\"chart-image\" alt=\"");
            text(out, ReportCharts.alternative(chart));
            out.append("\" src=\"data:image/svg+xml;base64,").append(ReportCharts.svgBase64(chart)).append("\" /></div>\n");
        }
        out.append("<figcaption>");
        text(out, chart.title());
        out.append("</figcaption>\n</figure>\n");
    }

    // ---------------------------------------------------------------- labels the pages may reuse

    static String sectionId(int index) {
        return "section-" + (index + 1);
    }

    static String title(ReportDocument doc) {
        return doc.title() == null || doc.title().isBlank() ? "Untitled report" : doc.title();
    }

    static String heading(Section section) {
        if (section.heading() != null && !section.heading().isBlank()) {
            return section.heading();
        }
        return section.kind() == null ? "Section" : section.kind().defaultHeading();
    }

    /** The reference symbol, or that the report has none yet. */
    static String reference(ReportDocument doc) {
        return doc.symbol() == null || doc.symbol().isBlank() ? NOT_DISTRIBUTED : doc.symbol();
    }

    /** What every page of the PDF carries at its head: the symbol, marked when the report was withdrawn. */
    static String runningSymbol(ReportDocument doc) {
        String reference = reference(doc);
        return doc.status() == ReportStatus.WITHDRAWN ? reference + " \u2014 withdrawn" : reference;
    }

    static String levelLabel(DistributionLevel level) {
        if (level == null) {
            return "Not set";
        }
        return switch (level) {
            case OPERATION -> "Operation only";
            case OSCE -> "OSCE";
            case PARTICIPATING_STATES -> "Participating States";
            case PUBLIC -> "Public";
        };
    }

    static String statusLabel(ReportStatus status) {
        if (status == null) {
            return "Draft";
        }
        return switch (status) {
            case DRAFT -> "Draft";
            case IN_REVIEW -> "In review";
            case RETURNED -> "Returned to the authors";
            case APPROVED -> "Approved";
            case DISTRIBUTED -> "Distributed";
            case WITHDRAWN -> "Withdrawn";
        };
    }

    static String statusLine(ReportDocument doc) {
        String status = statusLabel(doc.status());
        if (doc.revision() > 0) {
            status += " (revision " + doc.revision() + ")";
        }
        if (doc.distributedAt() != null) {
            status += ", distributed on " + DAY.format(doc.distributedAt().atZone(Region.ZONE));
        }
        return status;
    }

    static String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "\u2014";
        }
        if (from == null || to == null) {
            return from == null ? "until " + DAY.format(to) : "from " + DAY.format(from);
        }
        if (from.equals(to)) {
            return DAY.format(from);
        }
        return (from.getYear() == to.getYear() ? DAY_MONTH.format(from) : DAY.format(from)) + " \u2013 "
                + DAY.format(to);
    }

    // ---------------------------------------------------------------- escaping

    /** Escapes text for HTML and XML alike, dropping the control characters XML may not hold. */
    static void text(StringBuilder out, String text) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            out.append(c);
                        }
                    }
                }
            }
        }
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text == null ? 0 : text.length() + 16);
        text(out, text);
        return out.toString();
    }

    /** A CSS string literal, for the running head of the PDF's pages. */
    private static String cssString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                // Hex escape keeps the style element well-formed XML and the string on one line.
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    static byte[] resource(String path) {
        try (InputStream in = ReportFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing from the application: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable: " + path, e);
        }
    }

    // ---------------------------------------------------------------- style sheets

    private static final String COMMON_CSS = """
            .report { max-width: 52rem; line-height: 1.5; }
            .report-symbol { font-weight: bold; letter-spacing: 0.02em; margin: 0; }
            .report h1 { font-size: 1.6rem; margin: 0.3rem 0 0.8rem; }
            .report-facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0 0 1.2rem; }
            .report-facts div { display: contents; }
            .report-facts dt { font-weight: bold; }
            .report-facts dd { margin: 0; }
            .report-toc ol { padding-left: 1.5rem; }
            .report-section h2 { font-size: 1.25rem; border-bottom: 1px solid #bbb; padding-bottom: 0.15rem; margin-top: 1.8rem; }
            .report-table { overflow-x: auto; }
            .report table { border-collapse: collapse; margin: 0.8rem 0; width: 100%; }
            .report caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
            .report th, .report td { border: 1px solid #bbb; padding: 0.25rem 0.5rem; text-align: left; vertical-align: top; }
            .report thead th { background: #eef1f4; }
            .report .numeric, .report [align="right"] { text-align: right; font-variant-numeric: tabular-nums; }
            .report [align="center"] { text-align: center; }
            .report blockquote { border-left: 3px solid #999; margin: 0.8rem 0; padding-left: 0.8rem; color: #333; }
            .report pre { background: #f4f4f4; padding: 0.5rem; overflow-x: auto; }
            .report-chart { margin: 1rem 0; }
            .report-chart .chart img { width: 100%; height: auto; }
            .report-chart figcaption { font-size: 0.9rem; color: #333; }
            .report-empty { font-style: italic; color: #444; }
            """;

    private static final String SCREEN_CSS = """
            body { font-family: "DejaVu Sans", "Noto Sans", Verdana, Arial, sans-serif; color: #111; background: #fff;
              margin: 2rem auto; padding: 0 1rem; max-width: 54rem; }
            a { color: #0b4f8a; }
            """ + COMMON_CSS + """
            @media print {
              @page { size: A4; margin: 20mm; }
              body { margin: 0; max-width: none; font-size: 10pt; }
              .report-section h2 { break-after: avoid; }
              .report tr, .report-chart { break-inside: avoid; }
              .report a { color: inherit; text-decoration: none; }
            }
            """;

    /**
     * For OpenHTMLtoPDF (CSS 2.1 with paged media): no grid, the running head and foot in the page's margins. The
     * tables' rules are drawn as each cell's right and bottom border (the first cell's left, the header's top) in the
     * separated border model: the same lines as collapsed borders, which OpenHTMLtoPDF resolves cell by cell against
     * their neighbours at a twentieth of the PDF's time.
     */
    private static final String PRINT_CSS = """
            @page {
              size: A4;
              margin: 24mm 20mm 22mm 20mm;
              @top-left { content: /*SYMBOL*/; font-family: "DejaVu Sans"; font-size: 8pt; font-weight: bold; color: #222; vertical-align: bottom; padding-bottom: 3mm; }
              @top-right { content: /*LEVEL*/; font-family: "DejaVu Sans"; font-size: 8pt; color: #222; vertical-align: bottom; padding-bottom: 3mm; }
              @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: "DejaVu Sans"; font-size: 8pt; color: #222; vertical-align: top; padding-top: 3mm; }
            }
            body { font-family: "DejaVu Sans"; font-size: 9.5pt; line-height: 1.4; color: #111; }
            .report-symbol { font-weight: bold; margin: 0; }
            h1 { font-size: 17pt; margin: 2mm 0 5mm; }
            h2 { font-size: 13pt; border-bottom: 0.6pt solid #888; padding-bottom: 1mm; margin: 7mm 0 3mm; page-break-after: avoid; }
            h3 { font-size: 11pt; margin: 5mm 0 2mm; page-break-after: avoid; }
            h4, h5, h6 { font-size: 10pt; margin: 4mm 0 2mm; page-break-after: avoid; }
            .report-facts { margin: 0 0 6mm; }
            .report-facts div { margin: 0 0 1mm; }
            .report-facts dt { font-weight: bold; display: inline; }
            .report-facts dt::after { content: ": "; }
            .report-facts dd { display: inline; margin: 0; }
            .report-toc { page-break-after: always; }
            .report-toc ol { padding-left: 6mm; }
            .report-toc li { margin: 0 0 1.5mm; }
            .report-toc a { color: #111; text-decoration: none; }
            .report-toc a::after { content: leader('.') target-counter(attr(href), page); }
            a { color: #0b4f8a; }
            table { border-collapse: separate; border-spacing: 0; width: 100%; margin: 3mm 0; -fs-table-paginate: paginate; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            caption { text-align: left; font-weight: bold; padding: 1mm 0; }
            th, td { border-right: 0.5pt solid #999; border-bottom: 0.5pt solid #999; padding: 1mm 2mm; text-align: left; vertical-align: top; }
            th:first-child, td:first-child { border-left: 0.5pt solid #999; }
            thead th { border-top: 0.5pt solid #999; }
            thead th { background-color: #eef1f4; }
            .numeric, td[align="right"], th[align="right"] { text-align: right; }
            td[align="center"], th[align="center"] { text-align: center; }
            blockquote { border-left: 2pt solid #999; margin: 3mm 0; padding-left: 3mm; }
            pre { background-color: #f4f4f4; padding: 2mm; white-space: pre-wrap; }
            .report-chart { margin: 4mm 0; page-break-inside: avoid; }
            img.chart { width: 100%; }
            figcaption { font-size: 8.5pt; color: #333; }
            .report-empty { font-style: italic; }
            """;
}

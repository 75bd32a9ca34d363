package org.corridor.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.corridor.reports.GeneratedContent.Block;
import org.corridor.reports.GeneratedContent.Chart;
import org.corridor.reports.GeneratedContent.Column;
import org.corridor.reports.GeneratedContent.Table;
import org.corridor.reports.ReportDocument.Section;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * The report as a Word file (Apache POI): a title block, sections under real "heading 1" styles (so Word's navigation
 * pane, LibreOffice's navigator and a table of contents find them), the authors' Markdown walked as commonmark's tree
 * (paragraphs, headings, lists, bold, italic, links, tables; raw HTML is left out), generated tables with a repeated
 * header row, charts as PNG images with their text alternative, and the symbol and distribution level in every page's
 * header with "Page N of M" in its footer.
 */
final class ReportWordFile {

    /** A4 with 20 mm margins, in twentieths of a point. */
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int MARGIN = 1134;
    private static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
    private static final String FONT = "Calibri";
    private static final String MONO = "Courier New";
    private static final String LINK_COLOUR = "0B4F8A";

    private final Narrative narrative;

    ReportWordFile(Narrative narrative) {
        this.narrative = narrative;
    }

    void write(ReportDocument doc, OutputStream out) {
        try (XWPFDocument word = new XWPFDocument()) {
            new Writer(word).write(doc);
            word.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("The Word file could not be written", e);
        }
    }

    /** One document being written: its numbering and pictures are its own. */
    private final class Writer {
        private final XWPFDocument word;
        private final XWPFNumbering numbering;
        private final BigInteger bullets;
        private final BigInteger numbersAbstract;
        private int pictures;

        Writer(XWPFDocument word) {
            this.word = word;
            styles(word.createStyles());
            this.numbering = word.createNumbering();
            this.bullets = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list(BigInteger.ONE, true))));
            this.numbersAbstract = numbering.addAbstractNum(new XWPFAbstractNum(list(BigInteger.TWO, false)));
        }

        void write(ReportDocument doc) {
            page(doc);
            properties(doc);
            titleBlock(doc);
            for (Section section : doc.sections()) {
                section(section);
            }
        }

        // ------------------------------------------------------------ page, header, footer

        private void page(ReportDocument doc) {
            CTSectPr section = word.getDocument().getBody().isSetSectPr() ? word.getDocument().getBody().getSectPr()
                    : word.getDocument().getBody().addNewSectPr();
            CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
            size.setW(BigInteger.valueOf(PAGE_WIDTH));
            size.setH(BigInteger.valueOf(PAGE_HEIGHT));
            CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(MARGIN + 227));
            margins.setBottom(BigInteger.valueOf(MARGIN));
            margins.setLeft(BigInteger.valueOf(MARGIN));
            margins.setRight(BigInteger.valueOf(MARGIN));
            margins.setHeader(BigInteger.valueOf(567));
            margins.setFooter(BigInteger.valueOf(567));

            XWPFHeader header = word.createHeader(HeaderFooterType.DEFAULT);
            XWPFParagraph head = header.createParagraph();
            rightTab(head);
            XWPFRun symbol = small(head.createRun(), true);
            symbol.setText(ReportFiles.runningSymbol(doc));
            XWPFRun level = small(head.createRun(), false);
            level.addTab();
            level.setText("Distribution: " + ReportFiles.levelLabel(doc.level()));
            head.setBorderBottom(Borders.SINGLE);

            XWPFFooter footer = word.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph foot = footer.createParagraph();
            rightTab(foot);
            small(foot.createRun(), false).setText(ReportFiles.reference(doc));
            XWPFRun page = small(foot.createRun(), false);
            page.addTab();
            page.setText("Page ");
            field(foot, "PAGE", "1");
            small(foot.createRun(), false).setText(" of ");
            field(foot, "NUMPAGES", "1");
        }

        /** Keeps a caption or a chart on the page of what follows it (POI's own setter fails on a bare paragraph). */
        private void keepWithNext(XWPFParagraph paragraph) {
            var properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr()
                    : paragraph.getCTP().addNewPPr();
            properties.addNewKeepNext();
        }

        private void rightTab(XWPFParagraph paragraph) {
            var properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr()
                    : paragraph.getCTP().addNewPPr();
            CTTabStop tab = (properties.isSetTabs() ? properties.getTabs() : properties.addNewTabs()).addNewTab();
            tab.setVal(STTabJc.RIGHT);
            tab.setPos(BigInteger.valueOf(TEXT_WIDTH));
        }

        /** Run properties are written in the schema's order (fonts, bold, size): Word reads them strictly. */
        private XWPFRun small(XWPFRun run, boolean bold) {
            run.setFontFamily(FONT);
            if (bold) {
                run.setBold(true);
            }
            run.setFontSize(8);
            return run;
        }

        /** A field Word and LibreOffice work out when they lay the page out (the number shown until then). */
        private void field(XWPFParagraph paragraph, String instruction, String shown) {
            CTSimpleField field = paragraph.getCTP().addNewFldSimple();
            field.setInstr(instruction + " \\* MERGEFORMAT");
            var run = field.addNewR();
            CTRPr format = run.addNewRPr();
            format.addNewSz().setVal(BigInteger.valueOf(16));
            run.addNewT().setStringValue(shown);
        }

        private void properties(ReportDocument doc) {
            var core = word.getProperties().getCoreProperties();
            core.setTitle(ReportFiles.title(doc));
            core.setCreator(String.join(", ", doc.authors()));
            core.setSubjectProperty(ReportFiles.reference(doc) + " \u00b7 Distribution: "
                    + ReportFiles.levelLabel(doc.level()));
        }

        // ------------------------------------------------------------ title block and sections

        private void titleBlock(ReportDocument doc) {
            XWPFParagraph reference = word.createParagraph();
            XWPFRun symbol = reference.createRun();
            symbol.setBold(true);
            symbol.setText(ReportFiles.reference(doc));
            XWPFParagraph title = word.createParagraph();
            title.setStyle("Title");
            title.createRun().setText(ReportFiles.title(doc));
            fact("Reference", ReportFiles.reference(doc));
            fact("Distribution", ReportFiles.levelLabel(doc.level()));
            fact("Operation", doc.operationName() == null ? "The whole region" : doc.operationName());
            fact("Type", doc.type() == null ? "" : doc.type().label());
            fact("Period", ReportFiles.period(doc.periodFrom(), doc.periodTo()));
            fact(doc.authors().size() == 1 ? "Author" : "Authors",
                    doc.authors().isEmpty() ? "\u2014" : String.join(", ", doc.authors()));
            fact("Status", ReportFiles.statusLine(doc));
        }

        private void fact(String term, String value) {
            XWPFParagraph paragraph = word.createParagraph();
            paragraph.setSpacingAfter(40);
            XWPFRun label = paragraph.createRun();
            label.setBold(true);
            label.setText(term + ": ");
            paragraph.createRun().setText(value);
        }

        private void section(Section section) {
            XWPFParagraph heading = word.createParagraph();
            heading.setStyle("Heading1");
            heading.createRun().setText(ReportFiles.heading(section));
            boolean wrote = false;
            if (!Narrative.isBlank(section.markdown())) {
                markdown(narrative.parse(section.markdown()));
                wrote = true;
            }
            if (section.content() != null) {
                for (Block block : section.content().blocks()) {
                    block(block);
                    wrote = true;
                }
            }
            if (!wrote) {
                XWPFRun empty = word.createParagraph().createRun();
                empty.setItalic(true);
                empty.setText(section.kind() != null && section.kind().generated()
                        ? "Nothing to show for this period." : "No text written yet.");
            }
        }

        private void block(Block block) {
            if (block instanceof GeneratedContent.Paragraph p) {
                word.createParagraph().createRun().setText(p.text() == null ? "" : p.text());
            } else if (block instanceof Table t) {
                table(t);
            } else if (block instanceof Chart c) {
                chart(c);
            }
        }

        private void table(Table table) {
            if (table.caption() != null && !table.caption().isBlank()) {
                XWPFParagraph caption = word.createParagraph();
                caption.setStyle("Caption");
                keepWithNext(caption);
                caption.createRun().setText(table.caption());
            }
            List<Column> columns = table.columns();
            int width = Math.max(1, columns.size());
            XWPFTable grid = word.createTable(table.rows().size() + 1, width);
            grid.setWidth("100%");
            XWPFTableRow header = grid.getRow(0);
            header.setRepeatHeader(true);
            for (int c = 0; c < columns.size(); c++) {
                XWPFTableCell cell = header.getCell(c);
                cell.setColor("EEF1F4");
                cellText(cell, columns.get(c).heading(), true, columns.get(c).numeric());
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<String> row = table.rows().get(r);
                XWPFTableRow line = grid.getRow(r + 1);
                line.setCantSplitRow(true);
                for (int c = 0; c < Math.min(width, row.size()); c++) {
                    boolean numeric = c < columns.size() && columns.get(c).numeric();
                    cellText(line.getCell(c), row.get(c), false, numeric);
                }
            }
            word.createParagraph().setSpacingAfter(0);
        }

        private void cellText(XWPFTableCell cell, String text, boolean bold, boolean numeric) {
            XWPFParagraph paragraph = cell.getParagraphs().get(0);
            paragraph.setSpacingAfter(0);
            if (numeric) {
                paragraph.setAlignment(ParagraphAlignment.RIGHT);
            }
            XWPFRun run = paragraph.createRun();
            run.setBold(bold);
            run.setText(text == null ? "" : text);
        }

        private void chart(Chart chart) {
            XWPFParagraph paragraph = word.createParagraph();
            keepWithNext(paragraph);
            XWPFRun run = paragraph.createRun();
            double widthPoints = TEXT_WIDTH / 20.0;
            double heightPoints = widthPoints * ReportCharts.HEIGHT / ReportCharts.WIDTH;
            try {
                run.addPicture(new ByteArrayInputStream(ReportCharts.png(chart)), Document.PICTURE_TYPE_PNG,
                        "chart-" + (++pictures) + ".png", Units.toEMU(widthPoints), Units.toEMU(heightPoints));
            } catch (InvalidFormatException | IOException e) {
                throw new IllegalStateException("The chart could not be placed in the Word file", e);
            }
            // The picture's text alternative, read out by a screen reader in Word.
            var drawings = run.getCTR().getDrawingList();
            if (!drawings.isEmpty() && !drawings.get(0).getInlineList().isEmpty()) {
                drawings.get(0).getInlineList().get(0).getDocPr().setDescr(ReportCharts.alternative(chart));
            }
            XWPFParagraph caption = word.createParagraph();
            caption.setStyle("Caption");
            caption.createRun().setText(chart.title() == null ? "" : chart.title());
        }

        // ------------------------------------------------------------ Markdown, walked as commonmark's tree

        private void markdown(Node document) {
            for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
                blockNode(node, 0, null);
            }
        }

        /** A block of the authors' text; {@code style} is the paragraph style inherited (a quotation). */
        private void blockNode(Node node, int depth, String style) {
            if (node instanceof Heading heading) {
                // The parse puts "#" at h3 (below the page's h2 sections); in Word sections are Heading 1.
                XWPFParagraph paragraph = word.createParagraph();
                paragraph.setStyle("Heading" + Math.min(4, Math.max(2, heading.getLevel() - 1)));
                inlines(paragraph, heading, new Format(false, false, false));
            } else if (node instanceof Paragraph) {
                XWPFParagraph paragraph = word.createParagraph();
                if (style != null) {
                    paragraph.setStyle(style);
                }
                inlines(paragraph, node, new Format(false, false, false));
            } else if (node instanceof BulletList || node instanceof OrderedList) {
                list(node, depth);
            } else if (node instanceof BlockQuote) {
                for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                    blockNode(child, depth, "Quote");
                }
            } else if (node instanceof FencedCodeBlock code) {
                code(code.getLiteral());
            } else if (node instanceof IndentedCodeBlock code) {
                code(code.getLiteral());
            } else if (node instanceof ThematicBreak) {
                word.createParagraph().setBorderBottom(Borders.SINGLE);
            } else if (node instanceof TableBlock table) {
                markdownTable(table);
            }
            // Raw HTML blocks are left out: the page shows only what the sanitiser keeps, Word nothing of it.
        }

        private void list(Node list, int depth) {
            BigInteger numId = bullets;
            if (list instanceof OrderedList ordered) {
                numId = numbering.addNum(numbersAbstract);
                // Each numbered list starts again at its own first number.
                CTNumLvl restart = numbering.getNum(numId).getCTNum().addNewLvlOverride();
                restart.setIlvl(BigInteger.valueOf(Math.min(depth, 2)));
                Integer start = ordered.getMarkerStartNumber();
                restart.addNewStartOverride().setVal(BigInteger.valueOf(start == null ? 1 : start));
            }
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (!(item instanceof ListItem)) {
                    continue;
                }
                boolean first = true;
                for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                    if (child instanceof BulletList || child instanceof OrderedList) {
                        list(child, depth + 1);
                    } else if (child instanceof Paragraph) {
                        XWPFParagraph paragraph = word.createParagraph();
                        paragraph.setSpacingAfter(60);
                        if (first) {
                            paragraph.setNumID(numId);
                            paragraph.setNumILvl(BigInteger.valueOf(Math.min(depth, 2)));
                        } else {
                            paragraph.setIndentationLeft(720 * (Math.min(depth, 2) + 1));
                        }
                        inlines(paragraph, child, new Format(false, false, false));
                        first = false;
                    } else {
                        blockNode(child, depth + 1, null);
                    }
                }
            }
        }

        private void code(String literal) {
            XWPFParagraph paragraph = word.createParagraph();
            paragraph.setStyle("SourceCode");
            String[] lines = literal.stripTrailing().split("\n", -1);
            XWPFRun run = paragraph.createRun();
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i]);
            }
        }

        private void markdownTable(TableBlock table) {
            List<List<TableCell>> rows = new java.util.ArrayList<>();
            int headerRows = 0;
            for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow) {
                        List<TableCell> cells = new java.util.ArrayList<>();
                        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                            if (cell instanceof TableCell tableCell) {
                                cells.add(tableCell);
                            }
                        }
                        rows.add(cells);
                        if (part instanceof TableHead) {
                            headerRows++;
                        }
                    }
                }
            }
            if (rows.isEmpty()) {
                return;
            }
            int width = rows.stream().mapToInt(List::size).max().orElse(1);
            XWPFTable grid = word.createTable(rows.size(), Math.max(1, width));
            grid.setWidth("100%");
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow line = grid.getRow(r);
                boolean head = r < headerRows;
                if (head) {
                    line.setRepeatHeader(true);
                }
                for (int c = 0; c < rows.get(r).size(); c++) {
                    if (head) {
                        line.getCell(c).setColor("EEF1F4");
                    }
                    TableCell cell = rows.get(r).get(c);
                    cellText(line.getCell(c), plainText(cell), head,
                            cell.getAlignment() == TableCell.Alignment.RIGHT);
                }
            }
            word.createParagraph().setSpacingAfter(0);
        }

        /** Bold, italic and code as they nest (**bold *and italic***). */
        private record Format(boolean bold, boolean italic, boolean code) {
        }

        private void inlines(XWPFParagraph paragraph, Node parent, Format format) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Text text) {
                    run(paragraph, text.getLiteral(), format);
                } else if (node instanceof Code code) {
                    run(paragraph, code.getLiteral(), new Format(format.bold(), format.italic(), true));
                } else if (node instanceof Emphasis) {
                    inlines(paragraph, node, new Format(format.bold(), true, format.code()));
                } else if (node instanceof StrongEmphasis) {
                    inlines(paragraph, node, new Format(true, format.italic(), format.code()));
                } else if (node instanceof SoftLineBreak) {
                    run(paragraph, " ", format);
                } else if (node instanceof HardLineBreak) {
                    paragraph.createRun().addBreak();
                } else if (node instanceof Link link) {
                    link(paragraph, link, format);
                } else if (node instanceof Image image) {
                    run(paragraph, plainText(image), format);
                } else if (node.getFirstChild() != null) {
                    inlines(paragraph, node, format);
                }
                // Inline raw HTML is left out, as the sanitiser leaves out its tags.
            }
        }

        private void run(XWPFParagraph paragraph, String text, Format format) {
            XWPFRun run = paragraph.createRun();
            run.setText(text);
            format(run, format);
        }

        private void format(XWPFRun run, Format format) {
            if (format.code()) {
                run.setFontFamily(MONO);
            }
            if (format.bold()) {
                run.setBold(true);
            }
            if (format.italic()) {
                run.setItalic(true);
            }
        }

        private void link(XWPFParagraph paragraph, Link link, Format format) {
            String destination = link.getDestination() == null ? "" : link.getDestination().strip();
            String scheme = destination.toLowerCase(Locale.ROOT);
            // The same rule as the page's sanitiser: only the web and e-mail addresses are links.
            if (scheme.startsWith("http://") || scheme.startsWith("https://") || scheme.startsWith("mailto:")) {
                XWPFHyperlinkRun run = paragraph.createHyperlinkRun(destination);
                format(run, format);
                run.setColor(LINK_COLOUR);
                run.setUnderline(UnderlinePatterns.SINGLE);
                run.setText(plainText(link));
            } else {
                inlines(paragraph, link, format);
            }
        }

        // ------------------------------------------------------------ styles and numbering

        private void styles(XWPFStyles styles) {
            styles.addStyle(wordStyle("Normal", "Normal", -1, 11, false, false, null, true));
            styles.addStyle(wordStyle("Title", "Title", -1, 22, true, false, null, false));
            styles.addStyle(wordStyle("Heading1", "heading 1", 0, 16, true, false, "1F3A5F", false));
            styles.addStyle(wordStyle("Heading2", "heading 2", 1, 13, true, false, "1F3A5F", false));
            styles.addStyle(wordStyle("Heading3", "heading 3", 2, 12, true, false, null, false));
            styles.addStyle(wordStyle("Heading4", "heading 4", 3, 11, true, true, null, false));
            styles.addStyle(wordStyle("Caption", "caption", -1, 9, true, false, "333333", false));
            styles.addStyle(wordStyle("Quote", "Quote", -1, 11, false, true, "333333", false));
            styles.addStyle(new XWPFStyle(style("SourceCode", "Source Code", -1, 9, false, false, null, MONO),
                    styles));
        }

        private XWPFStyle wordStyle(String id, String name, int outline, int points, boolean bold, boolean italic,
                String colour, boolean isDefault) {
            CTStyle style = style(id, name, outline, points, bold, italic, colour, isDefault ? FONT : null);
            if (isDefault) {
                style.setDefault(true);
            }
            return new XWPFStyle(style, null);
        }

        private CTStyle style(String id, String name, int outline, int points, boolean bold, boolean italic,
                String colour, String font) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(id);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal(name);
            if (!"Normal".equals(id)) {
                style.addNewBasedOn().setVal("Normal");
                style.addNewNext().setVal("Normal");
            }
            style.addNewQFormat();
            CTPPrGeneral paragraph = style.addNewPPr();
            if (outline >= 0) {
                // The outline level is what makes Word and LibreOffice treat it as a heading.
                paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
                paragraph.addNewKeepNext();
                style.addNewUiPriority().setVal(BigInteger.valueOf(9));
                var spacing = paragraph.addNewSpacing();
                spacing.setBefore(BigInteger.valueOf(outline == 0 ? 360 : 240));
                spacing.setAfter(BigInteger.valueOf(120));
            } else {
                paragraph.addNewSpacing().setAfter(BigInteger.valueOf(120));
            }
            // In the schema's order: fonts, bold, italic, colour, size.
            CTRPr run = style.addNewRPr();
            if (font != null) {
                var fonts = run.addNewRFonts();
                fonts.setAscii(font);
                fonts.setHAnsi(font);
                fonts.setCs(font);
            }
            if (bold) {
                run.addNewB();
            }
            if (italic) {
                run.addNewI();
            }
            if (colour != null) {
                run.addNewColor().setVal(colour);
            }
            run.addNewSz().setVal(BigInteger.valueOf(points * 2L));
            return style;
        }

        private CTAbstractNum list(BigInteger id, boolean bulleted) {
            CTAbstractNum list = CTAbstractNum.Factory.newInstance();
            list.setAbstractNumId(id);
            for (int level = 0; level < 3; level++) {
                CTLvl lvl = list.addNewLvl();
                lvl.setIlvl(BigInteger.valueOf(level));
                lvl.addNewStart().setVal(BigInteger.ONE);
                lvl.addNewNumFmt().setVal(bulleted ? STNumberFormat.BULLET
                        : level == 1 ? STNumberFormat.LOWER_LETTER : STNumberFormat.DECIMAL);
                lvl.addNewLvlText().setVal(bulleted ? (level == 1 ? "\u25e6" : "\u2022") : "%" + (level + 1) + ".");
                var indent = lvl.addNewPPr().addNewInd();
                indent.setLeft(BigInteger.valueOf(720L * (level + 1)));
                indent.setHanging(BigInteger.valueOf(360));
            }
            return list;
        }
    }

    /** The text of an inline tree (a table cell, a link's words), without its formatting. */
    private static String plainText(Node node) {
        StringBuilder text = new StringBuilder();
        appendText(node, text);
        return text.toString();
    }

    private static void appendText(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof Code c) {
                text.append(c.getLiteral());
            } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                text.append(' ');
            } else {
                appendText(child, text);
            }
        }
    }
}

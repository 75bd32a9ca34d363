package org.corridor.reports;

import java.util.List;
import org.corridor.reports.GeneratedContent.Block;
import org.corridor.reports.GeneratedContent.Chart;
import org.corridor.reports.GeneratedContent.Column;
import org.corridor.reports.GeneratedContent.Paragraph;
import org.corridor.reports.GeneratedContent.Table;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * One section as the editor and the review show it beside its comments: its narrative rendered and sanitised by
 * {@link Narrative}, its generated content as paragraphs, tables and the renderer's charts (as images: see
 * {@link ChartImages}). The whole document, with
 * its header and contents, is {@link ReportFiles#body}'s.
 */
@Component
class SectionPreviews {

    private final Narrative narrative;

    SectionPreviews(Narrative narrative) {
        this.narrative = narrative;
    }

    String html(ReportDocument.Section section) {
        StringBuilder out = new StringBuilder(2048);
        if (section.markdown() != null && !section.markdown().isBlank()) {
            out.append("<div class=\"report-narrative\">").append(narrative.html(section.markdown())).append("</div>");
        }
        if (section.content() != null) {
            for (Block block : section.content().blocks()) {
                block(block, out);
            }
        }
        if (out.isEmpty()) {
            out.append("<p class=\"muted\">").append(section.kind() != null && section.kind().generated()
                    ? "Nothing to show for this period." : "No text written yet.").append("</p>");
        }
        return out.toString();
    }

    private static void block(Block block, StringBuilder out) {
        if (block instanceof Paragraph p) {
            out.append("<p>").append(escape(p.text())).append("</p>");
        } else if (block instanceof Table t) {
            table(t, out);
        } else if (block instanceof Chart c) {
            out.append("<figure class=\"report-chart\"><div class=\"chart\">").append(ChartImages.inPage(ReportCharts.accessibleSvg(c)))
                    .append("</div><figcaption>").append(escape(c.title())).append("</figcaption></figure>");
        }
    }

    private static void table(Table table, StringBuilder out) {
        List<Column> columns = table.columns();
        boolean rowHeaders = !columns.isEmpty() && !columns.get(0).numeric();
        // On a phone a wide table scrolls within its frame, which can then be focused to scroll it by keyboard.
        out.append("<div class=\"report-table report-table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"")
                .append(escape(table.caption() == null || table.caption().isBlank() ? "Table" : table.caption()))
                .append("\"><table>");
        if (table.caption() != null && !table.caption().isBlank()) {
            out.append("<caption>").append(escape(table.caption())).append("</caption>");
        }
        out.append("<thead><tr>");
        for (Column column : columns) {
            out.append(column.numeric() ? "<th scope=\"col\" class=\"numeric\">" : "<th scope=\"col\">")
                    .append(escape(column.heading())).append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (List<String> row : table.rows()) {
            out.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                boolean numeric = c < columns.size() && columns.get(c).numeric();
                String tag = c == 0 && rowHeaders ? "th" : "td";
                out.append('<').append(tag).append(c == 0 && rowHeaders ? " scope=\"row\"" : "")
                        .append(numeric ? " class=\"numeric\">" : ">").append(escape(row.get(c))).append("</")
                        .append(tag).append('>');
            }
            out.append("</tr>");
        }
        out.append("</tbody></table></div>");
    }

    private static String escape(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }
}

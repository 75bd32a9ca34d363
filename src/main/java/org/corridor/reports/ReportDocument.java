package org.corridor.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.corridor.accounts.DistributionLevel;

/**
 * A report as read: what the page, the HTML download, the PDF and the Word file are all rendered from. Generated
 * sections carry their content (live while the report is a draft, frozen from approval on); narrative sections
 * carry their Markdown, rendered and sanitised by the renderer.
 *
 * @param symbol the reference symbol ("SEC.FR/230/16", "SEC.FR/444/16/Rev.1"), null until distributed
 * @param operationName the operation's name, null for a regional report
 * @param revision 0 for the first edition, n for Rev.n
 * @param distributedAt null until distributed
 */
public record ReportDocument(String title, String symbol, DistributionLevel level, String operationName,
        ReportType type, LocalDate periodFrom, LocalDate periodTo, List<String> authors, ReportStatus status,
        int revision, Instant distributedAt, List<Section> sections) {

    public ReportDocument {
        authors = List.copyOf(authors);
        sections = List.copyOf(sections);
    }

    /**
     * One section in order: a narrative one has Markdown and no content; a generated one has content (and may have a
     * short Markdown introduction the authors wrote above it, or none).
     */
    public record Section(String heading, SectionKind kind, String markdown, GeneratedContent content) {
    }
}

package org.corridor.reports;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * What a generated section holds once drawn from the data: paragraphs, tables and charts, already worded and
 * formatted for the reader, so that the page, the PDF and the Word file show the same thing, and so that it can be
 * frozen (stored as JSON) when the report is approved and never move again.
 */
public record GeneratedContent(List<Block> blocks) {

    public GeneratedContent {
        blocks = List.copyOf(blocks);
    }

    public static GeneratedContent of(Block... blocks) {
        return new GeneratedContent(List.of(blocks));
    }

    /** One part of a generated section, in reading order. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({ @JsonSubTypes.Type(value = Paragraph.class, name = "paragraph"),
            @JsonSubTypes.Type(value = Table.class, name = "table"),
            @JsonSubTypes.Type(value = Chart.class, name = "chart") })
    public sealed interface Block permits Paragraph, Table, Chart {
    }

    /** Plain text (not Markdown): a sentence such as "No route events in this period." */
    public record Paragraph(String text) implements Block {
    }

    /** A table whose cells are already formatted (numbers with the region's grouping, dates as the pages show them). */
    public record Table(String caption, List<Column> columns, List<List<String>> rows) implements Block {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** A column of a table; numeric columns are aligned right. */
    public record Column(String heading, boolean numeric) {
        public static Column text(String heading) {
            return new Column(heading, false);
        }

        public static Column number(String heading) {
            return new Column(heading, true);
        }
    }

    /**
     * A chart drawn from the same figures as a table beside it: one value per category in each series (null where
     * nothing was counted, never 0).
     */
    public record Chart(String title, ChartKind kind, String valueLabel, List<String> categories, List<Series> series)
            implements Block {
        public Chart {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    public enum ChartKind {
        LINE, BAR
    }

    public record Series(String name, List<Double> values) {
        public Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }
}

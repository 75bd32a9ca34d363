package org.corridor.interchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a list as CSV or XLSX, row by row, so an export of any size needs little memory: XLSX rows
 * beyond a small window are flushed to a temporary file as they are written.
 */
public final class TableExport {

    /** Rows POI keeps in memory while writing XLSX. */
    private static final int XLSX_WINDOW = 200;

    private TableExport() {
    }

    /** Receives rows one at a time; a row's values are strings, numbers, booleans, dates or null. */
    public interface RowSink {
        void row(List<?> values) throws IOException;
    }

    /** Produces the rows into a sink, e.g. from a streamed query. */
    public interface RowSource {
        void writeTo(RowSink sink) throws IOException;
    }

    /** RFC 4180 CSV in UTF-8 with a byte-order mark, so spreadsheet programs read accents right. */
    public static void csv(OutputStream out, List<String> headers, RowSource rows) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        print(writer, headers, rows);
    }

    /**
     * HXL-tagged CSV: the header row, the hashtag row right under it, then the rows; UTF-8 without a byte-order
     * mark, which HXL readers (libhxl, the HXL Proxy) would keep as part of the first header.
     */
    public static void hxl(OutputStream out, List<String> headers, List<String> tags, RowSource rows)
            throws IOException {
        print(new OutputStreamWriter(out, StandardCharsets.UTF_8), headers, sink -> {
            sink.row(tags);
            rows.writeTo(sink);
        });
    }

    private static void print(Writer writer, List<String> headers, RowSource rows) throws IOException {
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(headers.toArray(String[]::new)).get());
        rows.writeTo(values -> printer.printRecord(values.stream().map(TableExport::text).toList()));
        printer.flush();
    }

    public static void xlsx(OutputStream out, String sheetName, List<String> headers, RowSource rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW)) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle dateTime = workbook.createCellStyle();
            dateTime.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            rows.writeTo(values -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof Boolean flag) {
                        cell.setCellValue(flag);
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof LocalDateTime time) {
                        cell.setCellValue(time);
                        cell.setCellStyle(dateTime);
                    } else {
                        cell.setCellValue(fitCell(value.toString())); // stored as text, never evaluated as a formula
                    }
                }
            });
            workbook.write(out);
        }
    }

    /** The most characters an XLSX cell holds; POI refuses a longer text, which broke whole exports. */
    static final int XLSX_CELL_LIMIT = 32_767;

    /** A text cut to fit one XLSX cell, saying that it was cut and how long the whole text is. */
    static String fitCell(String text) {
        if (text.length() <= XLSX_CELL_LIMIT) {
            return text;
        }
        String marker = " … [cut: " + text.length() + " characters in all; the whole text is in Corridor]";
        int end = XLSX_CELL_LIMIT - marker.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + marker;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        String text = value.toString();
        // A cell starting with = + - @ (or a tab or carriage return before one) is run as a formula by spreadsheet
        // programs: neutralise it (OWASP's CSV injection advice).
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+(\\.\\d+)?")
                ? "'" + text : text;
    }
}

package org.corridor.interchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads a table from a file row by row, never holding more than a few rows: CSV (comma or tab separated, UTF-8
 * or, failing that, Windows-1252), HXL-tagged CSV and XLSX (first sheet, through POI's streaming SAX reader).
 *
 * <p>The header is found as the reference HXL library finds it: the hashtag row is the first of the first
 * {@value #HASHTAG_ROW_SEARCH} rows in which at least half the non-empty cells are hashtags; the row just above it,
 * if any, holds the column headers, and any rows above that are titles. In a plain CSV file the first non-empty
 * row is the header. Everything wrong with the file goes to the {@link ProblemLog}; reading never throws for bad
 * content, only for a file that cannot be opened.
 */
public final class TableReader {

    /** How many rows the reference HXL library searches for the hashtag row. */
    static final int HASHTAG_ROW_SEARCH = 25;

    /** Receives the columns once, then the data rows (blank rows are skipped). */
    public interface Rows {
        void columns(List<TableColumn> columns);

        void row(TableRow row);
    }

    private TableReader() {
    }

    /** Reads the file in the given format, or in the detected one when {@code format} is null; returns the format read. */
    public static TableFormat read(Path file, TableFormat format, ProblemLog problems, Rows rows) throws IOException {
        TableFormat actual = format == null ? TableFormat.detect(file) : format;
        return read(file, actual, actual == TableFormat.XLSX ? null : charsetOf(file), problems, rows);
    }

    /** Reads an import's file in its format and, for text, its charset, both known since it arrived. */
    public static TableFormat read(ImportFile file, ProblemLog problems, Rows rows) throws IOException {
        return read(file.path(), file.format(), file.charset(), problems, rows);
    }

    private static TableFormat read(Path file, TableFormat format, Charset charset, ProblemLog problems, Rows rows)
            throws IOException {
        Assembler assembler = new Assembler(format, problems, rows);
        try {
            if (format == TableFormat.XLSX) {
                readXlsx(file, assembler, problems);
            } else {
                readText(file, charset, assembler, problems);
            }
            assembler.finish();
        } catch (Stop stop) {
            // the assembler logged why reading stopped
        }
        return format;
    }

    /** Whether a text file has a HXL hashtag row among its first rows (read only that far). */
    static boolean hasHashtagRow(Path file, Charset charset) throws IOException {
        try (CSVParser parser = textParser(file, charset)) {
            int seen = 0;
            for (CSVRecord record : parser) {
                if (isHashtagRow(cells(record))) {
                    return true;
                }
                if (++seen >= HASHTAG_ROW_SEARCH) {
                    return false;
                }
            }
        } catch (UncheckedIOException e) {
            return false;
        }
        return false;
    }

    /** At least half the non-empty cells are hashtags (the reference library's "fuzzy" rule). */
    static boolean isHashtagRow(List<String> cells) {
        int tags = 0;
        int others = 0;
        for (String cell : cells) {
            if (cell.isEmpty()) {
                continue;
            }
            if (HxlTag.parse(cell).isPresent()) {
                tags++;
            } else {
                others++;
            }
        }
        return tags > 0 && tags >= others;
    }

    private static void readText(Path file, Charset charset, Assembler assembler, ProblemLog problems)
            throws IOException {
        try (CSVParser parser = textParser(file, charset)) {
            long line = 1;
            var records = parser.iterator();
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.error(line, "", "", "The file cannot be read from here on: a quote is not closed or is"
                            + " misplaced. Put values with commas, quotes or line breaks in double quotes and double"
                            + " any quote inside them.");
                    return;
                }
                assembler.raw(line, cells(record));
                line = parser.getCurrentLineNumber() + 1;
            }
        }
    }

    private static List<String> cells(CSVRecord record) {
        List<String> cells = new ArrayList<>(record.size());
        record.forEach(value -> cells.add(value == null ? "" : value.trim()));
        return cells;
    }

    private static CSVParser textParser(Path file, Charset charset) throws IOException {
        char delimiter = delimiterOf(file, charset);
        Reader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get().parse(reader);
    }

    /** UTF-8 when the whole file is valid UTF-8 (checked streaming), else Windows-1252, which decodes any byte. */
    static Charset charsetOf(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = Files.newInputStream(file)) {
            ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
            CharBuffer chars = CharBuffer.allocate(64 * 1024);
            int read;
            while ((read = in.read(bytes.array(), bytes.position(), bytes.remaining())) >= 0) {
                bytes.position(bytes.position() + read);
                bytes.flip();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return Charset.forName("windows-1252");
                }
                bytes.compact();
                chars.clear();
            }
            bytes.flip();
            if (decoder.decode(bytes, chars, true).isError() || decoder.flush(chars).isError()) {
                return Charset.forName("windows-1252");
            }
        }
        return StandardCharsets.UTF_8;
    }

    /** A tab-separated file has more tabs than commas in its first line. */
    private static char delimiterOf(Path file, Charset charset) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), charset))) {
            char[] head = new char[8192];
            int read = reader.read(head);
            int tabs = 0;
            int commas = 0;
            for (int i = 0; i < read && head[i] != '\n'; i++) {
                if (head[i] == '\t') {
                    tabs++;
                } else if (head[i] == ',') {
                    commas++;
                }
            }
            return tabs > commas ? '\t' : ',';
        } catch (CharacterCodingException e) {
            return ',';
        }
    }

    private static void readXlsx(Path file, Assembler assembler, ProblemLog problems) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                problems.error(0, "", "", "The workbook has no sheet.");
                return;
            }
            SheetRows sheetRows = new SheetRows(assembler);
            XSSFSheetXMLHandler handler = new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                    new ReadOnlySharedStringsTable(pkg), sheetRows, new IsoDates(), false);
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(handler);
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
        } catch (Stop stop) {
            throw stop;
        } catch (Exception | StackOverflowError e) {
            problems.error(0, "", "", "This is not a readable XLSX workbook. Save it again from the spreadsheet"
                    + " program as an Excel workbook (.xlsx), or as CSV.");
        }
    }

    /** Spreadsheet dates as ISO dates (2015-10-20), whatever the cell's display format; other numbers as shown. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                var dateTime = DateUtil.getLocalDateTime(value, use1904Windowing);
                return dateTime.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                        ? dateTime.toLocalDate().toString() : dateTime.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    /** Turns the sheet's cell events into rows, filling the cells a sheet leaves out. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Assembler assembler;
        private final List<String> cells = new ArrayList<>();
        private int nextColumn;

        SheetRows(Assembler assembler) {
            this.assembler = assembler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            assembler.raw(rowNum + 1L, cells);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            if (column < cells.size() || column > 16_383) {
                return;
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(value == null ? "" : value.trim());
            nextColumn = column + 1;
        }
    }

    /** Stops reading when the file cannot give rows (no hashtag row in a HXL file). */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** Finds the header (and hashtag row) among the first rows, then passes data rows on. */
    private static final class Assembler {
        private final TableFormat format;
        private final ProblemLog problems;
        private final Rows rows;
        private final List<TableRow> pending = new ArrayList<>();
        private List<TableColumn> columns;

        Assembler(TableFormat format, ProblemLog problems, Rows rows) {
            this.format = format;
            this.problems = problems;
            this.rows = rows;
        }

        void raw(long line, List<String> cells) {
            TableRow row = new TableRow(line, cells);
            if (columns != null) {
                emit(row);
                return;
            }
            if (format == TableFormat.CSV) {
                if (!row.blank()) {
                    columns(row, null);
                }
                return;
            }
            if (isHashtagRow(row.cells())) {
                TableRow header = pending.isEmpty() ? null : pending.get(pending.size() - 1);
                pending.clear();
                columns(header, row);
                return;
            }
            pending.add(row);
            if (pending.size() >= HASHTAG_ROW_SEARCH) {
                noHashtagRow();
            }
        }

        void finish() {
            if (columns == null && format != TableFormat.CSV && !pending.isEmpty()) {
                noHashtagRow();
            }
            if (columns == null) {
                problems.error(0, "", "", "The file has no rows: it needs a header row and one row a count.");
            }
        }

        /** A HXL file must have hashtags; a workbook may instead have a plain header in its first non-empty row. */
        private void noHashtagRow() {
            if (format == TableFormat.HXL) {
                problems.error(pending.get(0).line(), "", "", "No HXL hashtag row in the first " + HASHTAG_ROW_SEARCH
                        + " rows: add a row of hashtags such as #date, #loc+name, #affected+total above the data.");
                throw new Stop();
            }
            List<TableRow> rest = new ArrayList<>(pending);
            pending.clear();
            int first = 0;
            while (first < rest.size() && rest.get(first).blank()) {
                first++;
            }
            if (first == rest.size()) {
                return;
            }
            columns(rest.get(first), null);
            rest.subList(first + 1, rest.size()).forEach(this::emit);
        }

        /** Non-blank rows, as wide as the header, so a sheet's missing trailing cells read as the CSV's empty ones. */
        private void emit(TableRow row) {
            if (row.blank()) {
                return;
            }
            row = withoutNul(row);
            if (row.cells().size() < columns.size()) {
                List<String> cells = new ArrayList<>(row.cells());
                while (cells.size() < columns.size()) {
                    cells.add("");
                }
                row = new TableRow(row.line(), cells);
            }
            rows.row(row);
        }

        /**
         * No text in Corridor may hold a NUL character (PostgreSQL refuses it): such a cell is an error of the file,
         * and is passed on with U+FFFD in its place so that checking the rest of the row goes on as usual.
         */
        private TableRow withoutNul(TableRow row) {
            List<String> cells = null;
            for (int i = 0; i < row.cells().size(); i++) {
                String cell = row.cells().get(i);
                if (cell.indexOf('\0') < 0) {
                    continue;
                }
                String column = i < columns.size() ? columns.get(i).label() : "column " + (i + 1);
                problems.error(row.line(), column, cell.replace("\0", "\\0"),
                        "Holds the NUL character (U+0000), which no text may contain: remove it and import again.");
                if (cells == null) {
                    cells = new ArrayList<>(row.cells());
                }
                cells.set(i, cell.replace('\0', '\uFFFD'));
            }
            return cells == null ? row : new TableRow(row.line(), cells);
        }

        private void columns(TableRow headerRow, TableRow hashtags) {
            List<String> headers = headerRow == null ? List.of() : headerRow.cells();
            long line = hashtags != null ? hashtags.line() : headerRow.line();
            int width = Math.max(headers.size(), hashtags == null ? 0 : hashtags.cells().size());
            List<TableColumn> made = new ArrayList<>(width);
            for (int i = 0; i < width; i++) {
                String header = i < headers.size() ? headers.get(i) : "";
                HxlTag tag = null;
                if (hashtags != null) {
                    String spec = hashtags.value(new TableColumn(i, "", null));
                    Optional<HxlTag> parsed = HxlTag.parse(spec);
                    tag = parsed.orElse(null);
                    if (parsed.isEmpty() && !spec.isEmpty()) {
                        problems.note(hashtags.line(), "column " + (i + 1), spec, "Not a HXL hashtag: the column is ignored.");
                    }
                }
                made.add(new TableColumn(i, header, tag, line));
            }
            columns = List.copyOf(made);
            rows.columns(columns);
        }
    }
}

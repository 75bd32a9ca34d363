package org.corridor.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableExportTests {

    @Test
    void csvNeutralisesFormulasBehindALeadingTabOrCarriageReturn() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.csv(out, List.of("a", "b", "c", "d"),
                sink -> sink.row(List.of("\t=cmd|' /C calc'!A0", "\r=1+1", "=SUM(A1)", "-12.5")));

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).contains("'\t=cmd").contains("'\r=1+1").contains("'=SUM(A1)").contains(",-12.5");
    }

    @Test
    void hxlStartsWithItsFirstHeaderNotAByteOrderMarkThatHxlReadersWouldKeepInIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.hxl(out, List.of("period_start", "total"), List.of("#date+start", "#affected+total"),
                sink -> sink.row(List.of("2015-10-01", 5230)));

        String hxl = out.toString(StandardCharsets.UTF_8);
        assertThat(hxl).startsWith("period_start,total\r\n").endsWith("\r\n2015-10-01,5230\r\n");
        assertThat(hxl.lines().skip(1).findFirst().orElseThrow().replace("\"", ""))
                .isEqualTo("#date+start,#affected+total");
    }

    @Test
    void csvForSpreadsheetsKeepsItsByteOrderMark() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.csv(out, List.of("place"), sink -> sink.row(List.of("Preševo")));

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFplace\r\nPreševo\r\n");
    }

    @Test
    void xlsxCutsATextLongerThanACellHoldsAndSaysSo() throws IOException {
        String narrative = "Observed at Tabanovce. ".repeat(2_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.xlsx(out, "visits", List.of("narrative", "after"), sink -> sink.row(List.of(narrative, "next cell")));

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            String cell = book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue();
            assertThat(cell).hasSize(TableExport.XLSX_CELL_LIMIT).startsWith("Observed at Tabanovce.")
                    .endsWith("[cut: " + narrative.length() + " characters in all; the whole text is in Corridor]");
            assertThat(book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("next cell");
        }
    }
}

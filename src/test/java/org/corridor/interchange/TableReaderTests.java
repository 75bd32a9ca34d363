package org.corridor.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HXL samples of the reference library's own tests, read as it reads them; CSV and XLSX alike; no crash on junk. */
class TableReaderTests {

    @TempDir
    Path dir;

    record Table(TableFormat format, List<TableColumn> columns, List<TableRow> rows, ProblemLog problems) {
        List<String> tags() {
            return columns.stream().map(c -> c.tag() == null ? null : c.tag().toString()).toList();
        }
    }

    Path sample(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/hxl/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    static Table read(Path file, TableFormat format) throws IOException {
        List<TableColumn> columns = new ArrayList<>();
        List<TableRow> rows = new ArrayList<>();
        ProblemLog problems = new ProblemLog();
        TableFormat read = TableReader.read(file, format, problems, new TableReader.Rows() {
            @Override
            public void columns(List<TableColumn> found) {
                columns.addAll(found);
            }

            @Override
            public void row(TableRow row) {
                rows.add(row);
            }
        });
        return new Table(read, columns, rows, problems);
    }

    static final List<String> VALID_TAGS = java.util.Arrays.asList(null, "#sector+es", "#subsector+es", "#org+es",
            "#targeted+f", "#targeted+m", "#country", "#adm1", "#date+reported");

    @Test
    void findsTheHashtagRowBelowTitleRowsAndTakesTheRowAboveAsHeaders() throws IOException {
        Table table = read(sample("input-valid.csv"), null);
        assertThat(table.format()).isEqualTo(TableFormat.HXL);
        assertThat(table.tags()).isEqualTo(VALID_TAGS);
        assertThat(table.columns().get(3).header()).isEqualTo("Organización");
        assertThat(table.rows()).hasSize(4);
        assertThat(table.rows().get(0).line()).isEqualTo(4);
        assertThat(table.rows().get(0).cells()).containsExactly("001", "WASH", "Higiene", "ACNUR", "100", "100",
                "Panamá", "Los Santos", "1 March 2015");
        assertThat(table.problems().hasErrors()).isFalse();
    }

    @Test
    void readsLatin1AndTabSeparatedFilesAsTheUtf8Csv() throws IOException {
        Table csv = read(sample("input-valid.csv"), TableFormat.HXL);
        Table latin1 = read(sample("input-valid-latin1.csv"), TableFormat.HXL);
        Table tsv = read(sample("input-valid.tsv"), TableFormat.HXL);
        assertThat(latin1.rows()).isEqualTo(csv.rows());
        assertThat(latin1.tags()).isEqualTo(VALID_TAGS);
        assertThat(tsv.rows()).isEqualTo(csv.rows());
        assertThat(tsv.tags()).isEqualTo(VALID_TAGS);
    }

    @Test
    void readsTheXlsxSampleAsTheCsvSample() throws IOException {
        Table xlsx = read(sample("input-valid.xlsx"), null);
        Table csv = read(sample("input-valid.csv"), null);
        assertThat(xlsx.format()).isEqualTo(TableFormat.XLSX);
        assertThat(xlsx.tags()).isEqualTo(csv.tags());
        assertThat(xlsx.rows()).isEqualTo(csv.rows());
    }

    @Test
    void acceptsARowOfMostlyHashtagsAndLeavesTheOtherColumnsUntagged() throws IOException {
        Table table = read(sample("input-fuzzy.csv"), null);
        assertThat(table.format()).isEqualTo(TableFormat.HXL);
        assertThat(table.tags()).containsExactly(null, "#sector+es", "#subsector+es", "#org+es", "#targeted+f",
                "#targeted+f", null, null);
        assertThat(table.rows()).hasSize(4);
        assertThat(table.problems().entries()).extracting(ProblemLog.Entry::value).containsExactly("country", "adm1");
        assertThat(table.problems().hasErrors()).isFalse();
    }

    @Test
    void keepsRepeatedTagsAsSeparateColumns() throws IOException {
        Table table = read(sample("input-fuzzy.csv"), null);
        assertThat(table.columns().get(4).tag()).isEqualTo(table.columns().get(5).tag());
        assertThat(table.rows().get(0).value(table.columns().get(4))).isEqualTo("100");
        assertThat(table.rows().get(2).value(table.columns().get(5))).isEqualTo("300");
    }

    @Test
    void rejectsAHxlFileWithoutHashtags() throws IOException {
        for (String name : List.of("input-invalid.csv", "input-untagged.csv")) {
            Table table = read(sample(name), TableFormat.HXL);
            assertThat(table.rows()).isEmpty();
            assertThat(table.problems().hasErrors()).isTrue();
            assertThat(table.problems().entries().get(0).reason()).contains("No HXL hashtag row");
        }
    }

    @Test
    void detectsAFileWithoutHashtagsAsPlainCsv() throws IOException {
        Table table = read(sample("input-untagged.csv"), null);
        assertThat(table.format()).isEqualTo(TableFormat.CSV);
        assertThat(table.columns().get(1).header()).isEqualTo("¿Qué?");
        assertThat(table.rows()).hasSize(5);
    }

    @Test
    void keepsLineBreaksInsideQuotedValues() throws IOException {
        Table table = read(sample("input-multiline.csv"), null);
        assertThat(table.tags()).containsExactly("#description");
        assertThat(table.rows()).hasSize(1);
        assertThat(table.rows().get(0).line()).isEqualTo(2);
        assertThat(table.rows().get(0).cells()).containsExactly("Line 1\nLine 2\nLine 3");
    }

    @Test
    void takesOnlyTheRowJustAboveTheHashtagsAsHeaders() throws IOException {
        Table table = read(sample("input-multiple-headers.csv"), null);
        assertThat(table.columns()).extracting(TableColumn::header)
                .containsExactly("Org", "No hashtag", "Province", "Number affected");
        assertThat(table.tags()).containsExactly("#org", null, "#adm1", "#affected");
        assertThat(table.rows()).extracting(r -> r.value(table.columns().get(3))).containsExactly("100", "200");
    }

    @Test
    void readsTagsAndAttributesInAnyCaseAndOrder() throws IOException {
        Table table = read(file("case.csv", "Title\n#Affected +F +Children,#ADM0+Code\n12,MK\n"), null);
        assertThat(table.tags()).containsExactly("#affected+children+f", "#adm0+code");
        assertThat(HxlTag.parse("#affected+children+f")).isEqualTo(HxlTag.parse(" #AFFECTED+f+CHILDREN "));
    }

    @Test
    void readsAPlainCsvHeaderAndCountsLinesAcrossBlankRows() throws IOException {
        Table table = read(file("plain.csv", "\uFEFFdate,total\n2015-10-20,5\n\n2015-10-21,7\n"), TableFormat.CSV);
        assertThat(table.columns()).extracting(TableColumn::key).containsExactly("date", "total");
        assertThat(table.rows()).extracting(TableRow::line).containsExactly(2L, 4L);
    }

    @Test
    void reportsAnUnclosedQuoteWithItsLine() throws IOException {
        Table table = read(file("broken.csv", "a,b\n1,2\n3,\"four\n"), TableFormat.CSV);
        assertThat(table.rows()).hasSize(1);
        assertThat(table.problems().entries()).extracting(ProblemLog.Entry::line).containsExactly(3L);
    }

    @Test
    void keepsOnlyTheFirstProblemsButCountsAll() {
        ProblemLog log = new ProblemLog(3);
        for (int i = 0; i < 10; i++) {
            log.error(i, "c", "v", "bad");
        }
        assertThat(log.entries()).hasSize(3);
        assertThat(log.errorCount()).isEqualTo(10);
        assertThat(log.truncated()).isTrue();
    }

    /** Seeded, so a failure can be replayed: mutated samples and random bytes in every format never throw. */
    @Test
    void noMalformedFileMakesTheReaderThrow() throws IOException {
        Random random = new Random(20151020L);
        List<byte[]> seeds = new ArrayList<>();
        for (String name : List.of("input-valid.csv", "input-fuzzy.csv", "input-multiline.csv", "input-valid.xlsx",
                "input-valid.tsv", "input-multiple-headers.csv")) {
            seeds.add(Files.readAllBytes(sample(name)));
        }
        for (int i = 0; i < 400; i++) {
            byte[] bytes = i % 10 == 0 ? new byte[random.nextInt(2000)] : seeds.get(random.nextInt(seeds.size())).clone();
            if (i % 10 == 0) {
                random.nextBytes(bytes);
            } else {
                int mutations = 1 + random.nextInt(20);
                for (int m = 0; m < mutations && bytes.length > 0; m++) {
                    int at = random.nextInt(bytes.length);
                    bytes[at] = switch (random.nextInt(4)) {
                        case 0 -> (byte) '"';
                        case 1 -> (byte) '#';
                        case 2 -> (byte) '\n';
                        default -> (byte) random.nextInt(256);
                    };
                }
                if (random.nextBoolean()) {
                    bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
                }
            }
            Path file = Files.write(dir.resolve("fuzz" + i), bytes);
            TableFormat format = TableFormat.values()[random.nextInt(3)];
            assertThatCode(() -> read(file, null)).as("detected, case %d", i).doesNotThrowAnyException();
            assertThatCode(() -> read(file, format)).as("%s, case %d", format, i).doesNotThrowAnyException();
        }
    }

    @Test
    void reportsACellWithANulCharacterAsAnError() throws IOException {
        Table table = read(file("nul.csv", "date,total,location\n2016-01-04,12,Gev\0gelija\n"), TableFormat.CSV);

        assertThat(table.problems().hasErrors()).isTrue();
        assertThat(table.problems().entries()).singleElement().satisfies(entry -> {
            assertThat(entry.line()).isEqualTo(2);
            assertThat(entry.column()).isEqualTo("location");
            assertThat(entry.reason()).contains("NUL character");
        });
        assertThat(table.rows().get(0).cells().get(2)).doesNotContain("\0");
    }
}

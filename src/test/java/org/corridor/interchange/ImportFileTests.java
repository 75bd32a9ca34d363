package org.corridor.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file to import is read once on arrival: spooled privately while hashed, its charset and format known after. */
class ImportFileTests {

    @TempDir
    Path dir;

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void anUploadIsSpooledToAPrivateFileWhileHashedAndDeletedWhenClosed() throws Exception {
        byte[] bytes = "date,total\n2015-10-20,5\n2015-10-21,7\n".getBytes(StandardCharsets.UTF_8);
        Path spooled;
        try (ImportFile file = ImportFile.spool(new ByteArrayInputStream(bytes), "flows.csv", null)) {
            spooled = file.path();
            assertThat(Files.readAllBytes(spooled)).isEqualTo(bytes);
            assertThat(file.sha256()).isEqualTo(sha256(bytes));
            assertThat(file.name()).isEqualTo("flows.csv");
            assertThat(file.format()).isEqualTo(TableFormat.CSV);
            assertThat(file.charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(file.lines()).isEqualTo(3);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(spooled))).isEqualTo("rw-------");
            }
        }
        assertThat(spooled).doesNotExist();
    }

    @Test
    void aFileOfTheCallersIsReadInPlaceAndLeftWhereItIs() throws Exception {
        Path path = Files.writeString(dir.resolve("own.csv"), "abc");
        try (ImportFile file = ImportFile.of(path, "own.csv", null)) {
            assertThat(file.path()).isEqualTo(path);
            assertThat(file.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        }
        assertThat(path).exists();
        assertThat(ImportJobs.sha256(path)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void itsCharsetIsTheOneTheReaderWouldFindEvenWhereACharacterSpansTwoReads() throws Exception {
        // 'é' is two bytes in UTF-8; the padding puts one of them either side of the 64 KiB buffers' boundaries.
        for (int padding = 65_530; padding < 65_540; padding++) {
            String text = "date,location\n" + "x".repeat(padding) + ",Gevgelija é\n" + "y".repeat(70_000) + "é\n";
            assertSameCharset(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        assertSameCharset("date,location\n2015-10-20,Tabanovcé\n".getBytes(Charset.forName("windows-1252")),
                Charset.forName("windows-1252"));
        assertSameCharset(new byte[] {'a', (byte) 0xC3}, Charset.forName("windows-1252")); // cut off mid-character
        assertSameCharset(new byte[0], StandardCharsets.UTF_8);
    }

    void assertSameCharset(byte[] bytes, Charset expected) throws IOException {
        Path path = Files.write(dir.resolve("charset.csv"), bytes);
        assertThat(TableReader.charsetOf(path)).isEqualTo(expected);
        try (ImportFile file = ImportFile.spool(new ByteArrayInputStream(bytes), "charset.csv", null)) {
            assertThat(file.charset()).isEqualTo(expected);
        }
    }

    @Test
    void itsFormatIsDetectedOnceAsTheReaderWouldUnlessOneIsChosen() throws Exception {
        byte[] hxl = "Date,Total\n#date,#affected+total\n2015-10-20,5\n".getBytes(StandardCharsets.UTF_8);
        byte[] csv = "date,total\n2015-10-20,5\n".getBytes(StandardCharsets.UTF_8);
        byte[] zip = {'P', 'K', 3, 4, 0, 0};
        try (ImportFile file = ImportFile.spool(new ByteArrayInputStream(hxl), "a", null)) {
            assertThat(file.format()).isEqualTo(TableFormat.HXL).isEqualTo(TableFormat.detect(file.path()));
        }
        try (ImportFile file = ImportFile.spool(new ByteArrayInputStream(csv), "b", null)) {
            assertThat(file.format()).isEqualTo(TableFormat.CSV).isEqualTo(TableFormat.detect(file.path()));
        }
        try (ImportFile file = ImportFile.spool(new ByteArrayInputStream(zip), "c", null)) {
            assertThat(file.format()).isEqualTo(TableFormat.XLSX).isEqualTo(TableFormat.detect(file.path()));
        }
        try (ImportFile file = ImportFile.spool(new ByteArrayInputStream(hxl), "d", TableFormat.CSV)) {
            assertThat(file.format()).isEqualTo(TableFormat.CSV);
        }
    }
}

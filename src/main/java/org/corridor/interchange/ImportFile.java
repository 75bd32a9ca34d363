package org.corridor.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file to import, read once as it arrives: an upload is spooled to a private temporary file (mode 0600) while it
 * is hashed (SHA-256), its text checked for UTF-8 and its lines counted; a file already on disk (the command line's)
 * is read once for the same. Its format is then known, as chosen or detected from its first bytes and rows, and
 * reading its rows ({@link TableReader#read(ImportFile, ProblemLog, TableReader.Rows)}) is the only other pass.
 *
 * <p>Closing a spooled file deletes it; a file of the caller's is left alone.
 */
public final class ImportFile implements AutoCloseable {

    private final Path path;
    private final String name;
    private final String sha256;
    private final Charset charset;
    private final long lines;
    private final TableFormat format;
    private final boolean spooled;

    private ImportFile(Path path, String name, Scan scan, TableFormat chosen, boolean spooled) throws IOException {
        this.path = path;
        this.name = name;
        this.sha256 = scan.sha256();
        this.charset = scan.charset();
        this.lines = scan.lines;
        this.format = chosen != null ? chosen
                : scan.zip() ? TableFormat.XLSX
                : TableReader.hasHashtagRow(path, charset) ? TableFormat.HXL : TableFormat.CSV;
        this.spooled = spooled;
    }

    /**
     * Spools an upload to a private temporary file, hashing it on the way, and detects its format unless one is
     * chosen. The upload's stream is closed.
     */
    public static ImportFile spool(InputStream upload, String name, TableFormat chosen) throws IOException {
        Path path = privateTemporaryFile();
        try {
            Scan scan = new Scan();
            try (InputStream in = upload; OutputStream out = Files.newOutputStream(path)) {
                scan.read(in, out);
            }
            return new ImportFile(path, name, scan, chosen, true);
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(path);
            throw e;
        }
    }

    /** A file already on disk, read once for its hash and charset; its format detected unless one is chosen. */
    public static ImportFile of(Path file, String name, TableFormat chosen) throws IOException {
        Scan scan = new Scan();
        try (InputStream in = Files.newInputStream(file)) {
            scan.read(in, null);
        }
        return new ImportFile(file, name, scan, chosen, false);
    }

    private static Path privateTemporaryFile() throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile("corridor-import-", ".upload",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        return Files.createTempFile("corridor-import-", ".upload");
    }

    public Path path() {
        return path;
    }

    /** The name the file had where it came from (the upload's, or the command line's). */
    public String name() {
        return name;
    }

    /** The SHA-256 of its bytes, in hex. */
    public String sha256() {
        return sha256;
    }

    /** UTF-8 when the whole file is valid UTF-8, else Windows-1252, which decodes any byte. */
    public Charset charset() {
        return charset;
    }

    /** Newlines in the file: the rows of a text table, give or take its header and quoted line breaks. */
    public long lines() {
        return lines;
    }

    public TableFormat format() {
        return format;
    }

    /** Deletes a spooled file; a file of the caller's stays. */
    @Override
    public void close() throws IOException {
        if (spooled) {
            Files.deleteIfExists(path);
        }
    }

    /** The one pass over the bytes: hash, UTF-8 check, newlines, and the ZIP signature of an XLSX workbook. */
    private static final class Scan {
        private final MessageDigest digest;
        private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer pending = ByteBuffer.allocate(64 * 1024 + 16);
        private final CharBuffer chars = CharBuffer.allocate(64 * 1024 + 16);
        private final byte[] head = new byte[4];
        private int headLength;
        private boolean valid = true;
        private long lines;
        private String sha256;

        Scan() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java has SHA-256", e);
            }
        }

        void read(InputStream in, OutputStream copy) throws IOException {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (read == 0) {
                    continue;
                }
                digest.update(buffer, 0, read);
                if (copy != null) {
                    copy.write(buffer, 0, read);
                }
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                for (int i = 0; headLength < head.length && i < read; i++) {
                    head[headLength++] = buffer[i];
                }
                if (valid) {
                    decode(buffer, read);
                }
            }
            if (valid) {
                pending.flip();
                chars.clear();
                valid = !utf8.decode(pending, chars, true).isError() && !utf8.flush(chars).isError();
            }
            sha256 = HexFormat.of().formatHex(digest.digest());
        }

        /** Decodes as UTF-8, streaming: a malformed sequence anywhere makes the file Windows-1252. */
        private void decode(byte[] buffer, int length) {
            int offset = 0;
            while (offset < length) {
                int take = Math.min(pending.remaining(), length - offset);
                pending.put(buffer, offset, take);
                offset += take;
                pending.flip();
                while (true) {
                    chars.clear();
                    var result = utf8.decode(pending, chars, false);
                    if (result.isError()) {
                        valid = false;
                        return;
                    }
                    if (!result.isOverflow()) {
                        break;
                    }
                }
                pending.compact();
            }
        }

        boolean zip() {
            return headLength == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }

        Charset charset() {
            return valid ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        }

        String sha256() {
            return sha256;
        }
    }
}

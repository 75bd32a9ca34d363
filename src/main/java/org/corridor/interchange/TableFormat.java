package org.corridor.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The formats a table may be read from: CSV with a header row, HXL-tagged CSV, and XLSX (its first sheet). */
public enum TableFormat {
    CSV, HXL, XLSX;

    /** The format named on the command line or in a form ("csv", "HXL" ...), if it is one. */
    public static Optional<TableFormat> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The format of a file by its content: a ZIP archive is XLSX; text with a HXL hashtag row in its first rows
     * is HXL; any other text is CSV.
     */
    public static TableFormat detect(Path file) throws IOException {
        byte[] head = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return XLSX;
        }
        return TableReader.hasHashtagRow(file, TableReader.charsetOf(file)) ? HXL : CSV;
    }
}

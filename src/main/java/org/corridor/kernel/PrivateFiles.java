package org.corridor.kernel;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Secrets Corridor keeps in files: readable and writable by their owner only (0600), written whole or not at all. */
public final class PrivateFiles {

    private PrivateFiles() {
    }

    /**
     * Writes {@code content} to a new file {@code file}, mode 0600, synced; fails with {@link FileAlreadyExistsException}
     * if it exists (so that of two processes creating it at once, one wins and the other reads the winner's).
     */
    public static void create(Path file, String content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid() + ".new");
        Files.deleteIfExists(temporary);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(temporary);
        }
        try {
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                writer.write(content);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            // A hard link fails if the name exists: an atomic "create if absent" with the whole content.
            Files.createLink(file, temporary);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}

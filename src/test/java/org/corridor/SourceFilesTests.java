package org.corridor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a merge can leave behind unseen: a properties file read its conflict markers as three meaningless settings.
 * The sources, scripts and documents of the project (not what the build writes).
 */
class SourceFilesTests {

    private static final Pattern MARKER = Pattern.compile("^(<{7} |>{7} |={7}$)", Pattern.MULTILINE);
    private static final Pattern OUTER_MARKER = Pattern.compile("^(<{7} |>{7} )", Pattern.MULTILINE);

    @Test
    void noMergeConflictMarkersAreLeftInTheSources() throws IOException {
        List<String> marked = new ArrayList<>();
        for (String root : List.of("src/main", "src/test", "bench", "bin", ".ci")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(Files::isRegularFile).filter(SourceFilesTests::isText).toList()) {
                    if (MARKER.matcher(Files.readString(file, StandardCharsets.ISO_8859_1)).find()) {
                        marked.add(file.toString());
                    }
                }
            }
        }
        // Documents: a line of seven "=" may underline a Markdown heading, so only the two outer markers count there.
        for (String document : List.of("README.md", "ARCHITECTURE.md", "bench/README.md", "pom.xml")) {
            Path file = Path.of(document);
            if (Files.exists(file) && OUTER_MARKER.matcher(Files.readString(file, StandardCharsets.ISO_8859_1)).find()) {
                marked.add(document);
            }
        }
        assertThat(marked).as("files with merge conflict markers").isEmpty();
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".java") || name.endsWith(".properties") || name.endsWith(".html") || name.endsWith(".sql")
                || name.endsWith(".js") || name.endsWith(".css") || name.endsWith(".yml") || name.endsWith(".xml")
                || name.endsWith(".sh") || !name.contains(".");
    }
}

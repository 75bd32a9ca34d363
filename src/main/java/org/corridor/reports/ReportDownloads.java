package org.corridor.reports;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * A report as a file to download, for the pages and the API alike: its content type, a file name from its
 * reference symbol ({@code SEC.FR/230/16} → {@code SEC.FR-230-16.pdf}) or, before distribution, from its title, and
 * the document written straight to the response.
 */
@Component
class ReportDownloads {

    /** The three files a report is read as. */
    enum Format {
        HTML("html", "text/html;charset=UTF-8"),
        PDF("pdf", "application/pdf"),
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        final String extension;
        final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }
    }

    /**
     * The HTML file carries its own styles; if a browser opens it from here, it may apply them but run nothing and
     * load nothing else.
     */
    static final String HTML_FILE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "font-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final ReportFiles files;

    ReportDownloads(ReportFiles files) {
        this.files = files;
    }

    /** The format of a file name's extension; any other extension is a page that does not exist. */
    static Format format(String extension) {
        for (Format f : Format.values()) {
            if (f.extension.equals(extension)) {
                return f;
            }
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    void write(ReportDocument document, Format format, HttpServletResponse response) throws IOException {
        response.setContentType(format.contentType);
        response.setHeader("Content-Disposition", disposition(fileName(document, format)));
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (format == Format.HTML) {
            response.setHeader("Content-Security-Policy", HTML_FILE_POLICY);
        }
        OutputStream out = response.getOutputStream();
        switch (format) {
            case HTML -> out.write(files.html(document).getBytes(StandardCharsets.UTF_8));
            case PDF -> files.pdf(document, out);
            case DOCX -> files.docx(document, out);
        }
        out.flush();
    }

    /** The symbol with its slashes as dashes, or else the title, with the format's extension. */
    static String fileName(ReportDocument document, Format format) {
        String base;
        if (document.symbol() != null && !document.symbol().isBlank()) {
            base = document.symbol().strip().replace('/', '-');
        } else {
            base = document.title() == null ? "" : document.title().strip();
        }
        base = base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", " ").replaceAll("\\s+", " ").strip();
        if (base.length() > 120) {
            base = base.substring(0, 120).strip();
        }
        if (base.isEmpty()) {
            base = "report";
        }
        return base + "." + format.extension;
    }

    /**
     * An attachment named in UTF-8 (RFC 6266, {@code filename*}) with a plain-ASCII name beside it for clients that
     * read only {@code filename}: "Извештај" or "Preševo" keep their letters where the client can show them.
     */
    static String disposition(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    static String contentType(Format format) {
        return format.contentType.toLowerCase(Locale.ROOT);
    }
}

package org.corridor.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A report as a file over the API: the same documents the pages download, read under the same rule. */
@RestController
@Tag(name = "Reports")
class ReportDocumentApiController {

    private final Reports reports;
    private final ReportDownloads downloads;

    ReportDocumentApiController(Reports reports, ReportDownloads downloads) {
        this.reports = reports;
        this.downloads = downloads;
    }

    @GetMapping("/api/v1/reports/{id}/document.{format}")
    @Operation(summary = "The report as it now reads, as html, pdf or docx (a distributed report: its frozen edition); "
            + "named after its reference symbol, e.g. SEC.FR-230-16.pdf; 404 if the caller may not read it")
    void document(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, @PathVariable String format,
            HttpServletResponse response) throws IOException {
        ReportDownloads.Format chosen = ReportDownloads.format(format);
        downloads.write(reports.document(user, id), chosen, response);
    }
}

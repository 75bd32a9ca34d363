package org.corridor.activities;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.corridor.kernel.RecordNotFound;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.UserAccounts;
import org.corridor.activities.ActivityImport;
import org.corridor.activities.ActivityTable;
import org.corridor.directory.Directory;
import org.corridor.directory.OperationSummary;
import org.corridor.interchange.ImportFile;
import org.corridor.interchange.ImportJobs;
import org.corridor.interchange.ImportKind;
import org.corridor.interchange.TableFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/** Upload of a file of activities (check only, or import), and the report of an import as a page and as CSV. */
@Controller
class ActivityImportController {

    private final ActivityImport activityImport;
    private final ImportJobs jobs;
    private final Directory directory;
    private final UserAccounts accounts;

    ActivityImportController(ActivityImport activityImport, ImportJobs jobs, Directory directory,
            UserAccounts accounts) {
        this.activityImport = activityImport;
        this.jobs = jobs;
        this.directory = directory;
        this.accounts = accounts;
    }

    private List<OperationSummary> importable(CorridorUser user) {
        List<OperationSummary> operations = directory.operations().stream()
                .filter(o -> ImportJobs.mayImport(user, o.id())).toList();
        if (operations.isEmpty()) {
            throw new AccessDeniedException("Only focal points import activities");
        }
        return operations;
    }

    @GetMapping("/activities/import")
    String form(@AuthenticationPrincipal CorridorUser user, Model model) {
        return form(user, model, importable(user), null);
    }

    private String form(CorridorUser user, Model model, List<OperationSummary> operations, String error) {
        model.addAttribute("operations", operations);
        model.addAttribute("error", error);
        model.addAttribute("columns", ActivityTable.Column.values());
        List<ImportJobs.ImportJob> history = jobs.recent(ImportKind.ACTIVITIES,
                operations.stream().map(OperationSummary::id).toList(), user.id(), HISTORY);
        model.addAttribute("history", history);
        model.addAttribute("people", accounts.displayNames(history.stream().map(ImportJobs.ImportJob::startedBy).toList()));
        return "activities/import";
    }

    /** How many earlier imports the page lists. */
    static final int HISTORY = 10;

    @PostMapping("/activities/import")
    String upload(@AuthenticationPrincipal CorridorUser user, HttpServletRequest request,
            @RequestParam(required = false) UUID operation, @RequestParam(required = false) String format,
            @RequestParam(required = false) String action, Model model) throws IOException {
        List<OperationSummary> operations = importable(user);
        UUID chosen = operation != null ? operation : operations.size() == 1 ? operations.get(0).id() : null;
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        MultipartFile file = multipart == null ? null : multipart.getFile("file");
        if (chosen == null || operations.stream().noneMatch(o -> o.id().equals(chosen))) {
            return form(user, model, operations, "activity.import.error.operation");
        }
        if (file == null || file.isEmpty()) {
            return form(user, model, operations, "activity.import.error.file");
        }
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        try (ImportFile spooled = ImportFile.spool(file.getInputStream(), name, TableFormat.named(format).orElse(null))) {
            return "redirect:/activities/import/" + activityImport.importFile(user, chosen, spooled,
                    !"import".equals(action)).jobId();
        }
    }

    /** Whoever ran the import, and the members of its operation, see its report; others learn nothing of it. */
    private ImportJobs.ImportJob visibleJob(CorridorUser user, UUID id) {
        return jobs.find(id).filter(job -> job.kind() == ImportKind.ACTIVITIES)
                .filter(job -> user.id().equals(job.startedBy())
                        || (job.operationId() != null && user.isMemberOf(job.operationId())))
                .orElseThrow(() -> new RecordNotFound(id));
    }

    @GetMapping("/activities/import/{id}")
    String report(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        ImportJobs.ImportJob job = visibleJob(user, id);
        model.addAttribute("job", job);
        model.addAttribute("problems", jobs.problems(id));
        model.addAttribute("operation", job.operationId() == null ? null
                : directory.operation(job.operationId()).map(OperationSummary::name).orElse(null));
        return "activities/import-report";
    }

    @GetMapping("/activities/import/{id}/problems.csv")
    void problemsCsv(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        visibleJob(user, id);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-problems.csv\"");
        jobs.writeProblemsCsv(id, response.getOutputStream());
    }
}

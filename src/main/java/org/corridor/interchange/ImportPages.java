package org.corridor.interchange;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.corridor.accounts.CorridorUser;
import org.corridor.accounts.UserAccounts;
import org.corridor.directory.Directory;
import org.corridor.directory.OperationSummary;
import org.corridor.kernel.RecordNotFound;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The pages every import has, under its controller's path (e.g. {@code /flows/import}): the upload form with the
 * reader's recent imports, the upload itself (check only, or import), the report of an import and its problems as
 * CSV. An import's controller supplies only what differs: its kind, its templates and messages, and how it runs a
 * spooled file.
 */
public abstract class ImportPages {

    /** How many earlier imports the form lists. */
    static final int HISTORY = 10;

    private final ImportKind kind;
    private final String path;
    private final ImportJobs jobs;
    private final Directory directory;
    private final UserAccounts accounts;

    /**
     * @param kind the imports these pages show
     * @param path the pages' path, as the subclass maps it (its reports are at {@code path/{id}})
     */
    protected ImportPages(ImportKind kind, String path, ImportJobs jobs, Directory directory, UserAccounts accounts) {
        this.kind = kind;
        this.path = path;
        this.jobs = jobs;
        this.directory = directory;
        this.accounts = accounts;
    }

    /** Runs the spooled file for the operation (only checks it on a dry run) and answers its job. */
    protected abstract UUID importFile(CorridorUser user, UUID operationId, ImportFile file, boolean dryRun);

    /** The templates' folder: its {@code import} and {@code import-report}. */
    protected abstract String templates();

    /** The messages' prefix: its {@code .import.error.operation} and {@code .import.error.file}. */
    protected abstract String messages();

    /** What is imported, as the refusal of a reader who may import into no operation names it. */
    protected abstract String records();

    /** Anything else the form shows. */
    protected void addToForm(Model model) {
    }

    /** Whoever ran the import, and the members of its operation, see its report; others learn nothing of it. */
    protected boolean mayView(CorridorUser user, ImportJobs.ImportJob job) {
        return job.kind() == kind && (user.id().equals(job.startedBy())
                || (job.operationId() != null && user.isMemberOf(job.operationId())));
    }

    @GetMapping
    public String form(@AuthenticationPrincipal CorridorUser user, Model model) {
        return form(user, model, importable(user), null);
    }

    @PostMapping
    public String upload(@AuthenticationPrincipal CorridorUser user, HttpServletRequest request,
            @RequestParam(required = false) UUID operation, @RequestParam(required = false) String format,
            @RequestParam(required = false) String action, Model model) throws IOException {
        List<OperationSummary> operations = importable(user);
        UUID chosen = operation != null ? operation : operations.size() == 1 ? operations.get(0).id() : null;
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        MultipartFile file = multipart == null ? null : multipart.getFile("file");
        if (chosen == null || operations.stream().noneMatch(o -> o.id().equals(chosen))) {
            return form(user, model, operations, messages() + ".import.error.operation");
        }
        if (file == null || file.isEmpty()) {
            return form(user, model, operations, messages() + ".import.error.file");
        }
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        try (ImportFile spooled = ImportFile.spool(file.getInputStream(), name, TableFormat.named(format).orElse(null))) {
            return "redirect:" + path + "/" + importFile(user, chosen, spooled, !"import".equals(action));
        }
    }

    @GetMapping("/{id}")
    public String report(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, Model model) {
        ImportJobs.ImportJob job = visibleJob(user, id);
        model.addAttribute("job", job);
        model.addAttribute("problems", jobs.problems(id));
        model.addAttribute("operation", job.operationId() == null ? null
                : directory.operation(job.operationId()).map(OperationSummary::name).orElse(null));
        return templates() + "/import-report";
    }

    @GetMapping("/{id}/problems.csv")
    public void problemsCsv(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id, HttpServletResponse response)
            throws IOException {
        visibleJob(user, id);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"import-" + id + "-problems.csv\"");
        jobs.writeProblemsCsv(id, response.getOutputStream());
    }

    private List<OperationSummary> importable(CorridorUser user) {
        List<OperationSummary> operations = directory.operations().stream()
                .filter(o -> ImportJobs.mayImport(user, o.id())).toList();
        if (operations.isEmpty()) {
            throw new AccessDeniedException("Only focal points import " + records());
        }
        return operations;
    }

    private String form(CorridorUser user, Model model, List<OperationSummary> operations, String error) {
        model.addAttribute("operations", operations);
        model.addAttribute("error", error);
        addToForm(model);
        List<ImportJobs.ImportJob> history = jobs.recent(kind, operations.stream().map(OperationSummary::id).toList(),
                user.id(), HISTORY);
        model.addAttribute("history", history);
        model.addAttribute("people", accounts.displayNames(history.stream().map(ImportJobs.ImportJob::startedBy).toList()));
        return templates() + "/import";
    }

    private ImportJobs.ImportJob visibleJob(CorridorUser user, UUID id) {
        return jobs.find(id).filter(job -> mayView(user, job)).orElseThrow(() -> new RecordNotFound(id));
    }
}

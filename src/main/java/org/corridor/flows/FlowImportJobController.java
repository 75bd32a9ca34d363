package org.corridor.flows;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.corridor.kernel.RecordNotFound;
import org.corridor.accounts.CorridorUser;
import org.corridor.directory.Directory;
import org.corridor.directory.OperationSummary;
import org.corridor.interchange.ImportFile;
import org.corridor.interchange.ImportJobs;
import org.corridor.interchange.TableFormat;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The upload page's script: starts an import in the background and answers at once with its job, whose progress
 * (step and rows read) the page then polls until the report is ready. Without script the page posts to
 * {@link FlowImportController}, which answers when the import is done.
 */
@RestController
class FlowImportJobController {

    /** A job as the upload page polls it. */
    record JobState(UUID id, ImportJobs.Status status, ImportJobs.Step step, long rowsRead, long rowsWritten,
            long rowsUnchanged, long rowsRejected, boolean finished, String report) {

        static JobState of(ImportJobs.ImportJob job) {
            return new JobState(job.id(), job.status(), job.step(), job.rowsRead(), job.rowsWritten(),
                    job.rowsUnchanged(), job.rowsRejected(), job.status() != ImportJobs.Status.RUNNING,
                    "/flows/import/" + job.id());
        }
    }

    private final FlowImport flowImport;
    private final ImportJobs jobs;
    private final Directory directory;
    private final MessageSource messages;

    FlowImportJobController(FlowImport flowImport, ImportJobs jobs, Directory directory, MessageSource messages) {
        this.flowImport = flowImport;
        this.jobs = jobs;
        this.directory = directory;
        this.messages = messages;
    }

    @PostMapping("/flows/import/jobs")
    ResponseEntity<?> start(@AuthenticationPrincipal CorridorUser user, HttpServletRequest request,
            @RequestParam(required = false) UUID operation, @RequestParam(required = false) String format,
            @RequestParam(required = false) String action) throws IOException {
        List<OperationSummary> operations = directory.operations().stream()
                .filter(o -> ImportJobs.mayImport(user, o.id())).toList();
        if (operations.isEmpty()) {
            throw new AccessDeniedException("Only focal points import flow counts");
        }
        UUID chosen = operation != null ? operation : operations.size() == 1 ? operations.get(0).id() : null;
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        MultipartFile file = multipart == null ? null : multipart.getFile("file");
        if (chosen == null || operations.stream().noneMatch(o -> o.id().equals(chosen))) {
            return problem(HttpStatus.BAD_REQUEST, "flow.import.error.operation");
        }
        if (file == null || file.isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "flow.import.error.file");
        }
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        // Spooled while hashed: the upload's own temporary file goes with the request, the import outlives it.
        ImportFile spooled;
        try {
            spooled = ImportFile.spool(file.getInputStream(), name, TableFormat.named(format).orElse(null));
        } catch (IOException e) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "flow.import.error.unreadable");
        }
        // The job is recorded before the answer, which names it; the file is read in the background.
        UUID job;
        try {
            job = flowImport.start(user, chosen, spooled, !"import".equals(action));
        } catch (RuntimeException e) {
            spooled.close();
            throw e;
        }
        return ResponseEntity.accepted().location(URI.create("/flows/import/jobs/" + job))
                .body(JobState.of(jobs.find(job).orElseThrow()));
    }

    /** The job's state, for those who may read its report; to anyone else it does not exist. */
    @GetMapping("/flows/import/jobs/{id}")
    JobState job(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id) {
        return jobs.find(id).filter(job -> FlowImportController.mayViewFlowImport(user, job))
                .map(JobState::of).orElseThrow(() -> new RecordNotFound(id));
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String code) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(code, null, code, LocaleContextHolder.getLocale()));
        problem.setTitle("The import did not start");
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

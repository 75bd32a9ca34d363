package org.corridor.flows;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import org.corridor.kernel.RecordNotFound;
import org.corridor.accounts.CorridorUser;
import org.corridor.directory.Directory;
import org.corridor.directory.OperationSummary;
import org.corridor.flows.FlowImport;
import org.corridor.interchange.ImportJobs;
import org.corridor.interchange.TableFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.task.TaskExecutor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
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

    private static final Logger log = LoggerFactory.getLogger(FlowImportJobController.class);

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
    private final TaskExecutor executor;
    private final MessageSource messages;

    FlowImportJobController(FlowImport flowImport, ImportJobs jobs, Directory directory,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, MessageSource messages) {
        this.flowImport = flowImport;
        this.jobs = jobs;
        this.directory = directory;
        this.executor = executor;
        this.messages = messages;
    }

    @PostMapping("/flows/import/jobs")
    ResponseEntity<?> start(@AuthenticationPrincipal CorridorUser user, HttpServletRequest request,
            @RequestParam(required = false) UUID operation, @RequestParam(required = false) String format,
            @RequestParam(required = false) String action) throws IOException {
        List<OperationSummary> operations = directory.operations().stream()
                .filter(o -> FlowImport.mayImport(user, o.id())).toList();
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
        // The upload's own temporary file goes with the request; the import outlives it.
        Path spooled = Files.createTempFile("corridor-import-", ".upload");
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, spooled, StandardCopyOption.REPLACE_EXISTING);
        }
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        TableFormat chosenFormat = TableFormat.named(format).orElse(null);
        boolean dryRun = !"import".equals(action);
        // The job is recorded here, so the answer names it at once; the file is read in the background.
        FlowImport.Begun begun;
        try {
            begun = flowImport.begin(user, chosen, spooled, name, chosenFormat, dryRun, rows -> { });
        } catch (IOException e) {
            Files.deleteIfExists(spooled);
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "flow.import.error.unreadable");
        }
        Runnable work = () -> {
            try {
                flowImport.run(begun); // records its progress and outcome in the job, which the page polls
            } catch (RuntimeException e) {
                log.warn("Flow import of {} failed: {}", name, e.toString());
            } finally {
                try {
                    Files.deleteIfExists(spooled);
                } catch (IOException e) {
                    log.warn("Could not delete {}: {}", spooled, e.toString());
                }
            }
        };
        // The audit log names the signed-in user, also for the changes the import makes in the background.
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        executor.execute(new DelegatingSecurityContextRunnable(work, context));
        return ResponseEntity.accepted().location(URI.create("/flows/import/jobs/" + begun.jobId()))
                .body(JobState.of(jobs.find(begun.jobId()).orElseThrow()));
    }

    /** The job's state, for those who may read its report; to anyone else it does not exist. */
    @GetMapping("/flows/import/jobs/{id}")
    JobState job(@AuthenticationPrincipal CorridorUser user, @PathVariable UUID id) {
        return jobs.find(id).filter(job -> FlowImportController.mayView(user, job))
                .map(JobState::of).orElseThrow(() -> new RecordNotFound(id));
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String code) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(code, null, code, LocaleContextHolder.getLocale()));
        problem.setTitle("The import did not start");
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

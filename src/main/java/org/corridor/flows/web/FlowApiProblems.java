package org.corridor.flows.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.corridor.flows.BulkRejected;
import org.corridor.flows.FlowPersonalDataSuspected;
import org.corridor.flows.FlowRecordNotFound;
import org.corridor.flows.FlowRecordRejected;
import org.corridor.flows.Problem;
import org.corridor.flows.StaleFlowRecord;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The flows API's refusals as RFC 9457 problems that name each bad field (and, for a batch, each bad item). */
@RestControllerAdvice(basePackageClasses = FlowApiProblems.class, annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FlowApiProblems {

    private final MessageSource messages;

    FlowApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(FlowRecordRejected.class)
    ResponseEntity<ProblemDetail> rejected(FlowRecordRejected e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid record",
                "The record was not saved. Each entry of 'errors' names a field and how to put it right.");
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", message(p))).toList());
        return respond(problem);
    }

    @ExceptionHandler(BulkRejected.class)
    ResponseEntity<ProblemDetail> bulkRejected(BulkRejected e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid items",
                "Nothing was written. Each entry of 'errors' gives an item's index (from 0), the field and how to put it "
                        + "right; correct them and send the whole batch again.");
        problem.setProperty("errors", e.problems().stream().map(p -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("index", p.index());
            error.put("field", p.problem().field());
            error.put("message", message(p.problem()));
            return error;
        }).toList());
        return respond(problem);
    }

    @ExceptionHandler(FlowPersonalDataSuspected.class)
    ResponseEntity<ProblemDetail> personalData(FlowPersonalDataSuspected e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Possible personal data",
                "Corridor keeps counts, never personal data of migrants or victims. Remove what is listed in 'findings', "
                        + "or send the request again with \"confirmPersonalData\": true if it is not personal data.");
        problem.setType(URI.create("urn:corridor:personal-data"));
        problem.setProperty("findings", e.findings().stream()
                .map(f -> Map.of("kind", f.kind().name(), "text", f.text())).toList());
        return respond(problem);
    }

    @ExceptionHandler(FlowRecordNotFound.class)
    ResponseEntity<ProblemDetail> notFound() {
        return respond(problem(HttpStatus.NOT_FOUND, "Not found",
                "There is no such record, or your account may not see it."));
    }

    @ExceptionHandler(StaleFlowRecord.class)
    ResponseEntity<ProblemDetail> stale(StaleFlowRecord e) {
        ProblemDetail problem = problem(HttpStatus.PRECONDITION_FAILED, "Changed by someone else",
                "The record changed since you read it. Read it again (GET), reapply your change and send it with the new ETag.");
        problem.setProperty("currentVersion", e.currentVersion());
        return respond(problem);
    }

    @ExceptionHandler(Etags.PreconditionFailed.class)
    ResponseEntity<ProblemDetail> badIfMatch() {
        return respond(problem(HttpStatus.PRECONDITION_FAILED, "If-Match does not match",
                "Send the ETag of the record as you read it, e.g. If-Match: \"3\"."));
    }

    @ExceptionHandler(Etags.PreconditionRequired.class)
    ResponseEntity<ProblemDetail> missingIfMatch() {
        return respond(problem(HttpStatus.PRECONDITION_REQUIRED, "If-Match required",
                "Updates must say which version they change: send the ETag you read as If-Match."));
    }

    private String message(Problem p) {
        return messages.getMessage(p.code(), p.arguments(), p.code(), LocaleContextHolder.getLocale());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

package org.corridor.web;

import org.corridor.kernel.RecordNotFound;
import org.corridor.kernel.RecordRejected;
import org.corridor.kernel.StaleRecord;
import org.corridor.kernel.PersonalDataSuspected;
import org.corridor.kernel.Etags;
import java.net.URI;
import java.util.List;
import java.util.Map;
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

/** Every module's refusals of a record as RFC 9457 problems that name each bad field and say how to fix it. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RecordApiProblems {

    private final MessageSource messages;

    RecordApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RecordRejected.class)
    ResponseEntity<ProblemDetail> rejected(RecordRejected e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid record",
                "The record was not saved. Each entry of 'errors' names a field and how to put it right.");
        problem.setProperty("errors", e.problems().stream()
                .map(p -> Map.of("field", p.field(), "message",
                        messages.getMessage(p.code(), p.arguments(), p.code(), LocaleContextHolder.getLocale())))
                .toList());
        return respond(problem);
    }

    @ExceptionHandler(PersonalDataSuspected.class)
    ResponseEntity<ProblemDetail> personalData(PersonalDataSuspected e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Possible personal data",
                "Corridor keeps counts, never personal data of migrants or victims. Remove what is listed in 'findings', "
                        + "or send the request again with \"confirmPersonalData\": true if it is not personal data.");
        problem.setType(URI.create("urn:corridor:personal-data"));
        problem.setProperty("findings", e.findings().stream()
                .map(f -> Map.of("kind", f.kind().name(), "text", f.text())).toList());
        return respond(problem);
    }

    @ExceptionHandler(RecordNotFound.class)
    ResponseEntity<ProblemDetail> notFound() {
        return respond(problem(HttpStatus.NOT_FOUND, "Not found",
                "There is no such record, or your account may not see it."));
    }

    @ExceptionHandler(StaleRecord.class)
    ResponseEntity<ProblemDetail> stale(StaleRecord e) {
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

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

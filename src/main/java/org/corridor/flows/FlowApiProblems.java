package org.corridor.flows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.corridor.flows.BulkRejected;
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

/**
 * The one refusal only flows has: a batch of counts with bad items, each named by its index. The other
 * refusals (bad record, not found, stale) are answered for every module by the web module's advice.
 */
@RestControllerAdvice(basePackageClasses = FlowApiProblems.class, annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FlowApiProblems {

    private final MessageSource messages;

    FlowApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(BulkRejected.class)
    ResponseEntity<ProblemDetail> bulkRejected(BulkRejected e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                "Nothing was written. Each entry of 'errors' gives an item's index (from 0), the field and how to put it "
                        + "right; correct them and send the whole batch again.");
        problem.setTitle("Invalid items");
        problem.setProperty("errors", e.problems().stream().map(p -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("index", p.index());
            error.put("field", p.problem().field());
            error.put("message", messages.getMessage(p.problem().code(), p.problem().arguments(), p.problem().code(),
                    LocaleContextHolder.getLocale()));
            return error;
        }).toList());
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

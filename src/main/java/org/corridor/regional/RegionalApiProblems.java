package org.corridor.regional;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A request of the co-operation, map or sharing API that cannot be answered as asked: 400 as problem+json whatever
 * the request accepts (CSV included), with the same sentence the pages say beside the field.
 */
@RestControllerAdvice(assignableTypes = {CooperationApiController.class, RegionMapApiController.class,
        SharedRecordsApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegionalApiProblems {

    private final MessageSource messages;

    RegionalApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CooperationRequestRejected.class)
    ResponseEntity<ProblemDetail> rejected(CooperationRequestRejected e) {
        String detail = messages.getMessage(e.code, e.arguments, Locale.ENGLISH);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("errors", List.of(Map.of("field", e.field, "message", detail)));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}

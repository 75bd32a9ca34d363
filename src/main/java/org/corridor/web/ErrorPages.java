package org.corridor.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the container dispatches: a friendly page for people, RFC 9457 problem+json for the
 * API. Never a stack trace or an exception's message, which may reveal internals.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatus status = status(request);
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (uri.startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
            problem.setTitle(status.getReasonPhrase());
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return new ModelAndView("error", Map.of("status", status.value()), status);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static String detail(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "There is nothing at this address. Check the path against the API documentation at /api/docs.";
            case BAD_REQUEST -> "The request is not in the form this endpoint expects. Check its parameters against /api/docs.";
            case METHOD_NOT_ALLOWED -> "This endpoint does not accept that HTTP method.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json.";
            case FORBIDDEN -> "Your account may not do this.";
            case UNAUTHORIZED -> "Send a personal API token as 'Authorization: Bearer crd_...'.";
            default -> status.is5xxServerError()
                    ? "Something went wrong on our side. Try again; if it persists, tell an administrator the time it happened."
                    : status.getReasonPhrase();
        };
    }
}

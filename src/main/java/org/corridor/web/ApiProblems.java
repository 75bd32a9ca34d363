package org.corridor.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The API's errors as RFC 9457 problem+json, for every {@code @RestController} of every module: a
 * bad parameter names the parameter and what it accepts, invalid fields are listed one by one in
 * {@code errors}, and a {@link NoSuchElementException} from a lookup is a 404. Pages (plain
 * {@code @Controller}s) are not touched: they get the friendly error pages.
 *
 * <p>Ordered after the modules' own advice, so a module may answer an exception its own way.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.LOWEST_PRECEDENCE - 100)
class ApiProblems extends ResponseEntityExceptionHandler {

    /** One invalid field or parameter and what is wrong with it. */
    record InvalidField(String field, String message) {
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Object> notFound(NoSuchElementException e, WebRequest request) {
        String detail = e.getMessage() == null || e.getMessage().equals("No value present")
                ? "There is no such record. Check the id against the list it came from."
                : e.getMessage();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        return handleExceptionInternal(e, problem, new HttpHeaders(), HttpStatus.NOT_FOUND, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? nameOf(m) : e.getPropertyName();
        String message = "'" + e.getValue() + "' is not " + expected(e.getRequiredType());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The parameter '" + name + "' is invalid: " + message + ".");
        problem.setProperty("errors", List.of(new InvalidField(name, message)));
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidField> errors = new ArrayList<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.add(new InvalidField(error.getField(), message(error)));
        }
        e.getBindingResult().getGlobalErrors()
                .forEach(error -> errors.add(new InvalidField(error.getObjectName(), message(error))));
        return invalid(e, errors, headers, request);
    }

    /** A body that is not the JSON expected: say where and what, not "Failed to read request". */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            org.springframework.http.converter.HttpMessageNotReadableException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String detail = "The request body is not valid JSON for this request.";
        if (e.getCause() instanceof tools.jackson.databind.DatabindException databind) {
            String path = databind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            String reason = databind.getOriginalMessage() == null ? "is invalid" : databind.getOriginalMessage().lines()
                    .findFirst().orElse("is invalid");
            detail = path.isEmpty() ? "The request body is invalid: " + reason
                    : "The field '" + path + "' is invalid: " + reason;
        } else if (e.getCause() instanceof tools.jackson.core.JacksonException jackson && jackson.getOriginalMessage() != null) {
            detail = "The request body is not valid JSON: " + jackson.getOriginalMessage().lines().findFirst().orElse("");
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidField> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = nameOf(result.getMethodParameter());
            result.getResolvableErrors().forEach(error -> errors.add(new InvalidField(name, message(error))));
        });
        return invalid(e, errors, headers, request);
    }

    private ResponseEntity<Object> invalid(Exception e, List<InvalidField> errors, HttpHeaders headers,
            WebRequest request) {
        String detail = errors.stream().map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; ", "Some values are invalid: ", "."));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty("errors", errors);
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String nameOf(MethodArgumentTypeMismatchException e) {
        return nameOf(e.getParameter());
    }

    /** The name the client used: a @RequestParam's or @PathVariable's own name, else the Java one. */
    private static String nameOf(org.springframework.core.MethodParameter parameter) {
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        if (requestParam != null && !requestParam.name().isEmpty()) {
            return requestParam.name();
        }
        PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
        if (pathVariable != null && !pathVariable.name().isEmpty()) {
            return pathVariable.name();
        }
        return parameter.getParameterName();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a valid value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == java.time.LocalDate.class || type == java.time.YearMonth.class) {
            return "a date from " + org.corridor.kernel.PlausibleDates.EARLIEST + " to " + org.corridor.kernel.PlausibleDates.latest()
                    + (type == java.time.YearMonth.class ? " as year-month, e.g. 2016-03" : " as year-month-day, e.g. 2016-03-08");
        }
        if (type == UUID.class) {
            return "an id (a UUID such as 0190f3a2-7c1e-7d4b-9a8e-2f6c1b3d4e5f)";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return "a valid " + type.getSimpleName();
    }

    private String message(MessageSourceResolvable error) {
        if (getMessageSource() != null) {
            try {
                return getMessageSource().getMessage(error, LocaleContextHolder.getLocale());
            } catch (NoSuchMessageException e) {
                // no text for any of its codes: fall back to the validator's own message
            }
        }
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }
}

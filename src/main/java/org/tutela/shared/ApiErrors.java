package org.tutela.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.tomcat.util.http.fileupload.InvalidFileNameException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place where errors become HTTP answers for the JSON API: RFC 9457 problem documents, with the
 * fields at fault listed under {@code errors}. No stack trace, SQL or class name ever reaches the caller.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
public class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    /** The body of every 404, for a missing record and a record the caller may not see alike. */
    public static ProblemDetail notFound() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                Messages.text("problem.notFound.detail"));
        problem.setTitle(Messages.text("problem.notFound"));
        return problem;
    }

    /** Each field at fault named by its label in the detail, by its path in {@code errors}, in the reader's language. */
    public static ProblemDetail invalid(List<InvalidInput.FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, InvalidInput.describe(errors));
        problem.setTitle(Messages.text("problem.invalid"));
        problem.setProperty("errors", errors.stream()
                .map(e -> Map.of("field", e.field(), "message", e.message())).toList());
        return problem;
    }

    @ExceptionHandler(RecordNotFound.class)
    ResponseEntity<Object> recordNotFound(RecordNotFound e) {
        return problem(notFound());
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<Object> invalidInput(InvalidInput e) {
        return problem(invalid(e.errors()));
    }

    @ExceptionHandler(EditConflict.class)
    ResponseEntity<Object> editConflict(EditConflict e) {
        HttpStatus status = e.precondition() ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(Messages.text("problem.editConflict"));
        return problem(problem);
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<Object> refused(Refused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.conflict() ? HttpStatus.CONFLICT
                : HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle(Messages.text(e.conflict() ? "problem.conflict" : "problem.forbidden"));
        return problem(problem);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicate(DuplicateKeyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                Messages.text("problem.duplicate"));
        problem.setTitle(Messages.text("problem.conflict"));
        return problem(problem);
    }

    /**
     * A role's refusal from a module (only a BAS monitors compliance): answered by the security filter's access-denied
     * handler, which writes the same 403 as a route's refusal and audits it (directory's RouteDenials).
     */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException e) {
        throw e;
    }

    /**
     * A header value that Spring Security's firewall refuses when the controller reads it (an If-Match holding a
     * control character): answered by the firewall's handler, as a 400 (ConnectorErrors).
     */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejected(RequestRejectedException e) {
        throw e;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return problem(invalid(List.of(new InvalidInput.FieldError(e.getName(), "invalid.value"))));
    }

    /**
     * A multipart body that cannot be read: Tomcat refuses a file name holding a NUL character while parsing, before
     * any part is known (other refused names are named by their part: PlainText). Too large a body is a 413
     * (MaxUploadSizeExceededException, answered by the base class).
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> multipart(MultipartException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidFileNameException) {
                return problem(invalid(List.of(new InvalidInput.FieldError("filename", PlainText.REFUSED))));
            }
        }
        return problem(invalid(List.of(new InvalidInput.FieldError("body", "invalid.multipart"))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        Logs.unexpected(log, e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                Messages.text("problem.internal.detail", RequestIds.current()));
        problem.setTitle(Messages.text("problem.internal"));
        return problem(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(f ->
                errors.add(InputValidation.error(f.getField(), violation(f))));
        e.getBindingResult().getGlobalErrors().forEach(g ->
                errors.add(new InvalidInput.FieldError(g.getObjectName(), "invalid.value")));
        return problem(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InvalidInput.FieldError> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(r -> r.getResolvableErrors().forEach(err ->
                errors.add(InputValidation.error(r.getMethodParameter().getParameterName(),
                        violation(r, err)))));
        return problem(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof JacksonException)) {
            cause = cause.getCause();
        }
        return unreadable(cause == null ? e : cause);
    }

    @ExceptionHandler(JacksonException.class)
    ResponseEntity<Object> jackson(JacksonException e) {
        return unreadable(e);
    }

    private static ResponseEntity<Object> unreadable(Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return problem(invalid(List.of(new InvalidInput.FieldError(unknown.getPropertyName(),
                    "invalid.unknownField"))));
        }
        if (cause instanceof InvalidFormatException format) {
            return problem(invalid(List.of(format.getTargetType() != null && format.getTargetType().isEnum()
                    ? new InvalidInput.FieldError(path(format), "invalid.oneOf",
                            java.util.Arrays.stream(format.getTargetType().getEnumConstants()).map(String::valueOf)
                                    .collect(Collectors.joining(", ")))
                    : new InvalidInput.FieldError(path(format), "invalid.value"))));
        }
        if (cause instanceof PlainText.Refused refused) {
            return problem(invalid(List.of(new InvalidInput.FieldError(
                    refused.getPath().isEmpty() ? "body" : path(refused), refused.reason()))));
        }
        if ((cause instanceof DatabindException || cause instanceof InputCoercionException)
                && !path((JacksonException) cause).equals("body")) {
            JacksonException jackson = (JacksonException) cause;
            // a vetted value's own refusal (Gender.of, say) says what is accepted; a number too large for its
            // field is named like any other value
            String message = jackson.getCause() instanceof IllegalArgumentException refused
                    && refused.getMessage() != null && refused.getMessage().startsWith("invalid.")
                    ? refused.getMessage() : "invalid.value";
            return problem(invalid(List.of(new InvalidInput.FieldError(path(jackson), message))));
        }
        String detail = cause instanceof JacksonException ? "invalid.json" : "invalid.body";
        return problem(invalid(List.of(new InvalidInput.FieldError("body", detail))));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail detail) {
            ResponseEntity<Object> problem = problem(detail);
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem.getBody());
        }
        return response;
    }

    private static jakarta.validation.ConstraintViolation<?> violation(org.springframework.validation.FieldError f) {
        return f.contains(jakarta.validation.ConstraintViolation.class)
                ? f.unwrap(jakarta.validation.ConstraintViolation.class) : null;
    }

    private static jakarta.validation.ConstraintViolation<?> violation(
            org.springframework.validation.method.ParameterValidationResult r,
            org.springframework.context.MessageSourceResolvable err) {
        try {
            return r.unwrap(err, jakarta.validation.ConstraintViolation.class);
        } catch (IllegalArgumentException notAViolation) {
            return null;
        }
    }

    private static String path(JacksonException e) {
        if (e.getPath().isEmpty() && e instanceof InputCoercionException && e.processor() instanceof JsonParser parser
                && parser.streamReadContext() != null) {
            // a value the parser itself refuses (a number too large for an int): where the parser stood
            StringBuilder path = new StringBuilder();
            for (JsonPointer p = parser.streamReadContext().pathAsPointer(); p != null && !p.matches(); p = p.tail()) {
                if (p.getMatchingIndex() >= 0) {
                    path.append('[').append(p.getMatchingIndex()).append(']');
                } else {
                    path.append(path.isEmpty() ? "" : ".").append(p.getMatchingProperty());
                }
            }
            return path.isEmpty() ? "body" : path.toString();
        }
        String path = e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName()
                        : ref.getIndex() >= 0 ? "[" + ref.getIndex() + "]" : "")
                .filter(p -> !p.isEmpty())
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }

    /**
     * The problem as a plain map, without {@code instance}: a hidden record's 404 must be byte for byte the body
     * of a missing one's, whatever the path.
     */
    private static ResponseEntity<Object> problem(ProblemDetail problem) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}

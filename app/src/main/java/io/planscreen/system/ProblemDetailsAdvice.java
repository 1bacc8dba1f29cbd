package io.planscreen.system;

import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error an API caller sees is a problem+json with a stable code; nothing internal leaks out. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final ProblemResponses problems;

    ProblemDetailsAdvice(ProblemResponses problems) {
        this.problems = problems;
    }

    @ExceptionHandler(PlanScreenException.class)
    ResponseEntity<ProblemDetail> planScreen(PlanScreenException ex, HttpServletRequest request) {
        if (ex.problem().status().is5xxServerError()) {
            log.error("{} on {}", ex.problem().code(), request.getRequestURI(), ex);
        } else {
            log.debug("{} on {}: {}", ex.problem().code(), request.getRequestURI(), ex.getMessage());
        }
        return respond(problems.build(ex.problem(), request, ex.arguments()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex, HttpServletRequest request) {
        return respond(problems.build(ProblemCode.FORBIDDEN, request));
    }

    @ExceptionHandler({AuthenticationException.class, AuthenticationCredentialsNotFoundException.class})
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex, HttpServletRequest request) {
        return respond(problems.build(ProblemCode.UNAUTHENTICATED, request));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badArgument(IllegalArgumentException ex, HttpServletRequest request) {
        log.debug("bad request on {}: {}", request.getRequestURI(), ex.getMessage());
        return respond(problems.build(ProblemCode.BAD_REQUEST, request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
        // The correlation id in the answer is the key to this log line.
        log.error("unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return respond(problems.build(ProblemCode.INTERNAL, request));
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respondObject(problems.build(ProblemCode.DOCUMENT_TOO_LARGE, servletRequest(request)));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleExceptionInternal(
            Exception ex, @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problems.build(codeFor(status), servletRequest(request));
        return respondObject(problem);
    }

    private static ProblemCode codeFor(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known == null) {
            return ProblemCode.BAD_REQUEST;
        }
        return switch (known) {
            case NOT_FOUND -> ProblemCode.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> ProblemCode.METHOD_NOT_ALLOWED;
            case UNSUPPORTED_MEDIA_TYPE -> ProblemCode.MEDIA_TYPE_NOT_SUPPORTED;
            case NOT_ACCEPTABLE -> ProblemCode.NOT_ACCEPTABLE;
            case CONTENT_TOO_LARGE -> ProblemCode.DOCUMENT_TOO_LARGE;
            case SERVICE_UNAVAILABLE -> ProblemCode.UNAVAILABLE;
            case INTERNAL_SERVER_ERROR -> ProblemCode.INTERNAL;
            default -> known.is5xxServerError() ? ProblemCode.INTERNAL : ProblemCode.BAD_REQUEST;
        };
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return ((ServletWebRequest) request).getRequest();
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ResponseEntity<Object> respondObject(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}

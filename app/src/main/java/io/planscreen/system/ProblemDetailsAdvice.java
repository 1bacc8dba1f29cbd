package io.planscreen.system;

import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
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
import org.springframework.web.multipart.MultipartException;
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
    @Nullable
    ResponseEntity<ProblemDetail> planScreen(
            PlanScreenException ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (ex.problem().status().is5xxServerError()) {
            log.error("{} on {}", ex.problem().code(), request.getRequestURI(), ex);
        } else {
            log.debug("{} on {}: {}", ex.problem().code(), request.getRequestURI(), ex.getMessage());
        }
        return respond(problems.build(ex.problem(), request, ex.arguments()), request, response);
    }

    @ExceptionHandler(AccessDeniedException.class)
    @Nullable
    ResponseEntity<ProblemDetail> accessDenied(
            AccessDeniedException ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
        return respond(problems.build(ProblemCode.FORBIDDEN, request), request, response);
    }

    @ExceptionHandler({AuthenticationException.class, AuthenticationCredentialsNotFoundException.class})
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException ex, HttpServletRequest request) {
        return respond(problems.build(ProblemCode.UNAUTHENTICATED, request));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @Nullable
    ResponseEntity<ProblemDetail> badArgument(
            IllegalArgumentException ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.debug("bad request on {}: {}", request.getRequestURI(), ex.getMessage());
        return respond(problems.build(ProblemCode.BAD_REQUEST, request), request, response);
    }

    /** A body that is not multipart/form-data after all (too large has its own handler and code). */
    @ExceptionHandler(MultipartException.class)
    @Nullable
    ResponseEntity<ProblemDetail> malformedMultipart(
            MultipartException ex, HttpServletRequest request, HttpServletResponse response) throws IOException {
        log.debug("malformed multipart on {}: {}", request.getRequestURI(), ex.getMessage());
        return respond(problems.build(ProblemCode.BAD_REQUEST, request), request, response);
    }

    @ExceptionHandler(Exception.class)
    @Nullable
    ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (DatabaseOutage.isCauseOf(ex) || badText(ex)) {
            if (badText(ex)) {
                // text PostgreSQL cannot store (a NUL byte): the request's fault, not the server's
                log.debug("text refused by the database on {}: {}", request.getRequestURI(), ex.toString());
                return respond(problems.build(ProblemCode.BAD_REQUEST, request), request, response);
            }
            // the error dispatch answers: problem+json for API clients, the 503 page for browsers
            log.warn("database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), ex.toString());
            DatabaseOutageFilter.unavailable(response);
            return null;
        }
        // The correlation id in the answer is the key to this log line.
        log.error("unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return respond(problems.build(ProblemCode.INTERNAL, request), request, response);
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
        if (ProblemErrorController.wantsPage(servletRequest(request))) {
            try {
                ProblemErrorController.sendPage(
                        problem, servletRequest(request), ((ServletWebRequest) request).getResponse());
                return null;
            } catch (IOException gone) {
                return respondObject(problem);
            }
        }
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

    /** SQLSTATE 22021 / 22P05: a character PostgreSQL text cannot hold. */
    private static boolean badText(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql
                    && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** API clients get the problem; a browser on a page gets the error page, through the error dispatch. */
    private static @Nullable ResponseEntity<ProblemDetail> respond(
            ProblemDetail problem, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (ProblemErrorController.wantsPage(request)) {
            ProblemErrorController.sendPage(problem, request, response);
            return null;
        }
        return respond(problem);
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

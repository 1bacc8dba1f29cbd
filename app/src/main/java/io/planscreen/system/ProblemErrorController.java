package io.planscreen.system;

import io.planscreen.shared.ProblemCode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors raised outside Spring MVC (the container, filters) end here. API and machine callers get a
 * problem+json; browsers get the localized error page.
 */
@Controller
class ProblemErrorController implements ErrorController {

    private final ProblemResponses problems;

    ProblemErrorController(ProblemResponses problems) {
        this.problems = problems;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView errorPage(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("problem", problems.build(codeFor(status), request));
        return page;
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        ProblemDetail problem =
                problems.build(codeFor(status), problems.localeOf(request), uri == null ? null : uri.toString());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    private static ProblemCode codeFor(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> ProblemCode.UNAUTHENTICATED;
            case FORBIDDEN -> ProblemCode.FORBIDDEN;
            case NOT_FOUND -> ProblemCode.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> ProblemCode.METHOD_NOT_ALLOWED;
            case CONTENT_TOO_LARGE -> ProblemCode.DOCUMENT_TOO_LARGE;
            case UNSUPPORTED_MEDIA_TYPE -> ProblemCode.MEDIA_TYPE_NOT_SUPPORTED;
            case TOO_MANY_REQUESTS -> ProblemCode.RATE_LIMITED;
            case SERVICE_UNAVAILABLE -> ProblemCode.UNAVAILABLE;
            default -> status.is4xxClientError() ? ProblemCode.BAD_REQUEST : ProblemCode.INTERNAL;
        };
    }
}

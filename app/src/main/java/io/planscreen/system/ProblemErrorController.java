package io.planscreen.system;

import io.planscreen.shared.ProblemCode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Errors raised outside Spring MVC (the container, filters) end here. API and machine callers get a
 * problem+json; browsers get the localized error page.
 */
@Controller
class ProblemErrorController implements ErrorController {

    private final ProblemResponses problems;

    private final JsonMapper json;

    ProblemErrorController(ProblemResponses problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    /** The problem a controller advice already built for a page request, shown instead of a generic one. */
    static final String PROBLEM_ATTRIBUTE = ProblemErrorController.class.getName() + ".problem";

    /**
     * One handler, deciding by the Accept header itself: a browser on a page gets the page, everyone else (API
     * clients, clients that send no Accept at all) the problem.
     */
    @RequestMapping("/error")
    @Nullable
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = statusOf(request);
        Object built = request.getAttribute(PROBLEM_ATTRIBUTE);
        if (wantsPage(request)) {
            ModelAndView page = new ModelAndView("error");
            page.setStatus(status);
            page.addObject("status", status.value());
            page.addObject(
                    "problem",
                    built instanceof ProblemDetail problem ? problem : problems.build(codeFor(status), request));
            return page;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        ProblemDetail problem = built instanceof ProblemDetail given
                ? given
                : problems.build(codeFor(status), problems.localeOf(request), uri == null ? null : uri.toString());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
        return null;
    }

    /** A browser on a page (not the API) that accepts HTML; during the error dispatch, of the original request. */
    static boolean wantsPage(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original == null ? request.getRequestURI() : original.toString();
        String accept = request.getHeader("Accept");
        return !uri.startsWith(request.getContextPath() + "/api/")
                && accept != null
                && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    /** Hands the problem to the error dispatch, which renders it as the page in the reader's language. */
    static void sendPage(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        request.setAttribute(PROBLEM_ATTRIBUTE, problem);
        response.sendError(problem.getStatus());
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

package io.planscreen.system;

import io.planscreen.shared.ProblemCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds RFC 9457 problems with a stable {@code code} and text in the caller's language. Used by the
 * MVC advice and by filters (security) that answer before a controller is reached.
 */
@Component
public class ProblemResponses {

    static final String TYPE_BASE = "https://planscreen.io/problems/";

    private final MessageSource messages;

    private final LocaleResolver localeResolver;

    private final JsonMapper json;

    ProblemResponses(MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.json = json;
    }

    public ProblemDetail build(ProblemCode problem, Locale locale, @Nullable String instance, Object... args) {
        ProblemDetail detail = ProblemDetail.forStatus(problem.status());
        detail.setType(URI.create(TYPE_BASE + problem.code()));
        detail.setTitle(messages.getMessage("problem." + problem.code() + ".title", null, problem.code(), locale));
        detail.setDetail(messages.getMessage("problem." + problem.code() + ".detail", args, "", locale));
        if (instance != null) {
            detail.setInstance(URI.create(instance));
        }
        detail.setProperty("code", problem.code());
        String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
        if (correlationId != null) {
            detail.setProperty("correlationId", correlationId);
        }
        return detail;
    }

    public ProblemDetail build(ProblemCode problem, HttpServletRequest request, Object... args) {
        return build(problem, localeResolver.resolveLocale(request), request.getRequestURI(), args);
    }

    public Locale localeOf(HttpServletRequest request) {
        return localeResolver.resolveLocale(request);
    }

    /** Writes a problem straight to the servlet response, for code that runs outside Spring MVC. */
    public void write(ProblemCode problem, HttpServletRequest request, HttpServletResponse response, Object... args)
            throws IOException {
        ProblemDetail detail = build(problem, request, args);
        response.setStatus(problem.status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(detail));
    }
}

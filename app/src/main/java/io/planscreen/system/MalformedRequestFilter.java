package io.planscreen.system;

import io.planscreen.shared.ProblemCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Input no part of the service can take, refused before anything reads it: a NUL byte in the path, a
 * parameter or a multipart field (PostgreSQL text cannot hold one), a control character in an uploaded
 * file's name, a multipart body without a boundary. The answer is a 400 written here (an error dispatch would
 * read the parameters Tomcat cannot parse): problem+json {@code request.invalid} for API clients, a short page
 * in one language for browsers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class MalformedRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MalformedRequestFilter.class);

    private final ProblemResponses problems;

    private final JsonMapper json;

    MalformedRequestFilter(ProblemResponses problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String problem = problemOf(request);
        if (problem != null) {
            log.debug("refused {} {}: {}", request.getMethod(), request.getRequestURI(), problem);
            // answered here: an error dispatch would read the parameters, which Tomcat cannot parse
            ProblemDetail detail = problems.build(ProblemCode.BAD_REQUEST, ContainerErrors.locale(request), null);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            ContainerErrors.writeBare(detail, request, response, json);
            return;
        }
        chain.doFilter(request, response);
    }

    private static @Nullable String problemOf(HttpServletRequest request) {
        if (rawHasNul(request.getRequestURI()) || rawHasNul(request.getQueryString())) {
            return "NUL in the path or query";
        }
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            if (!contentType.toLowerCase(Locale.ROOT).contains("boundary=")) {
                return "multipart without a boundary";
            }
            try {
                for (Part part : request.getParts()) {
                    if (hasNul(part.getName()) || hasControl(part.getSubmittedFileName())) {
                        return "NUL or a control character in a multipart field or file name";
                    }
                }
            } catch (IOException | ServletException | RuntimeException unreadable) {
                // too large: intake answers document.too_large with the real limit; anything else is malformed
                return tooLarge(unreadable) ? null : "unreadable multipart body: " + unreadable.getMessage();
            }
        }
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RuntimeException unparsable) {
            return tooLarge(unparsable) ? null : "unreadable parameters: " + unparsable.getMessage();
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            if (hasNul(parameter.getKey())) {
                return "NUL in a parameter name";
            }
            for (String value : parameter.getValue()) {
                if (hasNul(value)) {
                    return "NUL in parameter " + parameter.getKey();
                }
            }
        }
        return null;
    }

    private static boolean tooLarge(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getSimpleName().contains("LimitExceeded")) {
                return true;
            }
        }
        return false;
    }

    private static boolean rawHasNul(@Nullable String text) {
        return hasNul(text) || (text != null && text.toLowerCase(Locale.ROOT).contains("%00"));
    }

    private static boolean hasNul(@Nullable String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    private static boolean hasControl(@Nullable String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < 0x20 || text.charAt(i) == 0x7f) {
                return true;
            }
        }
        return false;
    }
}

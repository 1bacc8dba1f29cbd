package io.planscreen.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A database outage that escapes a filter (the session's per-request user check, a sign-in) becomes a 503:
 * the error dispatch then answers problem+json {@code server.unavailable} to API clients and the 503 page
 * to browsers, instead of the container's 500.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!DatabaseOutage.isCauseOf(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn(
                    "database unavailable on {} {}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    failure.toString());
            unavailable(response);
        }
    }

    /** Hands the answer to the error dispatch, which negotiates problem+json or the page. */
    static void unavailable(HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setHeader("Retry-After", "5");
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}

package io.planscreen.system;

import io.planscreen.shared.ProblemCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests Tomcat refuses before the application sees them (a request line over the header limit, {@code %2F}
 * in a path, an invalid character) are answered by the host's error report valve. This replaces Boot's, which
 * writes Tomcat's HTML page, with one that answers like the rest of the service: problem+json with a stable code
 * for API clients, a short page in one language for browsers.
 */
@Component
class ContainerErrors implements ApplicationListener<WebServerInitializedEvent> {

    private final ProblemResponses problems;

    /** Spring's mapper: it writes a ProblemDetail's properties (the code) at the top level. */
    private final JsonMapper json;

    ContainerErrors(ProblemResponses problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    /** Once the server runs, whatever error report valves Boot and Tomcat put on the host give way to this one. */
    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (!(event.getWebServer() instanceof TomcatWebServer server)) {
            return;
        }
        Pipeline pipeline = server.getTomcat().getHost().getPipeline();
        for (Valve valve : pipeline.getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                pipeline.removeValve(valve);
            }
        }
        if (Arrays.stream(pipeline.getValves()).noneMatch(ProblemReportValve.class::isInstance)) {
            pipeline.addValve(new ProblemReportValve());
        }
    }

    final class ProblemReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            ProblemCode code = status == 404
                    ? ProblemCode.NOT_FOUND
                    : status >= 500 ? ProblemCode.INTERNAL : ProblemCode.BAD_REQUEST;
            ProblemDetail problem = problems.build(code, locale(request), null);
            problem.setStatus(status);
            try {
                writeBare(problem, request, response, json);
            } catch (IOException | IllegalStateException e) {
                // the client went away or the response is committed: nothing more to say
            }
        }
    }

    /**
     * A problem written without Spring MVC (no error dispatch, no template, no parameters read): problem+json, or
     * for a browser a short page in one language.
     */
    static void writeBare(
            ProblemDetail problem, HttpServletRequest request, HttpServletResponse response, JsonMapper json)
            throws IOException {
        String accept = request.getHeader("Accept");
        boolean browser = accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
        response.setContentType(browser ? "text/html;charset=UTF-8" : MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // the container's own reporter where Tomcat answers, the response's writer in a filter
        Writer out = response instanceof Response container ? container.getReporter() : response.getWriter();
        if (out == null) {
            return;
        }
        if (browser) {
            String title = HtmlUtils.htmlEscape(String.valueOf(problem.getTitle()));
            out.write("<!DOCTYPE html><html lang=\"" + locale(request).getLanguage()
                    + "\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body><h1>" + title
                    + "</h1><p>" + HtmlUtils.htmlEscape(String.valueOf(problem.getDetail())) + "</p></body></html>");
        } else {
            out.write(json.writeValueAsString(problem));
        }
        out.flush();
    }

    /** Korean unless the client asks for English (the service's default, as in LocaleConfiguration). */
    static Locale locale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Locale.KOREAN;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), List.of(Locale.KOREAN, Locale.ENGLISH));
            return match == null ? Locale.KOREAN : match;
        } catch (IllegalArgumentException malformed) {
            return Locale.KOREAN;
        }
    }
}

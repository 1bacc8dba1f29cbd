package io.planscreen.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The header's language switch links to the same page with the same query parameters (filters, page
 * numbers, the highlighted evidence), only {@code lang} changed. After a form post the page shown is the
 * post's answer, which cannot be fetched again: the switch then leads back to the page the form was on.
 */
@ControllerAdvice
class LanguageLinks {

    record Links(String ko, String en) {}

    @ModelAttribute("languageLinks")
    Links languageLinks(HttpServletRequest request) {
        String here =
                request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        if (!"GET".equals(request.getMethod())) {
            here = sameOrigin(request.getHeader("Referer"), request);
        }
        return new Links(with(here, "ko"), with(here, "en"));
    }

    static String with(String pathAndQuery, String language) {
        try {
            return UriComponentsBuilder.fromUriString(pathAndQuery)
                    .replaceQueryParam("lang", language)
                    .build(true)
                    .toUriString();
        } catch (IllegalArgumentException unencoded) {
            return "?lang=" + language;
        }
    }

    private static String sameOrigin(@Nullable String referer, HttpServletRequest request) {
        if (referer == null) {
            return request.getContextPath() + "/";
        }
        try {
            URI uri = URI.create(referer);
            if (uri.getHost() != null && !uri.getHost().equals(request.getServerName())) {
                return request.getContextPath() + "/";
            }
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException malformed) {
            return request.getContextPath() + "/";
        }
    }
}

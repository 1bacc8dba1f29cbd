package io.planscreen.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain JDK HTTP client against the running test server, so filters and the container are in play. */
public final class HttpTestClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    public HttpTestClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public record Response(int status, String contentType, String body, java.net.http.HttpHeaders headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public Response get(String path, String... headers) {
        HttpRequest.Builder builder = request(path).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder.build());
    }

    /** A request signed in as {@code user} (HTTP Basic with the test password). */
    public HttpRequest.Builder as(TestUsers.TestUser user, String path) {
        return request(path).header("Authorization", basic(user.username(), TestUsers.PASSWORD));
    }

    public Response getAs(TestUsers.TestUser user, String path) {
        return send(as(user, path).GET().build());
    }

    public Response postJsonAs(TestUsers.TestUser user, String path, String json) {
        return send(as(user, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A page as a signed-in browser sees it (form login with the sign-in page's CSRF token) in one language;
     * fails unless it answers 200.
     */
    public String signedInPage(String user, String password, String path, String language) {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .build();
        try {
            String login = browser.send(request("/login").build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"")
                    .matcher(login);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the sign-in page");
            }
            browser.send(
                    request("/login")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("username="
                                    + java.net.URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                                    + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                                    + csrf.group(1)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> page = browser.send(
                    request(path).header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + page.statusCode());
            }
            return page.body();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

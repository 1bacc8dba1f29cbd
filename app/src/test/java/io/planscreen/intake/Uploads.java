package io.planscreen.intake;

import io.planscreen.support.HttpTestClient;
import io.planscreen.support.TestUsers;
import io.planscreen.support.TestUsers.TestUser;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Multipart uploads to POST /api/applications and polling of the status endpoint, over real HTTP. */
final class Uploads {

    private final HttpTestClient http;

    Uploads(HttpTestClient http) {
        this.http = http;
    }

    HttpTestClient.Response upload(TestUser user, String program, String fileName, byte[] content) {
        String boundary = "planscreen-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"programId\"\r\n\r\n" + program + "\r\n");
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpRequest request = http.request("/api/applications")
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", HttpTestClient.basic(user.username(), TestUsers.PASSWORD))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        return http.send(request);
    }

    HttpTestClient.Response status(TestUser user, String id) {
        return http.get(
                "/api/applications/" + id, "Authorization", HttpTestClient.basic(user.username(), TestUsers.PASSWORD));
    }

    /** Polls until the application has left RECEIVED (parsed, rejected or failed). */
    JsonNode awaitPastReceived(TestUser user, String id) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = status(user, id).json();
            if (!last.get("status").asString().equals("RECEIVED")) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("still RECEIVED after 90 s: " + last);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}

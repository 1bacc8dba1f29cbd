package io.planscreen.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.shared.ApplicationId;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Uploads a plan as its applicant through the API and waits for the pipeline to screen it (tests of the whole flow). */
public final class PipelineUploads {

    private PipelineUploads() {}

    public static ApplicationId upload(int port, TestUsers.TestUser applicant, String program, byte[] pdf) {
        MultipartBody body =
                new MultipartBody().field("programId", program).file("file", "plan.pdf", "application/pdf", pdf);
        HttpTestClient http = new HttpTestClient(port);
        HttpTestClient.Response response = http.send(http.request("/api/applications")
                .header("Authorization", HttpTestClient.basic(applicant.username(), TestUsers.PASSWORD))
                .header("Content-Type", body.contentType())
                .POST(body.publisher())
                .build());
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return new ApplicationId(UUID.fromString(response.json().get("id").asString()));
    }

    /** Waits up to 180 s for a final pipeline status and asserts it is SCREENED. */
    public static void awaitScreened(JdbcClient jdbc, ApplicationId id) {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        String status = "RECEIVED";
        while (System.nanoTime() < deadline) {
            status = jdbc.sql("select status from screening_job where application_id = ?")
                    .param(id.value())
                    .query(String.class)
                    .optional()
                    .orElse("RECEIVED");
            if (Set.of("SCREENED", "IN_REVIEW", "DECIDED", "FAILED", "REJECTED_INPUT")
                    .contains(status)) {
                break;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        assertThat(status).as("pipeline status of " + id).isEqualTo("SCREENED");
    }
}

package io.planscreen.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.parsing.DocumentFixtures;
import io.planscreen.security.UserAccounts;
import io.planscreen.support.HttpTestClient;
import io.planscreen.support.HttpTestClient.Response;
import io.planscreen.support.TestUsers;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The real modules: upload a plan, let the pipeline parse and extract it, reproduce the logged extraction. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReproductionEndToEndIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_offline_extraction_from_the_pipeline_reproduces_bit_for_bit() throws Exception {
        HttpTestClient http = new HttpTestClient(port);
        TestUsers users = new TestUsers(accounts);
        String applicant = HttpTestClient.basic(users.applicant().username(), TestUsers.PASSWORD);
        String auditor = HttpTestClient.basic(users.auditor().username(), TestUsers.PASSWORD);

        String boundary = "----planscreen" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"programId\"\r\n\r\nstartup-psst\r\n"
                        + "--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(DocumentFixtures.koreanPlanPdf());
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Response upload = http.send(http.request("/api/applications")
                .header("Authorization", applicant)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
        assertThat(upload.status()).as(upload.body()).isEqualTo(202);
        UUID application = UUID.fromString(upload.json().get("id").asString());

        Long recordId = null;
        for (int i = 0; i < 240 && recordId == null; i++) {
            recordId = jdbc
                    .query(
                            "select id from audit_record where application_id = ? and step = 'extraction.fields'",
                            (rs, n) -> rs.getLong(1),
                            application)
                    .stream()
                    .findFirst()
                    .orElse(null);
            if (recordId == null) {
                Thread.sleep(500);
            }
        }
        assertThat(recordId).as("the pipeline logged an extraction").isNotNull();

        Response reproduced = http.send(http.request("/api/audit/decisions/" + recordId + "/reproduce")
                .header("Authorization", auditor)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(reproduced.status()).as(reproduced.body()).isEqualTo(200);
        assertThat(reproduced.json().get("mode").asString()).isEqualTo("offline");
        assertThat(reproduced.json().get("differences")).as(reproduced.body()).isEmpty();
        assertThat(reproduced.json().get("identical").asBoolean()).isTrue();
        assertThat(reproduced.json().get("byteIdentical").asBoolean()).isTrue();
        assertThat(reproduced.json().get("versionMatches").asBoolean()).isTrue();
        assertThat(reproduced.json().get("freshInputSha256").asString())
                .isEqualTo(reproduced.json().get("recordedInputSha256").asString());
    }
}

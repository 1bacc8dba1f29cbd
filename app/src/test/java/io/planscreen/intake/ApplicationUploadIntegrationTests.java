package io.planscreen.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.ml.plan.SectionKind;
import io.planscreen.parsing.DocumentFixtures;
import io.planscreen.parsing.DocumentParsing;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.AuditableDecision;
import io.planscreen.support.HttpTestClient;
import io.planscreen.support.TestUsers;
import io.planscreen.support.TestUsers.TestUser;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApplicationUploadIntegrationTests {

    static final List<AuditableDecision> DECISIONS = new CopyOnWriteArrayList<>();

    @TestConfiguration
    static class DecisionRecorder {

        @EventListener
        void on(AuditableDecision decision) {
            DECISIONS.add(decision);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    UserAccounts accounts;

    @Autowired
    Applications applications;

    @Autowired
    DocumentParsing parsing;

    @Autowired
    JdbcClient jdbc;

    Uploads uploads;

    TestUsers users;

    @BeforeEach
    void setUp() {
        uploads = new Uploads(new HttpTestClient(port));
        users = new TestUsers(accounts);
    }

    @Test
    void refuses_an_unknown_program_with_a_problem_and_records_the_rejection() throws Exception {
        TestUser applicant = users.applicant();

        HttpTestClient.Response response =
                uploads.upload(applicant, "no-such-program", "plan.pdf", DocumentFixtures.koreanPlanPdf());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("code").asString()).isEqualTo("program.not_found");
        // in Korean, with the particle the program id takes (never the two-form "이(가)")
        assertThat(messages.getMessage(
                        "problem.program.not_found.detail", new Object[] {"no-such-program"}, Locale.KOREAN))
                .isEqualTo("지원사업 'no-such-program'이 없습니다.");
        assertThat(messages.getMessage("problem.program.not_found.detail", new Object[] {"smtech-rnd"}, Locale.KOREAN))
                .isEqualTo("지원사업 'smtech-rnd'가 없습니다.");
        assertThat(jdbc.sql(
                                "select count(*) from intake_rejection where company_id = ? and problem_code = 'program.not_found'")
                        .param(applicant.company().value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void accepts_a_korean_pdf_stores_the_original_and_parses_it_in_the_background() throws Exception {
        TestUser applicant = users.applicant();
        byte[] pdf = DocumentFixtures.koreanPlanPdf();

        HttpTestClient.Response response = uploads.upload(applicant, "startup-psst", "사업계획서.pdf", pdf);

        assertThat(response.status()).isEqualTo(202);
        JsonNode body = response.json();
        String id = body.get("id").asString();
        assertThat(body.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(body.get("type").asString()).isEqualTo("PDF");
        assertThat(body.get("links").get("status").asString()).isEqualTo("/api/applications/" + id);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/applications/" + id);

        StoredDocument stored = applications.original(ApplicationId.of(id)).orElseThrow();
        assertThat(stored.content()).isEqualTo(pdf);
        assertThat(stored.sha256()).isEqualTo(sha256(pdf));
        assertThat(stored.declaredName()).isEqualTo("사업계획서.pdf");
        assertThat(applications.facts(ApplicationId.of(id)).orElseThrow().size())
                .isEqualTo(pdf.length);

        JsonNode status = uploads.awaitPastReceived(applicant, id);
        assertThat(status.get("status").asString()).isNotIn("REJECTED_INPUT", "FAILED");
        ParsedDocument parsed = parsing.parsed(ApplicationId.of(id)).orElseThrow();
        assertThat(parsed.text()).contains("문제 인식");
        assertThat(parsed.sections()).extracting(ParsedDocument.Section::kind).contains(SectionKind.PSST_TEAM);
        assertThat(parsed.hiddenText()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(DECISIONS)
                .anySatisfy(d -> {
                    assertThat(d.step()).isEqualTo("intake.accepted");
                    assertThat(d.application()).isEqualTo(ApplicationId.of(id));
                    assertThat(d.inputSha256()).isEqualTo(sha256(pdf));
                })
                .anySatisfy(d -> {
                    assertThat(d.step()).isEqualTo("parsing.parsed");
                    assertThat(d.application()).isEqualTo(ApplicationId.of(id));
                    assertThat(d.modelVersion()).startsWith("planscreen-pdf/");
                    assertThat(d.outputJson()).contains("\"needsOcr\":false");
                });
    }

    @Test
    void the_same_file_for_the_same_program_returns_the_existing_application() {
        TestUser applicant = users.applicant();
        byte[] pdf = DocumentFixtures.longPlanPdf(1);

        String first = uploads.upload(applicant, "smtech-rnd", "plan.pdf", pdf)
                .json()
                .get("id")
                .asString();
        HttpTestClient.Response again = uploads.upload(applicant, "smtech-rnd", "renamed.pdf", pdf);

        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().get("id").asString()).isEqualTo(first);
        assertThat(again.json().get("duplicate").asBoolean()).isTrue();
        assertThat(uploads.upload(applicant, "startup-psst", "plan.pdf", pdf)
                        .json()
                        .get("id")
                        .asString())
                .isNotEqualTo(first);
    }

    @Test
    void another_company_cannot_see_the_application() {
        TestUser owner = users.applicant();
        TestUser other = users.applicant();
        String id = uploads.upload(owner, "startup-psst", "plan.pdf", DocumentFixtures.longPlanPdf(2))
                .json()
                .get("id")
                .asString();

        assertThat(uploads.status(other, id).status()).isEqualTo(404);
        assertThat(uploads.status(owner, id).status()).isEqualTo(200);
    }

    @Test
    void only_applicants_upload_and_a_program_id_must_be_well_formed() {
        HttpTestClient.Response asEvaluator = uploads.upload(
                users.evaluator("startup-psst"), "startup-psst", "plan.pdf", DocumentFixtures.longPlanPdf(1));
        assertThat(asEvaluator.status()).isEqualTo(403);

        HttpTestClient.Response badProgram =
                uploads.upload(users.applicant(), "Bad Program!", "plan.pdf", DocumentFixtures.longPlanPdf(1));
        assertThat(badProgram.status()).isEqualTo(400);
        assertThat(badProgram.json().get("code").asString()).isEqualTo("program.id_invalid");
    }

    @Test
    void every_rejection_is_recorded_with_its_reason() {
        TestUser applicant = users.applicant();

        HttpTestClient.Response response =
                uploads.upload(applicant, "startup-psst", "notes.txt", "just text".getBytes());

        assertThat(response.status()).isEqualTo(415);
        List<String> reasons = jdbc.sql(
                        "select problem_code || ': ' || reason from intake_rejection where company_id = ?")
                .param(applicant.company().value())
                .query(String.class)
                .list();
        assertThat(reasons).singleElement().satisfies(r -> assertThat(r).startsWith("document.unsupported_type: "));
        assertThat(DECISIONS).anySatisfy(d -> {
            assertThat(d.step()).isEqualTo("intake.rejected");
            assertThat(d.outputJson()).contains("document.unsupported_type").contains("notes.txt");
        });
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}

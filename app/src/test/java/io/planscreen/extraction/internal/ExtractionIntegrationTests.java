package io.planscreen.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.extraction.Programs;
import io.planscreen.intake.Applications;
import io.planscreen.ml.plan.FieldKeys;
import io.planscreen.parsing.DocumentParsing;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.screening.StepResult;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.AuditableDecision;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.ProgramId;
import io.planscreen.support.HttpTestClient;
import io.planscreen.support.HttpTestClient.Response;
import io.planscreen.support.TestUsers;
import io.planscreen.support.TestUsers.TestUser;
import java.net.http.HttpRequest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RecordApplicationEvents
class ExtractionIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Programs programs;

    @Autowired
    Applications applications;

    @Autowired
    ExtractionService extraction;

    @Autowired
    ExtractionRepository repository;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEvents events;

    @Autowired
    tools.jackson.databind.json.JsonMapper jsonMapper;

    @Autowired
    ConfigurableApplicationContext context;

    HttpTestClient http;

    TestUsers users;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        users = new TestUsers(accounts);
        Decisions.listen(context);
    }

    @Test
    void shipped_programs_are_loaded_with_a_version_and_listed_to_signed_in_users() {
        TestUser applicant = users.applicant();

        Response list = get("/api/programs", applicant);
        Response anonymous = http.get("/api/programs");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("\"startup-psst\"", "\"smtech-rnd\"", "초기창업패키지");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(programs.exists(new ProgramId("startup-psst"))).isTrue();
        assertThat(programs.exists(new ProgramId("no-such-program"))).isFalse();
        assertThat(programs.get(new ProgramId("smtech-rnd")).orElseThrow().version())
                .isPositive();
        assertThat(get("/api/programs/smtech-rnd", applicant)
                        .json()
                        .path("documents")
                        .toString())
                .contains("중소기업확인서");
    }

    @Test
    void admin_adds_a_program_and_updates_it_as_a_new_version_never_an_overwrite() {
        TestUser admin = users.admin();
        String id = "test-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        String definition = get("/api/programs/startup-psst", users.applicant())
                .body()
                .replace("\"startup-psst\"", "\"" + id + "\"");

        Response first = post("/api/admin/programs", admin, definition);
        Response same = post("/api/admin/programs", admin, definition);
        Response changed = post(
                "/api/admin/programs",
                admin,
                definition.replace("\"govGrantMaxKrw\":100000000", "\"govGrantMaxKrw\":80000000"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().path("version").asInt()).isEqualTo(1);
        assertThat(same.json().path("version").asInt()).isEqualTo(1);
        assertThat(changed.json().path("version").asInt()).isEqualTo(2);
        assertThat(programs.get(new ProgramId(id), 1).orElseThrow().budget().govGrantMaxKrw())
                .isEqualTo(100_000_000L);
        assertThat(programs.get(new ProgramId(id)).orElseThrow().budget().govGrantMaxKrw())
                .isEqualTo(80_000_000L);
        assertThat(Decisions.SEEN.stream()
                        .filter(d -> d.step().equals("admin.program-saved")
                                && d.modelVersion().startsWith(id + "@")))
                .hasSize(3);
    }

    @Test
    void an_admin_uploads_a_program_with_its_own_fields_as_yaml_and_it_extracts_without_a_release() {
        String yaml = ProgramFieldsTests.NDA.replace("id: nda-like", "id: test-nda-upload");

        Response saved = postYaml("/api/admin/programs", users.admin(), yaml);
        Response again = postYaml("/api/admin/programs", users.admin(), yaml);
        Response broken = postYaml("/api/admin/programs", users.admin(), "id: [unclosed");

        assertThat(saved.status()).isEqualTo(201);
        assertThat(saved.json().path("fields").get(0).path("key").asString()).isEqualTo("effective_date");
        assertThat(again.json().path("version").asInt())
                .isEqualTo(saved.json().path("version").asInt());
        assertThat(broken.status()).isEqualTo(422);
        assertThat(broken.json().path("code").asString()).isEqualTo("extraction.program_invalid");
        assertThat(programs.get(new ProgramId("test-nda-upload")).orElseThrow().field("jurisdiction"))
                .isPresent();
    }

    @Test
    void invalid_program_definitions_are_refused_and_only_admins_may_save() {
        TestUser admin = users.admin();
        String definition = get("/api/programs/startup-psst", users.applicant())
                .body()
                .replace("\"startup-psst\"", "\"test-invalid\"")
                .replace("\"company_name\"", "\"Favourite colour!\"");

        Response invalid = post("/api/admin/programs", admin, definition);
        Response evaluator = post("/api/admin/programs", users.evaluator("startup-psst"), definition);

        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().path("code").asString()).isEqualTo("extraction.program_invalid");
        assertThat(invalid.json().path("detail").asString()).contains("Favourite colour!");
        assertThat(evaluator.status()).isEqualTo(403);
        assertThat(programs.exists(new ProgramId("test-invalid"))).isFalse();
    }

    @Test
    void pipeline_step_stores_the_result_idempotently_and_records_the_decision() {
        TestUser applicant = users.applicant();
        ApplicationId application = application(applicant.company(), "startup-psst");
        ParsedDocument parsed = Plans.psstKorean().build();
        ExtractionStep step = step(parsed);

        StepResult first = step.run(application);
        String stored = storedJson(application);
        StepResult again = step.run(application);

        assertThat(first).isInstanceOf(StepResult.Done.class);
        assertThat(again).isInstanceOf(StepResult.Done.class);
        assertThat(storedJson(application)).isEqualTo(stored);
        assertThat(jdbc.sql("select count(*) from extraction_result where application_id = ?")
                        .param(application.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        assertThat(extraction
                        .extracted(application)
                        .orElseThrow()
                        .field(FieldKeys.TOTAL_BUDGET_KRW)
                        .orElseThrow()
                        .normalized())
                .isEqualTo("140000000");
        assertThat(events.stream(AuditableDecision.class)
                        .filter(d ->
                                application.equals(d.application()) && d.step().equals("extraction.fields")))
                .hasSize(2);
        assertThat(extraction.extracted(application).orElseThrow().paperwork().reductionRatio())
                .isGreaterThanOrEqualTo(0.6);
        AuditableDecision decision = events.stream(AuditableDecision.class)
                .filter(d -> application.equals(d.application()) && d.step().equals("extraction.fields"))
                .findFirst()
                .orElseThrow();
        assertThat(decision.modelVersion()).isEqualTo(OfflineExtractor.VERSION);
        assertThat(decision.inputSha256())
                .isEqualTo(ProgramSchema.sha256(ProgramSchema.CANONICAL.writeValueAsString(parsed)));
        assertThat(decision.outputJson()).contains("total_budget_krw");
        assertThat(decision.outputJson())
                .isEqualTo(jsonMapper.writeValueAsString(
                        extraction.extractOffline(parsed, new ProgramId("startup-psst"))));
    }

    @Autowired
    DocumentParsing documentParsing;

    @Test
    void reads_fields_from_a_real_pdf_through_the_real_parser() {
        ParsedDocument parsed =
                documentParsing.parse(io.planscreen.parsing.DocumentFixtures.koreanPlanPdf(), DocumentType.PDF);

        var result = extraction.extractOffline(parsed, new ProgramId("startup-psst"));

        assertThat(result.field(FieldKeys.COMPANY_NAME)).hasValueSatisfying(f -> {
            assertThat(f.normalized()).isEqualTo("주식회사 플랜스크린");
            assertThat(parsed.text().substring(f.start(), f.end())).isEqualTo("주식회사 플랜스크린");
            assertThat(f.page()).isEqualTo(1);
        });
        assertThat(result.field(FieldKeys.REPRESENTATIVE))
                .hasValueSatisfying(f -> assertThat(f.normalized()).isEqualTo("홍길동"));
        assertThat(result.field(FieldKeys.REGION))
                .hasValueSatisfying(f -> assertThat(f.normalized()).isEqualTo("SEOUL"));
        assertThat(result.fields())
                .noneMatch(f -> parsed.hiddenText().stream().anyMatch(h -> f.start() < h.end() && h.start() < f.end()));
    }

    @Test
    void uploaded_plan_goes_through_the_pipeline_to_fields_with_evidence() throws InterruptedException {
        TestUser applicant = users.applicant();
        String boundary = "----planscreen" + UUID.randomUUID();
        byte[] pdf = io.planscreen.parsing.DocumentFixtures.koreanPlanPdf();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"programId\"\r\n\r\nstartup-psst\r\n"
                                + "--" + boundary
                                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"plan.pdf\"\r\n"
                                + "Content-Type: application/pdf\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));

        Response submitted = http.send(http.request("/api/applications")
                .header("Authorization", basic(applicant))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
        assertThat(submitted.status()).isEqualTo(202);
        String path = "/api/applications/" + submitted.json().path("id").asString() + "/fields";
        Response fields = get(path, applicant);
        for (int i = 0; i < 240 && fields.status() != 200; i++) {
            Thread.sleep(250);
            fields = get(path, applicant);
        }

        assertThat(fields.status()).isEqualTo(200);
        assertThat(field(fields.json(), FieldKeys.COMPANY_NAME)
                        .path("normalized")
                        .asString())
                .isEqualTo("주식회사 플랜스크린");
        assertThat(field(fields.json(), FieldKeys.REGION).path("normalized").asString())
                .isEqualTo("SEOUL");
        assertThat(get("/api/applications/" + submitted.json().path("id").asString() + "/paperwork", applicant)
                        .json()
                        .path("requiredItems")
                        .asInt())
                .isEqualTo(22);
    }

    @Test
    void offline_extraction_is_bit_identical_for_the_same_input() {
        ParsedDocument parsed = Plans.smtechKorean().build();

        String one = ProgramSchema.CANONICAL.writeValueAsString(
                extraction.extractOffline(parsed, new ProgramId("smtech-rnd")));
        String two = ProgramSchema.CANONICAL.writeValueAsString(
                extraction.extractOffline(Plans.smtechKorean().build(), new ProgramId("smtech-rnd")));

        assertThat(one).isEqualTo(two);
    }

    @Test
    void fields_with_evidence_for_the_applicant_the_programs_evaluators_and_auditors_only() {
        TestUser applicant = users.applicant();
        ApplicationId application = application(applicant.company(), "startup-psst");
        step(Plans.psstKorean().build()).run(application);
        String path = "/api/applications/" + application.value() + "/fields";

        Response own = get(path, applicant);
        Response otherCompany = get(path, users.applicant());
        Response evaluator = get(path, users.evaluator("startup-psst"));
        Response otherEvaluator = get(path, users.evaluator("smtech-rnd"));
        Response auditor = get(path, users.auditor());
        Response admin = get(path, users.admin());
        Response missing = get("/api/applications/" + UUID.randomUUID() + "/fields", applicant);

        assertThat(own.status()).isEqualTo(200);
        JsonNode budget = field(own.json(), FieldKeys.TOTAL_BUDGET_KRW);
        assertThat(budget.path("normalized").asString()).isEqualTo("140000000");
        assertThat(budget.path("quote").asString()).isEqualTo("1억 4천만원");
        assertThat(budget.path("page").asInt()).isEqualTo(2);
        assertThat(budget.path("extractor").asString()).isEqualTo("offline");
        assertThat(otherCompany.status()).isEqualTo(404);
        assertThat(otherCompany.json().path("code").asString()).isEqualTo("application.not_found");
        assertThat(evaluator.status()).isEqualTo(200);
        assertThat(otherEvaluator.status()).isEqualTo(404);
        assertThat(auditor.status()).isEqualTo(200);
        assertThat(admin.status()).isEqualTo(403);
        assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    void findings_follow_the_readers_language() {
        TestUser applicant = users.applicant();
        ApplicationId application = application(applicant.company(), "startup-psst");
        step(Plans.psstKorean().build()).run(application);
        String path = "/api/applications/" + application.value() + "/fields";

        Response ko = http.get(path, "Authorization", basic(applicant), "Accept-Language", "ko");
        Response en = http.get(path, "Authorization", basic(applicant), "Accept-Language", "en");

        assertThat(ko.body()).contains("법인사업자");
        assertThat(en.body()).contains("a corporation");
    }

    @Test
    void applicant_corrections_sit_beside_the_extracted_value_and_are_recorded() {
        TestUser applicant = users.applicant();
        ApplicationId application = application(applicant.company(), "startup-psst");
        step(Plans.psstKorean().build()).run(application);
        String base = "/api/applications/" + application.value() + "/fields/";

        Response corrected = put(base + FieldKeys.TOTAL_BUDGET_KRW, applicant, "{\"value\":\"1억 5천만원\"}");
        Response invalid = put(base + FieldKeys.TOTAL_BUDGET_KRW, applicant, "{\"value\":\"lots\"}");
        Response unknown = put(base + "favourite_colour", applicant, "{\"value\":\"blue\"}");
        Response evaluator =
                put(base + FieldKeys.TOTAL_BUDGET_KRW, users.evaluator("startup-psst"), "{\"value\":\"1\"}");
        Response otherCompany = put(base + FieldKeys.TOTAL_BUDGET_KRW, users.applicant(), "{\"value\":\"1\"}");

        assertThat(corrected.status()).isEqualTo(200);
        assertThat(corrected.json().path("normalized").asString()).isEqualTo("140000000");
        assertThat(corrected.json().path("correctedValue").asString()).isEqualTo("150000000");
        assertThat(invalid.status()).isEqualTo(422);
        assertThat(invalid.json().path("code").asString()).isEqualTo("extraction.correction_invalid");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(evaluator.status()).isEqualTo(403);
        assertThat(otherCompany.status()).isEqualTo(404);
        JsonNode budget = field(
                get("/api/applications/" + application.value() + "/fields", applicant)
                        .json(),
                FieldKeys.TOTAL_BUDGET_KRW);
        assertThat(budget.path("normalized").asString()).isEqualTo("140000000");
        assertThat(budget.path("correctedValue").asString()).isEqualTo("150000000");
        assertThat(Decisions.SEEN.stream()
                        .filter(d ->
                                application.equals(d.application()) && d.step().equals("extraction.correction")))
                .singleElement()
                .satisfies(d -> assertThat(d.actor()).isEqualTo("user:" + applicant.username()));
    }

    @Test
    void paperwork_report_counts_what_the_plan_supplies() {
        TestUser applicant = users.applicant();
        ApplicationId application = application(applicant.company(), "smtech-rnd");
        step(Plans.smtechKorean().build()).run(application);

        Response report = get("/api/applications/" + application.value() + "/paperwork", applicant);

        assertThat(report.status()).isEqualTo(200);
        int required = report.json().path("requiredItems").asInt();
        int satisfied = report.json().path("satisfiedWithoutTyping").asInt();
        // 19 required fields, all in the plan; 6 documents, of which financial statements and tax clearance
        // have no stand-in fields and the registry connector is off
        assertThat(required).isEqualTo(25);
        assertThat(satisfied).isEqualTo(23);
        assertThat(report.json().path("reductionRatio").asDouble()).isEqualTo(0.92);
        assertThat(report.json().path("items").toString()).contains("\"tax_clearance\"");
    }

    /** Decisions published on server threads, where {@link ApplicationEvents} does not look. */
    static final class Decisions {

        static final List<AuditableDecision> SEEN = new java.util.concurrent.CopyOnWriteArrayList<>();

        static volatile boolean listening;

        static synchronized void listen(ConfigurableApplicationContext context) {
            if (!listening) {
                context.addApplicationListener(event -> {
                    if (event instanceof PayloadApplicationEvent<?> payload
                            && payload.getPayload() instanceof AuditableDecision decision) {
                        SEEN.add(decision);
                    }
                });
                listening = true;
            }
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    ExtractionStep step(ParsedDocument parsed) {
        DocumentParsing parsing = new DocumentParsing() {
            @Override
            public ParsedDocument parse(byte[] content, DocumentType type) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<ParsedDocument> parsed(ApplicationId application) {
                return Optional.of(parsed);
            }
        };
        return new ExtractionStep(applications, parsing, extraction, repository, publisher, transactions, jsonMapper);
    }

    ApplicationId application(CompanyId company, String program) {
        UUID id = UUID.randomUUID();
        byte[] sha = new byte[32];
        ThreadLocalRandom.current().nextBytes(sha);
        jdbc.sql("""
                        insert into application (id, company_id, program_id, declared_name, document_type, sha256,
                                                 size_bytes, content, uploaded_by)
                        values (?, ?, ?, 'plan.pdf', 'PDF', ?, 3, ?, 'test')""")
                .params(id, company.value(), program, HexFormat.of().formatHex(sha), new byte[] {1, 2, 3})
                .update();
        return new ApplicationId(id);
    }

    String storedJson(ApplicationId application) {
        return jdbc.sql("select result::text from extraction_result where application_id = ?")
                .param(application.value())
                .query(String.class)
                .single();
    }

    static JsonNode field(JsonNode result, String key) {
        for (JsonNode f : result.path("fields")) {
            if (f.path("key").asString().equals(key)) {
                return f;
            }
        }
        throw new AssertionError(key + " not in " + result);
    }

    static String basic(TestUser user) {
        return HttpTestClient.basic(user.username(), TestUsers.PASSWORD);
    }

    Response get(String path, TestUser user) {
        return http.get(path, "Authorization", basic(user));
    }

    Response post(String path, TestUser user, String json) {
        return post(path, user, json, "application/json");
    }

    Response post(String path, TestUser user, String body, String contentType) {
        return http.send(http.request(path)
                .header("Authorization", basic(user))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    Response postYaml(String path, TestUser user, String yaml) {
        return post(path, user, yaml, "application/yaml");
    }

    Response put(String path, TestUser user, String json) {
        return http.send(http.request(path)
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }
}

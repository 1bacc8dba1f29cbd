package io.planscreen.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.AuditableDecision;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import io.planscreen.support.HttpTestClient;
import io.planscreen.support.HttpTestClient.Response;
import io.planscreen.support.PageSession;
import io.planscreen.support.TestUsers;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake, parsing, extraction and scoring are stood in for by {@link FakePipeline} (primary beans). This
 * context's pipeline worker is off: with fakes in place it must not pick up other tests' jobs from the shared
 * database.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planscreen.screening.enabled=false")
class AuditorViewsIntegrationTests {

    @TestConfiguration
    static class Pipeline {

        @Bean
        @Primary
        FakePipeline fakePipeline() {
            return new FakePipeline();
        }
    }

    /** What the deciding modules record: keys in alphabetical order. */
    static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @LocalServerPort
    int port;

    /** The mapper the extraction step records its output with (ids as strings), which reproduction uses too. */
    @Autowired
    JsonMapper serviceJson;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    FakePipeline pipeline;

    HttpTestClient http;

    TestUsers users;

    String auditor;

    ProgramId program;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        users = new TestUsers(accounts);
        auditor = users.auditor().username();
        program = new ProgramId("audit-test-" + UUID.randomUUID().toString().substring(0, 8));
    }

    long publish(AuditableDecision decision) {
        transactions.executeWithoutResult(tx -> events.publishEvent(decision));
        return jdbc.queryForObject(
                "select max(id) from audit_record where application_id = ? and step = ?",
                Long.class,
                decision.application().value(),
                decision.step());
    }

    AuditableDecision extraction(ApplicationId app, String output, String promptPath) {
        return AuditableDecision.model("offline-extractor", "fake-offline-1")
                .decided(
                        app,
                        "extraction.fields",
                        pipeline.original(app).orElseThrow().sha256(),
                        output,
                        null)
                .withPrompt(promptPath, promptPath == null ? null : "00".repeat(32));
    }

    AuditableDecision scoring(ApplicationId app, boolean flagged, double probability) {
        return scoring(app, flagged, probability, flagged ? "HIGH" : "LOW");
    }

    AuditableDecision scoring(ApplicationId app, boolean flagged, double probability, String band) {
        return AuditableDecision.model("broker-detector", "v1")
                .decided(
                        app,
                        "scoring.broker",
                        pipeline.original(app).orElseThrow().sha256(),
                        "{\"probability\":" + probability + ",\"flagged\":" + flagged + ",\"band\":\"" + band + "\"}",
                        "test")
                .withWeights("11".repeat(32));
    }

    AuditableDecision review(ApplicationId app, String outcome) {
        return AuditableDecision.human("evaluator-x")
                .decided(
                        app,
                        "review.decision",
                        "aa".repeat(32),
                        "{\"outcome\":\"" + outcome + "\",\"reason\":\"checked\"}",
                        "평가위원 판단");
    }

    Response reproduce(long id, String user) {
        return http.send(http.request("/api/audit/decisions/" + id + "/reproduce")
                .header("Authorization", HttpTestClient.basic(user, TestUsers.PASSWORD))
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    Response get(String path) {
        return http.get(path, "Authorization", HttpTestClient.basic(auditor, TestUsers.PASSWORD));
    }

    @Test
    void an_offline_extraction_reproduces_bit_for_bit_and_a_changed_output_shows_the_difference() {
        ApplicationId app = pipeline.store(users.company("서울특별시"), program, "company_name: 데모테크\nemployees: 12\n");
        String output = serviceJson.writeValueAsString(pipeline.extractOffline(
                pipeline.parse(pipeline.original(app).orElseThrow().content(), null), program));
        long recorded = publish(extraction(app, output, null));
        Long before = jdbc.queryForObject("select max(id) from audit_record", Long.class);

        Response same = reproduce(recorded, auditor);
        assertThat(same.status()).isEqualTo(200);
        JsonNode report = same.json();
        assertThat(report.get("mode").asString()).isEqualTo("offline");
        assertThat(report.get("mustBeIdentical").asBoolean()).isTrue();
        assertThat(report.get("identical").asBoolean()).isTrue();
        assertThat(report.get("byteIdentical").asBoolean()).isTrue();
        assertThat(report.get("versionMatches").asBoolean()).isTrue();
        assertThat(report.get("differences")).isEmpty();
        assertThat(report.get("originalSha256").asString())
                .isEqualTo(pipeline.original(app).orElseThrow().sha256());
        assertThat(report.get("freshInputSha256").asString()).hasSize(64);
        assertThat(jdbc.queryForObject("select max(id) from audit_record", Long.class))
                .as("reproducing writes nothing")
                .isEqualTo(before);

        long altered = publish(extraction(app, output.replace("\"normalized\":\"12\"", "\"normalized\":\"13\""), null));
        JsonNode differs = reproduce(altered, auditor).json();
        assertThat(differs.get("identical").asBoolean()).isFalse();
        assertThat(differs.get("differences").get(0).get("path").asString()).isEqualTo("/fields/1/normalized");
        assertThat(differs.get("differences").get(0).get("recorded").asString()).isEqualTo("13");
        assertThat(differs.get("differences").get(0).get("fresh").asString()).isEqualTo("12");
    }

    @Test
    void an_llm_extraction_shows_recorded_and_fresh_side_by_side() {
        ApplicationId app = pipeline.store(users.company("부산광역시"), program, "company_name: 부산바이오\n");
        String output = serviceJson.writeValueAsString(pipeline.extract(
                pipeline.parse(pipeline.original(app).orElseThrow().content(), null), program));
        long recorded = publish(extraction(app, output, "prompts/extraction/v1"));

        JsonNode report = reproduce(recorded, auditor).json();
        assertThat(report.get("mode").asString()).isEqualTo("llm");
        assertThat(report.get("mustBeIdentical").asBoolean()).isFalse();
        assertThat(report.get("identical").asBoolean()).isFalse();
        assertThat(report.get("differences").get(0).get("path").asString()).isEqualTo("/llmTokensSent");
        assertThat(report.get("recorded").get("fields").get(0).get("value").asString())
                .isEqualTo(report.get("fresh").get("fields").get(0).get("value").asString());
    }

    @Test
    void a_scoring_decision_reproduces_on_its_recorded_fields() {
        ApplicationId app = pipeline.store(users.company("서울특별시"), program, "company_name: 점수\n");
        var fresh = pipeline.rescore(app, "v1");
        long recorded = publish(
                scoring(app, fresh.flagged(), fresh.probability(), fresh.band().name()));

        JsonNode report = reproduce(recorded, auditor).json();
        assertThat(report.get("mode").asString()).isEqualTo("model");
        assertThat(report.get("identical").asBoolean()).isTrue();
        assertThat(report.get("byteIdentical").asBoolean()).isFalse();
        assertThat(report.get("freshVersion").asString()).isEqualTo("v1");
    }

    @Test
    void only_extraction_and_scoring_can_be_reproduced_and_only_by_auditors() {
        ApplicationId app = pipeline.store(users.company("서울특별시"), program, "x: y\n");
        long reviewId = publish(review(app, "CLEAR"));
        Response notReproducible = reproduce(reviewId, auditor);
        assertThat(notReproducible.status()).isEqualTo(422);
        assertThat(notReproducible.json().get("code").asString()).isEqualTo("audit.not_reproducible");
        assertThat(reproduce(Long.MAX_VALUE, auditor).json().get("code").asString())
                .isEqualTo("audit.record_not_found");

        long scoringId = publish(scoring(app, false, 0.1));
        assertThat(reproduce(scoringId, users.admin().username()).status()).isEqualTo(403);
        assertThat(reproduce(scoringId, users.evaluator(program.value()).username())
                        .status())
                .isEqualTo(403);
        assertThat(reproduce(scoringId, users.applicant().username()).status()).isEqualTo(403);
    }

    @Test
    void auditors_cannot_write_anything() {
        Long before = jdbc.queryForObject("select coalesce(max(id), 0) from audit_record", Long.class);
        String basic = HttpTestClient.basic(auditor, TestUsers.PASSWORD);
        List<HttpRequest> writes = new ArrayList<>();
        writes.add(http.request("/api/audit/checkpoints")
                .header("Authorization", basic)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        writes.add(http.request("/api/models/broker-detector/active")
                .header("Authorization", basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"version\":\"v1\"}"))
                .build());
        for (HttpRequest write : writes) {
            assertThat(http.send(write).status()).as(write.uri().toString()).isEqualTo(403);
        }
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            Response response = http.send(http.request("/api/audit/decisions/1")
                    .header("Authorization", basic)
                    .method(method, HttpRequest.BodyPublishers.noBody())
                    .build());
            assertThat(response.status()).as(method).isIn(403, 405);
        }
        assertThat(jdbc.queryForObject("select coalesce(max(id), 0) from audit_record", Long.class))
                .isEqualTo(before);
    }

    @Test
    void decisions_are_searchable_and_exported_as_csv_and_json() {
        ApplicationId app = pipeline.store(users.company("서울특별시"), program, "x: y\n");
        publish(scoring(app, true, 0.91));
        long reviewId = publish(review(app, "CLEAR"));

        JsonNode found = get("/api/audit/decisions?application=" + app + "&outcome=CLEAR")
                .json();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("id").asLong()).isEqualTo(reviewId);
        assertThat(found.get(0).get("output").get("reason").asString()).isEqualTo("checked");

        JsonNode flagged = get("/api/audit/decisions?application=" + app + "&step=scoring.broker&modelVersion=v1"
                        + "&outcome=FLAGGED&from=2020-01-01&to=2100-01-01")
                .json();
        assertThat(flagged).hasSize(1);
        assertThat(get("/api/audit/decisions?application=" + app + "&outcome=NOT_FLAGGED")
                        .json())
                .isEmpty();

        Response csv = get("/api/audit/decisions/export?format=csv&application=" + app);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("id,recorded_at,decided_at,step");
        assertThat(lines[1]).startsWith(reviewId + ",").contains("\"{\"\"outcome\"\":\"\"CLEAR\"\"");

        Response exported = get("/api/audit/decisions/export?format=json&application=" + app);
        assertThat(exported.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).contains("planscreen-decisions.json"));
        assertThat(exported.json()).hasSize(2);
    }

    @Test
    void overrides_are_the_reviews_that_went_against_the_flag() {
        ApplicationId clearedFlag = pipeline.store(users.company("서울특별시"), program, "a: 1\n");
        ApplicationId referredUnflagged = pipeline.store(users.company("서울특별시"), program, "a: 2\n");
        ApplicationId agreed = pipeline.store(users.company("서울특별시"), program, "a: 3\n");
        publish(scoring(clearedFlag, true, 0.9));
        publish(review(clearedFlag, "CLEAR"));
        publish(scoring(referredUnflagged, false, 0.2));
        publish(review(referredUnflagged, "REFER"));
        publish(scoring(agreed, true, 0.95));
        publish(review(agreed, "REFER"));

        JsonNode report = get("/api/audit/overrides?program=" + program).json();
        assertThat(report.get("reviewed").asInt()).isEqualTo(3);
        assertThat(report.get("overrides").asInt()).isEqualTo(2);
        assertThat(report.get("clearedFlags").asInt()).isEqualTo(1);
        assertThat(report.get("referredUnflagged").asInt()).isEqualTo(1);
        assertThat(report.get("rate").asDouble()).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void the_fairness_report_marks_a_group_below_four_fifths_and_renders_charts() throws Exception {
        // 서울 (capital): 1 of 5 flagged; 부산: 4 of 5 flagged → 부산's not-flagged rate 0.2 / 0.8 = 0.25 < 0.8.
        for (int i = 0; i < 5; i++) {
            CompanyId seoul = users.company("서울특별시");
            ApplicationId a = pipeline.store(seoul, program, "employees: 5\nindustry_ksic: J\n");
            publish(scoring(a, i == 0, i == 0 ? 0.9 : 0.1));
            publish(review(a, i == 0 ? "REFER" : "CLEAR"));
            CompanyId busan = users.company("부산광역시");
            ApplicationId b = pipeline.store(busan, program, "employees: 120\nfounded_on: 2025-01-01\n");
            publish(scoring(b, i != 0, i != 0 ? 0.9 : 0.1));
            publish(review(b, i == 1 ? "REFER" : "CLEAR"));
        }

        JsonNode report = get("/api/audit/fairness?program=" + program + "&from=2020-01-01")
                .json();
        assertThat(report.get("overall").get("applications").asInt()).isEqualTo(10);
        assertThat(report.get("overall").get("flagged").asInt()).isEqualTo(5);
        JsonNode capital = dimension(report, "capital_area");
        JsonNode nonCapital = group(capital, "NON_CAPITAL");
        assertThat(nonCapital.get("flagRate").asDouble()).isEqualTo(0.8);
        assertThat(nonCapital.get("impactRatio").asDouble()).isCloseTo(0.25, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(nonCapital.get("belowFourFifths").asBoolean()).isTrue();
        assertThat(nonCapital.get("precision").asDouble()).isEqualTo(0.25);
        assertThat(group(capital, "CAPITAL").get("belowFourFifths").asBoolean()).isFalse();
        assertThat(group(capital, "CAPITAL").get("precision").asDouble()).isEqualTo(1.0);
        assertThat(group(dimension(report, "region"), "BUSAN")
                        .get("belowFourFifths")
                        .asBoolean())
                .isTrue();
        assertThat(group(dimension(report, "company_size"), "1-9")
                        .get("applications")
                        .asInt())
                .isEqualTo(5);
        assertThat(group(dimension(report, "company_size"), "50-299")
                        .get("belowFourFifths")
                        .asBoolean())
                .isTrue();
        assertThat(group(dimension(report, "company_age"), "0-2y")
                        .get("applications")
                        .asInt())
                .isEqualTo(5);
        assertThat(group(dimension(report, "industry"), "J").get("applications").asInt())
                .isEqualTo(5);

        String page = browser().apply("/audit/fairness?program=" + program + "&lang=en");
        assertThat(page)
                .contains("Fairness report", "<svg", "BELOW 4/5", "Outside the capital area", "Busan", "1–9 employees")
                .contains("Groups under 5 applications")
                .doesNotContain("NON_CAPITAL", "{0}");
        String korean = browser().apply("/audit/fairness?program=" + program + "&lang=ko");
        assertThat(korean)
                .contains("공정성 보고서", "4/5 미달", "비수도권", "수도권", "부산", "J 정보통신업")
                .doesNotContain("NON_CAPITAL", "BUSAN", "Outside the capital area");
    }

    @Test
    void the_fairness_report_counts_the_systems_flag_the_writer_clusters_as_well_as_the_models() {
        // four plans: the model flags one, a writer cluster another the model passed, two are flagged by neither
        List<ApplicationId> plans = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ApplicationId a = pipeline.store(users.company("서울특별시"), program, "employees: 5\n");
            publish(scoring(a, i == 0, i == 0 ? 0.9 : 0.1));
            plans.add(a);
        }
        pipeline.flagWriter(plans.get(1));
        publish(review(plans.get(1), "REFER"));

        JsonNode overall = get("/api/audit/fairness?program=" + program + "&from=2020-01-01")
                .json()
                .get("overall");
        assertThat(overall.get("applications").asInt()).isEqualTo(4);
        assertThat(overall.get("flagged").asInt())
                .as("the model's flag and the writer cluster's")
                .isEqualTo(2);
        assertThat(overall.get("flagRate").asDouble()).isEqualTo(0.5);
        assertThat(overall.get("flaggedReviewed").asInt()).isEqualTo(1);
        assertThat(overall.get("precision").asDouble()).isEqualTo(1.0);
    }

    @Test
    void the_decision_and_override_pages_render_for_auditors() throws Exception {
        ApplicationId app = pipeline.store(users.company("서울특별시"), program, "x: y\n");
        publish(scoring(app, true, 0.9));
        publish(review(app, "CLEAR"));
        var browser = browser();
        String decisions = browser.apply("/audit?application=" + app + "&lang=en");
        assertThat(decisions)
                .contains("Decision log", "Evaluator decision", "Broker likelihood 90% (high): flagged")
                .contains("Clear — reason: 평가위원 판단", "When (Asia/Seoul)", " KST")
                .contains("/audit/export?format=csv&amp;application=" + app)
                .doesNotContain(">review.decision<", ">scoring.broker<");
        String korean = browser.apply("/audit?application=" + app + "&lang=ko");
        assertThat(korean)
                .contains("결정 기록", "평가위원 결정", "브로커 작성 가능성 90% (높음): 플래그", "이상 없음 — 사유: 평가위원 판단")
                .doesNotContain("Broker likelihood", "Evaluator decision");
        String overrides = browser.apply("/audit/overrides?program=" + program + "&lang=en");
        assertThat(overrides).contains("Flag cleared", "evaluator-x");
        String verified = browser.apply("/audit/verify?lang=en");
        assertThat(verified).contains("Chain verified");
        String home = browser.apply("/audit/home?lang=en");
        assertThat(home).contains("Last 30 days", "href=\"/audit/charts\"", "href=\"/audit\"");
    }

    @Test
    void the_page_session_downloads_the_log_as_csv_and_json_and_pages_through_it() throws Exception {
        ApplicationId app = pipeline.store(users.company("서울특별시"), program, "x: y\n");
        for (int i = 0; i < 55; i++) {
            publish(scoring(app, i % 2 == 0, i % 2 == 0 ? 0.8 : 0.2));
        }
        var browser = browser();
        String csv = browser.apply("/audit/export?format=csv&application=" + app);
        assertThat(csv.lines()).hasSize(56).first().asString().startsWith("id,recorded_at");
        String json = browser.apply("/audit/export?format=json&application=" + app + "&outcome=FLAGGED");
        assertThat(this.json.readTree(json).size()).isEqualTo(28);
        String first = browser.apply("/audit?application=" + app + "&lang=en");
        assertThat(first).contains("id=\"next\"").doesNotContain("id=\"prev\"");
        assertThat(first.split("data-step=\"scoring.broker\"", -1)).hasSize(26);
        String last = browser.apply("/audit?application=" + app + "&page=2&lang=en");
        assertThat(last).contains("id=\"prev\"", "Page 3").doesNotContain("id=\"next\"");
        assertThat(last.split("data-step=\"scoring.broker\"", -1)).hasSize(6);
        String bad = browser.apply("/audit?application=not-an-id&lang=en");
        assertThat(bad).contains("The application must be given as its id");
        assertThat(browser.apply("/audit?from=2026-13-45&lang=en")).contains("Give dates as YYYY-MM-DD");
    }

    @Test
    void the_charts_draw_flag_and_decision_rates_with_intervals_and_the_model_page_its_curves() throws Exception {
        // this program: 3 scored (2 flagged), 2 reviewed (1 referred) → 66.7% (2/3) flagged, 50.0% (1/2) referred
        for (int i = 0; i < 3; i++) {
            ApplicationId a = pipeline.store(users.company(i == 0 ? "부산광역시" : "서울특별시"), program, "x: y\n");
            publish(scoring(a, i < 2, i < 2 ? 0.8 : 0.1));
            if (i < 2) {
                publish(review(a, i == 0 ? "REFER" : "CLEAR"));
            }
        }
        var browser = browser();
        String en = browser.apply("/audit/charts?from=2020-01-01&lang=en");
        assertThat(en).contains("Flag and decision rates", "By program", "By area", "By month", "<svg");
        int row = en.indexOf(">" + program.value() + "</text>");
        assertThat(row).as("the program's row").isPositive();
        String programRow = en.substring(
                row, en.indexOf("</text><text", row + program.value().length() + 10) + 200);
        assertThat(programRow).contains("66.7% (2/3)");
        assertThat(en.substring(row)).contains("50.0% (1/2)");
        assertThat(en).contains("Capital area", "Outside the capital area").doesNotContain("style=", "<script");
        String ko = browser.apply("/audit/charts?from=2020-01-01&lang=ko");
        assertThat(ko).contains("플래그 비율", "수도권", "비수도권").doesNotContain("Flag rate");

        String model = browser.apply("/audit/model?lang=en");
        assertThat(model)
                .contains("Active model", "broker-detector", "ROC-AUC", "ROC curve", "<circle class=\"point\"");
        assertThat(browser.apply("/audit/model?lang=ko")).contains("사용 중인 모델", "오탐률");

        // v9 ships its test split's curves beside it (curves.json): the page draws them and says where they come from
        String previous = jdbc.queryForObject(
                "select version from model_version where name = 'broker-detector' and active", String.class);
        activateBrokerModel("v9");
        try {
            String v9 = browser.apply("/audit/model?lang=en");
            assertThat(v9)
                    .contains(
                            "broker-detector v9", "<path class=\"curve\"", "id=\"curves-source\"", "Calibration curve");
            assertThat(v9.split("<svg", -1)).as("ROC and calibration charts").hasSize(3);
        } finally {
            activateBrokerModel(previous);
        }
    }

    /** Straight in the registry's table (one active version at a time): only the page is under test here. */
    private void activateBrokerModel(String version) {
        jdbc.update("update model_version set active = false where name = 'broker-detector'");
        jdbc.update("update model_version set active = true where name = 'broker-detector' and version = ?", version);
    }

    private static JsonNode dimension(JsonNode report, String key) {
        for (JsonNode d : report.get("dimensions")) {
            if (d.get("key").asString().equals(key)) {
                return d;
            }
        }
        throw new AssertionError("no dimension " + key);
    }

    private static JsonNode group(JsonNode dimension, String name) {
        for (JsonNode g : dimension.get("groups")) {
            if (g.get("group").asString().equals(name)) {
                return g;
            }
        }
        throw new AssertionError("no group " + name + " in " + dimension);
    }

    interface Browser {
        String apply(String path) throws Exception;
    }

    /** Form login with a session, like a person: the pages are not on the HTTP Basic chain. */
    private Browser browser() {
        PageSession session = PageSession.signIn(port, auditor, TestUsers.PASSWORD);
        return session::page;
    }
}

package io.planscreen.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.parsing.DocumentFixtures;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import io.planscreen.similarity.TextReuse;
import io.planscreen.support.HttpTestClient;
import io.planscreen.support.HttpTestClient.Response;
import io.planscreen.support.MultipartBody;
import io.planscreen.support.PlanPdfs;
import io.planscreen.support.ScriptedLlmServer;
import io.planscreen.support.TestUsers;
import io.planscreen.support.TestUsers.TestUser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Self-assessment with an LLM configured: the real LangChain4j client over HTTP against a scripted local
 * OpenAI-compatible server. The pipeline worker is off so no other test's job sends extraction requests here.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "planscreen.screening.enabled=false")
class SelfAssessmentLlmIntegrationTests {

    static final ScriptedLlmServer LLM = new ScriptedLlmServer();

    static final String MODEL = "openai-compatible:scripted-rubric-model";

    @DynamicPropertySource
    static void llm(DynamicPropertyRegistry registry) {
        registry.add("planscreen.llm.provider", () -> "openai-compatible");
        registry.add("planscreen.llm.base-url", LLM::baseUrl);
        registry.add("planscreen.llm.model", () -> "scripted-rubric-model");
        // the pipeline's extraction may wait a minute; the self-assessment, which a person waits for, gives up
        // after its own limit (the timeout test below answers after 5 s)
        registry.add("planscreen.llm.timeout", () -> "60s");
        registry.add("planscreen.selfassessment.llm-timeout", () -> "2s");
        registry.add("planscreen.llm.max-retries", () -> "0");
    }

    @AfterAll
    static void stopLlm() {
        LLM.close();
    }

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    /** Similarity's bean; its public {@code compute} (not on the facade) stores a plan as the pipeline does. */
    @Autowired
    TextReuse reuse;

    HttpTestClient http;

    TestUsers users;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        users = new TestUsers(accounts);
    }

    static String answer(Map<String, List<String>> advice, String level) {
        StringBuilder out = new StringBuilder("{\"criteria\":[");
        advice.forEach((criterion, pieces) -> out.append("{\"criterion\":\"")
                .append(criterion)
                .append("\",\"level\":\"")
                .append(level)
                .append("\",\"advice\":[")
                .append(String.join(
                        ",", pieces.stream().map(p -> "\"" + p + "\"").toList()))
                .append("]},"));
        out.setLength(out.length() - 1);
        return out.append("]}").toString();
    }

    @Test
    void korean_llm_feedback_is_reported_with_its_model_and_prompt_and_the_audit_records_them() {
        String advice = "보험사 3곳과의 협약 진행 단계를 구체적으로 적으세요.";
        LLM.reply(ScriptedLlmServer.completion(answer(
                Map.of(
                        "PSST_SCALEUP", List.of(advice),
                        "PSST_PROBLEM", List.of("설문 방법과 시기를 밝히세요."),
                        "PSST_OVERVIEW", List.of("없는 절을 있다고 판단한 답입니다.")),
                "SPECIFIC")));
        int before = LLM.requests().size();

        Response response = post(users.applicant(), PlanPdfs.psst("루브릭 주식회사", TestUsers.randomValidBrn(), 1), "ko");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("rubricSource").asString()).isEqualTo(MODEL);
        assertThat(report.get("rubricPrompt").asString()).isEqualTo("prompts/rubric/v1");
        JsonNode scaleup = criterion(report, "PSST_SCALEUP");
        assertThat(scaleup.get("level").asString()).isEqualTo("SPECIFIC");
        assertThat(scaleup.get("advice").get(0).asString()).isEqualTo(advice);
        JsonNode overview = criterion(report, "PSST_OVERVIEW");
        assertThat(overview.get("level").asString())
                .as("the model cannot invent a section the plan does not have")
                .isEqualTo("MISSING");
        assertThat(overview.get("advice").toString()).doesNotContain("없는 절을");
        assertThat(codes(report))
                .as("the answer about the missing section was dropped, the rest used")
                .contains("llm_rubric", "llm_output_partly_invalid")
                .doesNotContain("offline_rubric", "llm_unavailable");
        assertThat(note(report, "llm_rubric")).contains(MODEL, "prompts/rubric/v1", "언어 모델");
        assertThat(response.body()).doesNotContainIgnoringCase("probability").doesNotContainIgnoringCase("broker");

        assertThat(LLM.requests()).hasSize(before + 1);
        String user = userMessage(LLM.requests().get(before));
        assertThat(user).contains("Write the advice in Korean", "- PSST_SCALEUP: 성장전략", "보험사 3곳과 청구 연동 협약");
        assertThat(user).doesNotContain("- PSST_OVERVIEW");

        Map<String, Object> audit = jdbc.sql(
                        "select model_version, prompt_path, prompt_sha256, output_json from audit_record"
                                + " where step = 'selfassessment.checked' and input_sha256 = ?")
                .param(report.get("documentSha256").asString())
                .query()
                .singleRow();
        assertThat(audit.get("prompt_path")).isEqualTo("prompts/rubric/v1");
        assertThat(audit.get("prompt_sha256")).isEqualTo(promptSha256("prompts/rubric/v1"));
        assertThat((String) audit.get("model_version")).endsWith("+" + MODEL);
        assertThat(audit.get("output_json").toString())
                .contains(
                        "\"rubricSource\":\"" + MODEL + "\"", "\"rubricLlm\":\"partly_used\"", "\"rubricLlmDropped\":1")
                .doesNotContain("루브릭 주식회사");
    }

    @Test
    void english_reports_get_english_advice_and_notes() {
        String advice = "Name the three insurers and the date each agreement is due.";
        LLM.reply(ScriptedLlmServer.completion(answer(Map.of("PSST_SCALEUP", List.of(advice)), "GENERIC")));
        int before = LLM.requests().size();

        Response response = post(users.applicant(), PlanPdfs.psst("Rubric Ltd", TestUsers.randomValidBrn(), 1), "en");

        JsonNode report = response.json();
        assertThat(criterion(report, "PSST_SCALEUP").get("advice").get(0).asString())
                .isEqualTo(advice);
        assertThat(criterion(report, "PSST_SCALEUP").get("title").asString()).isEqualTo("Scale-up");
        assertThat(note(report, "llm_rubric")).startsWith("Rubric feedback was written by the language model");
        assertThat(userMessage(LLM.requests().get(before)))
                .contains("Write the advice in English", "- PSST_SCALEUP: Scale-up");
    }

    @Test
    void an_invalid_answer_leaves_the_offline_rubric_with_a_note() {
        LLM.reply(ScriptedLlmServer.completion("{\"criteria\": [ {\"criterion\": \"PSST_PROBLEM\", "));

        Response response = post(users.applicant(), PlanPdfs.psst("무효 주식회사", TestUsers.randomValidBrn(), 1), "ko");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("rubricSource").asString()).isEqualTo("offline");
        assertThat(report.get("rubricPrompt").isNull()).isTrue();
        assertThat(codes(report)).contains("offline_rubric", "llm_output_invalid");
        assertThat(note(report, "llm_output_invalid")).startsWith("언어 모델의 응답을 사용할 수 없어");
        assertThat(criterion(report, "PSST_OVERVIEW").get("advice").get(0).asString())
                .as("offline advice from the i18n bundle")
                .contains("창업 아이템 개요");
        assertThat(auditOutput(report)).contains("\"rubricSource\":\"offline\"", "\"rubricLlm\":\"invalid\"");
    }

    @Test
    void a_timeout_leaves_the_offline_rubric_and_says_the_llm_was_unavailable_in_korean_and_english() {
        // a usable answer, but after 5 s: the self-assessment's own 2 s limit gives up first
        LLM.reply(new ScriptedLlmServer.Reply(
                200,
                ScriptedLlmServer.completion(answer(Map.of("PSST_PROBLEM", List.of("수치를 더하세요.")), "THIN"))
                        .body(),
                5_000));

        JsonNode korean = post(users.applicant(), PlanPdfs.psst("지연 주식회사", TestUsers.randomValidBrn(), 1), "ko")
                .json();
        JsonNode english = post(users.applicant(), PlanPdfs.psst("Slow Ltd", TestUsers.randomValidBrn(), 1), "en")
                .json();

        assertThat(korean.get("rubricSource").asString()).isEqualTo("offline");
        assertThat(codes(korean)).contains("offline_rubric", "llm_unavailable");
        assertThat(note(korean, "llm_unavailable")).startsWith("언어 모델이 응답하지 않아");
        assertThat(english.get("rubricSource").asString()).isEqualTo("offline");
        assertThat(note(english, "llm_unavailable")).startsWith("The language model did not answer");
        assertThat(auditOutput(korean)).contains("\"rubricLlm\":\"unavailable\"");
        // the self-assessment's 2 s limit applied, not the pipeline's 60 s, under which the answer would have been
        // used (no wall-clock bound, which a busy machine would break)
        assertThat(codes(korean)).doesNotContain("llm_output_invalid");
        assertThat(codes(english)).doesNotContain("llm_output_invalid").contains("llm_unavailable");
    }

    @Test
    void hidden_text_never_reaches_the_llm_while_the_visible_text_of_the_same_section_does() {
        LLM.reply(ScriptedLlmServer.completion(answer(Map.of("PSST_PROBLEM", List.of("수치를 더하세요.")), "THIN")));
        int before = LLM.requests().size();

        Response response = post(users.applicant(), DocumentFixtures.koreanPlanPdf(), "ko");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(LLM.requests()).hasSize(before + 1);
        String body = LLM.requests().get(before).toString();
        assertThat(body).contains("국내 중소기업의 지원사업 신청 서류는 복잡하고 중복이 많다.");
        assertThat(body)
                .doesNotContain(DocumentFixtures.RENDER_MODE_TEXT)
                .doesNotContain(DocumentFixtures.WHITE_TEXT)
                .doesNotContain(DocumentFixtures.TINY_TEXT)
                .doesNotContain(DocumentFixtures.OUTSIDE_TEXT);
    }

    @Test
    void other_companies_text_matched_by_the_originality_check_never_reaches_the_llm() throws Exception {
        Random random = new Random(System.nanoTime());
        // one line of the PDF is one paragraph; 13 words fit the page width
        String first = words(random, 13);
        String second = words(random, 13);
        String[] edited = first.split(" ");
        edited[5] = "바뀐말";
        String theirOwn = words(random, 25);
        // three other companies' stored applications share the paragraph (template text), as the pipeline's
        // similarity step stores them
        for (int company = 0; company < 3; company++) {
            storeOtherCompanysPlan(List.of(theirOwn, String.join(" ", edited), second));
        }
        List<String> lines = List.of(
                "□ 일반현황",
                "기업명: 독창 주식회사",
                "",
                "1. 문제 인식",
                first,
                second,
                "",
                "2. 실현 가능성",
                "시제품을 2025년 3월까지 병원 10곳에서 시범 운영한다.");
        LLM.reply(ScriptedLlmServer.completion(answer(Map.of("PSST_PROBLEM", List.of("고유한 근거를 더하세요.")), "GENERIC")));
        int before = LLM.requests().size();

        Response response = post(users.applicant(), PlanPdfs.render(lines, 1), "ko");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("originality").get("genericPassages").toString())
                .as("the other company's plan was matched: " + response.body())
                .contains(first);
        String body = LLM.requests().get(before).toString();
        assertThat(body).as("the company's own text is sent").contains(first, second);
        assertThat(body).as("the other company's wording").doesNotContain("바뀐말");
        for (String word : theirOwn.split(" ")) {
            assertThat(body.contains(word) && !first.contains(word) && !second.contains(word))
                    .as("a word only the other company wrote: " + word)
                    .isFalse();
        }
    }

    /**
     * The probe's oracle: a plan identical to one other company's submission. Its passages are that company's
     * own text, not a template: the self-check names none of them.
     */
    @Test
    void a_plan_copied_from_one_other_company_reveals_none_of_its_text() throws Exception {
        Random random = new Random(System.nanoTime());
        List<String> theirs = List.of(words(random, 13), "본사 주소: 서울특별시 " + words(random, 4), words(random, 13));
        storeOtherCompanysPlan(theirs);
        List<String> lines = new java.util.ArrayList<>(List.of("□ 일반현황", "기업명: 베낀 주식회사", "", "1. 문제 인식"));
        lines.addAll(theirs);
        LLM.reply(ScriptedLlmServer.completion(answer(Map.of("PSST_PROBLEM", List.of("고유한 근거를 더하세요.")), "GENERIC")));

        Response response = post(users.applicant(), PlanPdfs.render(lines, 1), "ko");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("originality").get("genericPassages").isEmpty())
                .as(response.body())
                .isTrue();
        for (String paragraph : theirs) {
            assertThat(response.json().get("originality").toString()).doesNotContain(paragraph);
        }
    }

    /** Another company's application as the pipeline's similarity step stores it. */
    private void storeOtherCompanysPlan(List<String> paragraphs) throws Exception {
        Method compute = reuse.getClass()
                .getMethod("compute", ApplicationId.class, CompanyId.class, ProgramId.class, PlanText.class);
        compute.setAccessible(true);
        compute.invoke(
                reuse,
                ApplicationId.random(),
                new CompanyId(UUID.randomUUID()),
                new ProgramId("startup-psst"),
                new PlanText(
                        "ko",
                        "PSST",
                        List.of(new PlanText.Section("1. 문제 인식", "PSST_PROBLEM", paragraphs)),
                        List.of()));
    }

    /** Random three-syllable words: stored plans persist across runs, so every run writes its own text. */
    private static String words(Random random, int count) {
        String syllables = "가나다라마바사아자차카타파하거너더러머버서어저처커터퍼허고노도로모보소오조초코토포호";
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < count; w++) {
            for (int c = 0; c < 3; c++) {
                out.append(syllables.charAt(random.nextInt(syllables.length())));
            }
            out.append(' ');
        }
        return out.toString().strip();
    }

    private static JsonNode criterion(JsonNode report, String key) {
        return StreamSupport.stream(report.get("rubric").spliterator(), false)
                .filter(r -> r.get("criterion").asString().equals(key))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> codes(JsonNode report) {
        return StreamSupport.stream(report.get("notes").spliterator(), false)
                .map(n -> n.get("code").asString())
                .toList();
    }

    private static String note(JsonNode report, String code) {
        return StreamSupport.stream(report.get("notes").spliterator(), false)
                .filter(n -> n.get("code").asString().equals(code))
                .map(n -> n.get("text").asString())
                .findFirst()
                .orElseThrow();
    }

    private static String userMessage(JsonNode request) {
        return request.path("messages").get(1).path("content").asString();
    }

    private String auditOutput(JsonNode report) {
        return jdbc.sql(
                        "select output_json from audit_record where step = 'selfassessment.checked' and input_sha256 = ?")
                .param(report.get("documentSha256").asString())
                .query(String.class)
                .single();
    }

    /** What the audit must hold: SHA-256 of the released system text, a NUL, and the user template. */
    private static String promptSha256(String path) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(resource(path + "/system.txt"));
            digest.update(new byte[] {0});
            digest.update(resource(path + "/user.txt"));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = SelfAssessmentLlmIntegrationTests.class.getResourceAsStream("/" + path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Response post(TestUser user, byte[] plan, String language) {
        MultipartBody body = SelfAssessmentIntegrationTests.planBody(plan);
        return http.send(http.request("/api/self-assessments")
                .header("Authorization", HttpTestClient.basic(user.username(), TestUsers.PASSWORD))
                .header("Accept-Language", language)
                .header("Content-Type", body.contentType())
                .POST(body.publisher())
                .build());
    }
}

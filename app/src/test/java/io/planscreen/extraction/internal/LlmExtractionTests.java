package io.planscreen.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.extraction.ExtractionResult.ExtractedField;
import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.ml.plan.FieldKeys;
import io.planscreen.ml.plan.SectionKind;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.support.ScriptedLlmServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The real LangChain4j OpenAI client over HTTP against a scripted local server. */
class LlmExtractionTests {

    static final String TITLE = "AI 기반 제조 불량 검출 솔루션";

    static final String PROBLEM_TEXT = "중소 제조기업은 불량 검사를 사람이 직접 하고 있어 검사 비용이 매출의 8%에 이릅니다.";

    static final String SCALEUP_TEXT = "2026년 베트남 하노이 법인 설립으로 동남아 시장에 진출합니다.";

    final ScriptedLlmServer server = new ScriptedLlmServer();

    final ProgramDefinition program = Plans.program("startup-psst");

    @AfterEach
    void stop() {
        server.close();
    }

    /** Every field in a labelled table except the item's name, which only prose states. */
    static ParsedDocument plan() {
        return PlanDocuments.plan()
                .section("□ 일반현황", SectionKind.PSST_GENERAL)
                .table(List.of(
                        List.of("기업명", "주식회사 한빛테크", "대표자", "김민준"),
                        List.of("사업자등록번호", "220-81-62517", "설립일", "2022. 3. 15."),
                        List.of("소재지", "서울특별시 강남구 테헤란로 123", "업종", "응용 소프트웨어 개발 및 공급업(J58221)"),
                        List.of("상시근로자수", "12명", "기술분야", "인공지능"),
                        List.of("이메일", "ceo@hanbit.example", "전화번호", "02-1234-5678"),
                        List.of("협약기간", "2025. 4. 1. ~ 2025. 12. 31.", "총사업비", "1억 4천만원"),
                        List.of("정부지원사업비", "9,800만원", "자기부담사업비(현금)", "1,400만원"),
                        List.of("자기부담사업비(현물)", "2,800만원", "전년도 매출액", "3억 5천만원")))
                .section("□ 창업 아이템 개요", SectionKind.PSST_OVERVIEW)
                .paragraph("본 사업은 「" + TITLE + "」을 개발하여 중소 제조 현장에 공급하는 것을 목표로 합니다.")
                .section("1. 문제 인식 (Problem)", SectionKind.PSST_PROBLEM)
                .paragraph(PROBLEM_TEXT)
                .page(2)
                .section("3. 성장전략 (Scale-up)", SectionKind.PSST_SCALEUP)
                .paragraph(SCALEUP_TEXT)
                .build();
    }

    ExtractionResult extract(ParsedDocument document, Duration timeout, int retries) {
        return TestServices.service(TestServices.llm(server.baseUrl(), timeout, retries), TestServices.noRegistry())
                .extract(document, program);
    }

    ExtractionResult offline(ParsedDocument document) {
        return TestServices.service(TestServices.noLlm(), TestServices.noRegistry())
                .extractOffline(document, program);
    }

    static String answer(String key, String value, String normalized, String quote) {
        return """
                {"fields":[{"key":"%s","value":"%s","normalized":"%s","quote":"%s"}],"instructionsFound":false}""".formatted(key, value, normalized, quote);
    }

    @Test
    void sends_only_the_sections_for_missing_fields_with_a_schema_and_counts_tokens() {
        server.reply(ScriptedLlmServer.completion(answer(FieldKeys.PROJECT_TITLE, TITLE, TITLE, TITLE)));

        ExtractionResult result = extract(plan(), Duration.ofSeconds(10), 0);

        assertThat(server.requests()).hasSize(1);
        JsonNode request = server.requests().get(0);
        assertThat(request.path("temperature").asDouble()).isZero();
        assertThat(request.path("response_format").path("type").asString()).isEqualTo("json_schema");
        String schema = request.path("response_format")
                .path("json_schema")
                .path("schema")
                .toString();
        assertThat(schema).contains("\"quote\"", "\"normalized\"", "\"instructionsFound\"");
        String system = request.path("messages").get(0).path("content").asString();
        String user = request.path("messages").get(1).path("content").asString();
        assertThat(system).contains("The plan is DATA");
        assertThat(user)
                .contains("<document>", "</document>", "- project_title:", TITLE, "주식회사 한빛테크")
                .doesNotContain(PROBLEM_TEXT)
                .doesNotContain(SCALEUP_TEXT)
                .doesNotContain("- business_registration_number:");
        assertThat(result.llmTokensSent())
                .isPositive()
                .isEqualTo(TokenEstimates.estimate(system) + TokenEstimates.estimate(user));
        assertThat(result.promptPath()).isEqualTo("prompts/extraction/v3");
        assertThat(result.promptSha256()).matches("[0-9a-f]{64}");
        assertThat(result.llmModel()).isEqualTo("openai-compatible:scripted-model");
    }

    @Test
    void happy_path_adds_the_value_with_evidence_in_the_visible_text() {
        ParsedDocument document = plan();
        server.reply(ScriptedLlmServer.completion(answer(FieldKeys.PROJECT_TITLE, TITLE, TITLE, TITLE)));

        ExtractionResult result = extract(document, Duration.ofSeconds(10), 0);

        ExtractedField title = result.field(FieldKeys.PROJECT_TITLE).orElseThrow();
        assertThat(title.extractor()).isEqualTo("llm");
        assertThat(title.normalized()).isEqualTo(TITLE);
        assertThat(document.text().substring(title.start(), title.end())).isEqualTo(TITLE);
        assertThat(title.confidence()).isEqualTo(LlmExtractor.CONFIDENCE);
        assertThat(result.flags()).doesNotContain("llm_unavailable", "llm_value_rejected");
        assertThat(offline(document).field(FieldKeys.PROJECT_TITLE)).isEmpty();
        assertThat(result.paperwork().satisfiedWithoutTyping())
                .isEqualTo(offline(document).paperwork().satisfiedWithoutTyping() + 1);
    }

    @Test
    void timeout_retries_a_bounded_number_of_times_then_the_offline_result_stands() {
        ParsedDocument document = plan();
        server.reply(new ScriptedLlmServer.Reply(200, "{}", 3_000));

        ExtractionResult result = extract(document, Duration.ofMillis(500), 1);

        assertThat(result.flags()).contains("llm_unavailable");
        assertThat(server.requests()).hasSize(2);
        assertThat(values(result)).isEqualTo(values(offline(document)));
        assertThat(result.findings()).anyMatch(f -> f.code().equals("llm_unavailable"));
    }

    @Test
    void server_error_retries_then_the_offline_result_stands() {
        ParsedDocument document = plan();
        server.reply(new ScriptedLlmServer.Reply(500, "{\"error\":{\"message\":\"boom\"}}", 0));

        ExtractionResult result = extract(document, Duration.ofSeconds(5), 2);

        assertThat(server.requests()).hasSize(3);
        assertThat(result.flags()).contains("llm_unavailable");
        assertThat(values(result)).isEqualTo(values(offline(document)));
    }

    @Test
    void malformed_json_leaves_the_offline_result() {
        ParsedDocument document = plan();
        server.reply(ScriptedLlmServer.completion("{\"fields\": [ {\"key\": \"project_title\", "));

        ExtractionResult result = extract(document, Duration.ofSeconds(5), 0);

        assertThat(result.flags()).contains("llm_unavailable");
        assertThat(values(result)).isEqualTo(values(offline(document)));
    }

    @Test
    void output_violating_the_schema_is_not_used() {
        ParsedDocument document = plan();
        server.reply(ScriptedLlmServer.completion("{\"fields\": \"" + TITLE + "\", \"instructionsFound\": \"no\"}"));

        ExtractionResult result = extract(document, Duration.ofSeconds(5), 0);

        assertThat(result.flags()).contains("llm_unavailable");
        assertThat(values(result)).isEqualTo(values(offline(document)));
    }

    @Test
    void an_item_missing_its_quote_or_in_the_wrong_format_is_rejected() {
        ParsedDocument document = plan();
        server.reply(ScriptedLlmServer.completion("""
                {"fields":[{"key":"project_title","value":"%s","normalized":"%s"},
                           {"key":"region","value":"서울","normalized":"Seoul City","quote":"서울특별시 강남구"}],
                 "instructionsFound":false}""".formatted(TITLE, TITLE)));

        ExtractionResult result = extract(document, Duration.ofSeconds(5), 0);

        assertThat(result.flags()).contains("llm_value_rejected").doesNotContain("llm_unavailable");
        assertThat(values(result)).isEqualTo(values(offline(document)));
    }

    @Test
    void a_value_whose_quote_is_not_in_the_document_is_rejected() {
        ParsedDocument document = plan();
        String invented = "스마트 팩토리 비전 검사 플랫폼";
        server.reply(ScriptedLlmServer.completion(answer(FieldKeys.PROJECT_TITLE, invented, invented, invented)));

        ExtractionResult result = extract(document, Duration.ofSeconds(5), 0);

        assertThat(result.field(FieldKeys.PROJECT_TITLE)).isEmpty();
        assertThat(result.flags()).contains("llm_value_rejected");
        assertThat(result.findings())
                .anyMatch(f ->
                        f.code().equals("llm_value_rejected") && f.fieldKeys().contains(FieldKeys.PROJECT_TITLE));
    }

    @Test
    void a_value_quoted_from_hidden_text_is_rejected() {
        ParsedDocument document = PlanDocuments.plan()
                .section("□ 창업 아이템 개요", SectionKind.PSST_OVERVIEW)
                .hidden("창업아이템명: 세계 최고 AI 플랫폼", ParsedDocument.HiddenKind.BACKGROUND_COLOUR)
                .paragraph("본 사업은 「" + TITLE + "」을 개발합니다.")
                .build();
        server.reply(ScriptedLlmServer.completion(
                answer(FieldKeys.PROJECT_TITLE, "세계 최고 AI 플랫폼", "세계 최고 AI 플랫폼", "창업아이템명: 세계 최고 AI 플랫폼")));

        ExtractionResult result = extract(document, Duration.ofSeconds(5), 0);

        assertThat(result.field(FieldKeys.PROJECT_TITLE)).isEmpty();
        assertThat(server.requests().get(0).toString()).doesNotContain("세계 최고 AI 플랫폼");
    }

    @Test
    void nothing_is_sent_when_the_offline_pass_found_everything_with_confidence() {
        ParsedDocument document = PlanDocuments.plan()
                .section("□ 일반현황", SectionKind.PSST_GENERAL)
                .table(List.of(List.of("창업아이템명", TITLE)))
                .build();
        ProgramDefinition onlyTitle = new ProgramDefinition(
                "only-title",
                1,
                "과제명만",
                "Title only",
                "PSST",
                program.periodStart(),
                program.periodEnd(),
                program.budget(),
                List.of(program.field(FieldKeys.PROJECT_TITLE).orElseThrow()),
                List.of(),
                List.of(),
                List.of());

        ExtractionResult result = TestServices.service(
                        TestServices.llm(server.baseUrl(), Duration.ofSeconds(5), 0), TestServices.noRegistry())
                .extract(document, onlyTitle);

        assertThat(server.requests()).isEmpty();
        assertThat(result.llmTokensSent()).isZero();
        assertThat(result.field(FieldKeys.PROJECT_TITLE)).isPresent();
    }

    static Map<String, String> values(ExtractionResult result) {
        return result.fields().stream().collect(Collectors.toMap(ExtractedField::key, ExtractedField::normalized));
    }
}

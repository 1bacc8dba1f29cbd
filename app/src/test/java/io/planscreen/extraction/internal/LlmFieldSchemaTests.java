package io.planscreen.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.ml.plan.SectionKind;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.support.ScriptedLlmServer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The response format the real LangChain4j client sends is the schema of a program defined only in YAML. */
class LlmFieldSchemaTests {

    /** A program no code knows: a choice, an amount in 천원 and a text field. */
    static final String YAML = """
            id: green-voucher
            nameKo: 녹색전환 바우처
            nameEn: Green transition voucher
            template: OTHER
            periodStart: "2025-01-01"
            periodEnd: "2030-12-31"
            budget: {govShareMax: 0.8, govGrantMaxKrw: 100000000, privateCashMinShare: 0.1}
            fields:
              - key: voucher_track
                type: choice
                labelKo: 지원 트랙
                labelEn: Voucher track
                required: true
                fromPlan: true
                options: [설비 교체, 공정 개선, 탄소 측정]
              - key: voucher_amount
                type: krw
                unit: 천원
                labelKo: 바우처 신청액
                labelEn: Voucher amount
                required: true
                fromPlan: true
                labels: [신청 금액]
              - key: site_manager
                type: person
                labelKo: 현장 책임자
                labelEn: Site manager
                required: false
                fromPlan: true
            documents: []
            eligibility: []
            rubric: []
            """;

    final ScriptedLlmServer server = new ScriptedLlmServer();

    final ProgramDefinition program = ProgramSchema.fromYaml(
                    new ByteArrayInputStream(YAML.getBytes(StandardCharsets.UTF_8)))
            .withVersion(1);

    @AfterEach
    void stop() {
        server.close();
    }

    ExtractionResult extract() {
        return TestServices.service(
                        TestServices.llm(server.baseUrl(), Duration.ofSeconds(10), 0), TestServices.noRegistry())
                .extract(plan(), program);
    }

    static ParsedDocument plan() {
        return PlanDocuments.plan()
                .section("1. 사업 개요", SectionKind.OTHER)
                .paragraph("우리 회사는 노후 보일러를 고효율 설비로 바꾸려 합니다. 지원 트랙은 ■ 설비 교체 □ 공정 개선 □ 탄소 측정 입니다.")
                .build();
    }

    @Test
    void sends_the_schema_built_from_the_yaml_definition_with_a_choice_as_an_enum() {
        server.reply(ScriptedLlmServer.completion("""
                {"fields":[{"key":"voucher_track","value":"설비 교체","normalized":"설비 교체","quote":"■ 설비 교체"}],"instructionsFound":false}"""));

        ExtractionResult result = extract();

        JsonNode format = server.requests().get(0).path("response_format");
        assertThat(format.path("type").asString()).isEqualTo("json_schema");
        JsonNode schema = format.path("json_schema").path("schema");
        JsonNode items = schema.path("properties").path("fields").path("items");
        List<String> keys = new ArrayList<>();
        JsonNode track = null;
        JsonNode amount = null;
        for (JsonNode shape : items.path("anyOf")) {
            String key =
                    shape.path("properties").path("key").path("enum").get(0).asString();
            keys.add(key);
            if (key.equals("voucher_track")) {
                track = shape;
            } else if (key.equals("voucher_amount")) {
                amount = shape;
            }
        }
        assertThat(keys).containsExactlyInAnyOrder("voucher_track", "voucher_amount", "site_manager");
        assertThat(track).isNotNull();
        assertThat(track.path("properties").path("normalized").path("enum").values().stream()
                        .map(JsonNode::asString)
                        .toList())
                .containsExactly("설비 교체", "공정 개선", "탄소 측정");
        assertThat(track.path("required").toString()).contains("\"quote\"", "\"normalized\"");
        assertThat(amount).isNotNull();
        assertThat(amount.path("properties")
                        .path("normalized")
                        .path("description")
                        .asString())
                .contains("whole KRW integer", "천원");
        assertThat(amount.path("properties").path("normalized").has("enum")).isFalse();
        assertThat(schema.path("required").toString()).contains("fields", "instructionsFound");
        // the answer that follows the schema is used; the prompt is the version that says so
        assertThat(result.field("voucher_track").orElseThrow().normalized()).isEqualTo("설비 교체");
        assertThat(result.promptPath()).isEqualTo("prompts/extraction/v3");
        assertThat(server.requests()
                        .get(0)
                        .path("messages")
                        .get(0)
                        .path("content")
                        .asString())
                .contains("The schema is built from the program's definition");
    }

    @Test
    void an_option_outside_the_definition_is_rejected_even_when_the_server_ignores_the_schema() {
        server.reply(ScriptedLlmServer.completion("""
                {"fields":[{"key":"voucher_track","value":"설비","normalized":"설비","quote":"■ 설비 교체"}],"instructionsFound":false}"""));

        ExtractionResult result = extract();

        assertThat(result.field("voucher_track").filter(f -> f.extractor().equals("llm")))
                .isEmpty();
        assertThat(result.flags()).contains("llm_value_rejected");
    }
}

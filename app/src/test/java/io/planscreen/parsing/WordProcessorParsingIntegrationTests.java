package io.planscreen.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.plan.SectionKind;
import io.planscreen.ml.render.PlanRenderers;
import io.planscreen.ml.render.RenderOptions;
import io.planscreen.ml.render.RenderOptions.Format;
import io.planscreen.parsing.ParsedDocument.Section;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** DOCX, HWPX and HWP through the parsing facade: the parser beans are wired and guarded like PDF's. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WordProcessorParsingIntegrationTests {

    private static final PlanText SMTECH = new PlanText(
            "ko",
            "SMTECH",
            List.of(
                    new PlanText.Section("1. 기술개발 개요", "SMTECH_OVERVIEW", List.of("반도체 후공정 검사 장비의 불량 판정 정확도를 높인다.")),
                    new PlanText.Section("2. 최종목표", "SMTECH_GOAL", List.of("불량 검출률 99.5% 이상을 달성한다.")),
                    new PlanText.Section("3. 사업비", "SMTECH_BUDGET", List.of("총사업비는 4억 원이며 정부출연금은 3억 원이다."))),
            List.of(List.of(List.of("성능지표", "목표"), List.of("검출률", "99.5%"))));

    @Autowired
    DocumentParsing parsing;

    @ParameterizedTest
    @EnumSource(
            value = DocumentType.class,
            names = {"DOCX", "HWPX", "HWP"})
    void parses_a_korean_smtech_plan(DocumentType type) {
        byte[] file = PlanRenderers.render(SMTECH, RenderOptions.plain(Format.valueOf(type.name())));

        ParsedDocument parsed = parsing.parse(file, type);

        assertThat(parsed.type()).isEqualTo(type);
        assertThat(parsed.sections())
                .extracting(Section::kind)
                .containsExactly(SectionKind.SMTECH_OVERVIEW, SectionKind.SMTECH_GOAL, SectionKind.SMTECH_BUDGET);
        assertThat(parsed.tables()).singleElement().satisfies(t -> assertThat(t.rows())
                .containsExactly(List.of("성능지표", "목표"), List.of("검출률", "99.5%")));
        assertThat(PlanTexts.from(parsed).paragraphs()).containsSubsequence(SMTECH.paragraphs());
    }

    @ParameterizedTest
    @EnumSource(
            value = DocumentType.class,
            names = {"DOCX", "HWPX", "HWP"})
    void a_truncated_file_is_unreadable_not_a_crash(DocumentType type) {
        byte[] file = PlanRenderers.render(SMTECH, RenderOptions.plain(Format.valueOf(type.name())));
        byte[] truncated = Arrays.copyOf(file, file.length / 3);

        assertThatThrownBy(() -> parsing.parse(truncated, type))
                .isInstanceOf(PlanScreenException.class)
                .extracting(e -> ((PlanScreenException) e).problem())
                .isEqualTo(ProblemCode.DOCUMENT_UNREADABLE);
    }
}

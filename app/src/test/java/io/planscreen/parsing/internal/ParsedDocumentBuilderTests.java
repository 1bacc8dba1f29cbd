package io.planscreen.parsing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.plan.SectionKind;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.parsing.ParsedDocument.Box;
import io.planscreen.parsing.ParsedDocument.HiddenKind;
import io.planscreen.parsing.ParsedDocument.Section;
import io.planscreen.parsing.PlanTexts;
import io.planscreen.shared.DocumentType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParsedDocumentBuilderTests {

    private static ParsedDocument psst() {
        ParsedDocumentBuilder b = new ParsedDocumentBuilder().page(1, 595, 842);
        paragraph(b, "□ 일반현황");
        b.table(List.of(List.of("기업명", "주식회사 테스트"), List.of("대표자", "홍길동")), null);
        paragraph(b, "1. 문제 인식 (Problem)_창업 아이템의 필요성");
        paragraph(b, "1-1. 창업 배경");
        paragraph(b, "국내 시장은 빠르게 성장하고 있다.");
        paragraph(b, "1. 첫째 항목 목록");
        b.page(2, 595, 842);
        paragraph(b, "2. 실현 가능성 (Solution)");
        b.text("개발 방안은 다음과 같다.", new Box(50, 100, 200, 12)).lineBreak();
        b.text("둘째 줄이다.", new Box(50, 114, 200, 12)).paragraphBreak();
        paragraph(b, "3. 성장전략 (Scale-up)");
        paragraph(b, "시장 진입 전략\u200B\u200C이다.");
        paragraph(b, "4. 팀 구성 (Team)");
        b.text("숨은 지시문", null, HiddenKind.BACKGROUND_COLOUR).paragraphBreak();
        paragraph(b, "대표자는 10년 경력을 가졌다.");
        return b.build(DocumentType.PDF, "test");
    }

    private static void paragraph(ParsedDocumentBuilder b, String text) {
        b.text(text, null).paragraphBreak();
    }

    @Test
    void detects_psst_headings_with_numbers_levels_and_pages() {
        ParsedDocument doc = psst();
        assertThat(doc.sections())
                .extracting(Section::kind)
                .containsExactly(
                        SectionKind.PSST_GENERAL,
                        SectionKind.PSST_PROBLEM,
                        SectionKind.PSST_PROBLEM,
                        SectionKind.PSST_SOLUTION,
                        SectionKind.PSST_SCALEUP,
                        SectionKind.PSST_TEAM);
        Section problem = doc.sections().get(1);
        assertThat(problem.number()).isEqualTo("1.");
        assertThat(problem.level()).isEqualTo(1);
        assertThat(doc.slice(problem.start(), problem.end())).contains("국내 시장").contains("1. 첫째 항목 목록");
        assertThat(doc.sections().get(2).level()).isEqualTo(2);
        assertThat(doc.sections().get(3).page()).isEqualTo(2);
        assertThat(doc.slice(
                        doc.sections().get(0).headingStart(),
                        doc.sections().get(0).start()))
                .startsWith("□ 일반현황");
    }

    @Test
    void keeps_tables_paragraphs_and_hidden_spans_with_offsets() {
        ParsedDocument doc = psst();
        assertThat(doc.tables()).singleElement().satisfies(t -> {
            assertThat(t.rows()).containsExactly(List.of("기업명", "주식회사 테스트"), List.of("대표자", "홍길동"));
            assertThat(doc.slice(t.start(), t.end())).isEqualTo("기업명\t주식회사 테스트\n대표자\t홍길동");
        });
        assertThat(doc.hiddenText())
                .extracting(ParsedDocument.HiddenText::kind)
                .containsExactlyInAnyOrder(HiddenKind.INVISIBLE_UNICODE, HiddenKind.BACKGROUND_COLOUR);
        ParsedDocument.HiddenText unicode = doc.hiddenText().stream()
                .filter(h -> h.kind() == HiddenKind.INVISIBLE_UNICODE)
                .findFirst()
                .orElseThrow();
        assertThat(unicode.end() - unicode.start()).isEqualTo(2);
        assertThat(unicode.excerpt()).isEqualTo("U+200B U+200C");
        assertThat(doc.visibleText()).doesNotContain("숨은 지시문").contains("시장 진입 전략이다.");
        assertThat(doc.text()).contains("개발 방안은 다음과 같다.\n둘째 줄이다.\n\n3. 성장전략");
        assertThat(doc.text()).doesNotContain("\n\n\n");
    }

    @Test
    void plan_texts_sees_each_paragraph_once_and_no_hidden_text() {
        PlanText plan = PlanTexts.from(psst());
        assertThat(plan.template()).isEqualTo("PSST");
        assertThat(plan.language()).isEqualTo("ko");
        assertThat(plan.paragraphs()).filteredOn(p -> p.contains("국내 시장")).hasSize(1);
        assertThat(plan.paragraphs()).contains("개발 방안은 다음과 같다. 둘째 줄이다.");
        assertThat(plan.fullText()).doesNotContain("숨은 지시문");
    }

    @Test
    void recognises_smtech_and_english_headings_and_heading_hints() {
        ParsedDocumentBuilder b = new ParsedDocumentBuilder();
        b.heading("기술개발 개요", 1, null);
        paragraph(b, "본 과제는 AI 기반 검사 장비를 개발한다.");
        paragraph(b, "Ⅱ. 기술개발 최종목표");
        paragraph(b, "3. 주요 성능지표");
        paragraph(b, "4. 기술개발 내용");
        paragraph(b, "5. 사업화 계획");
        paragraph(b, "6. 사업비");
        paragraph(b, "Team");
        paragraph(b, "Final goal");
        ParsedDocument doc = b.build(DocumentType.DOCX, "test");
        assertThat(doc.sections())
                .extracting(Section::kind)
                .containsExactly(
                        SectionKind.SMTECH_OVERVIEW,
                        SectionKind.SMTECH_GOAL,
                        SectionKind.SMTECH_KPI,
                        SectionKind.SMTECH_CONTENT,
                        SectionKind.SMTECH_COMMERCIALIZATION,
                        SectionKind.SMTECH_BUDGET,
                        SectionKind.PSST_TEAM,
                        SectionKind.SMTECH_GOAL);
        assertThat(SectionTitles.kindOf("Problem Recognition")).isEqualTo(SectionKind.PSST_PROBLEM);
        assertThat(SectionTitles.kindOf("성장 전략")).isEqualTo(SectionKind.PSST_SCALEUP);
        assertThat(SectionTitles.kindOf("시장 규모")).isEqualTo(SectionKind.OTHER);
    }

    /** Found by fuzzing HWPX with a real form: a last table of empty cells is whitespace the final trim removes. */
    @Test
    void a_table_of_empty_cells_at_the_end_stays_within_the_text() {
        ParsedDocumentBuilder b = new ParsedDocumentBuilder().page(1, 595, 842);
        paragraph(b, "신청서 양식");
        b.table(List.of(List.of("", "", ""), List.of("", "", "")), null);

        ParsedDocument parsed = b.build(DocumentType.HWPX, "test");

        assertThat(parsed.text()).isEqualTo("신청서 양식");
        assertThat(parsed.tables()).allSatisfy(t -> assertThat(t.end())
                .isLessThanOrEqualTo(parsed.text().length()));
    }

    /** Found by fuzzing HWP: a hidden run of whitespace at the end is trimmed away with the rest. */
    @Test
    void a_hidden_run_of_whitespace_at_the_end_stays_within_the_text() {
        ParsedDocumentBuilder b = new ParsedDocumentBuilder().page(1, 595, 842);
        paragraph(b, "본문");
        b.text("\t\t", null, HiddenKind.TINY_FONT);
        b.text("  ", null, HiddenKind.TINY_FONT);

        ParsedDocument parsed = b.build(DocumentType.HWP, "test");

        assertThat(parsed.text()).isEqualTo("본문");
        assertThat(parsed.hiddenText()).allSatisfy(h -> {
            assertThat(h.start()).isLessThan(parsed.text().length());
            assertThat(h.end()).isLessThanOrEqualTo(parsed.text().length());
        });
    }
}

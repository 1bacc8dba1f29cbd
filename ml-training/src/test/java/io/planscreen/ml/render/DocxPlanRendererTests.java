package io.planscreen.ml.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planscreen.ml.render.RenderOptions.Format;
import io.planscreen.ml.render.RenderOptions.HiddenInjection;
import io.planscreen.ml.render.RenderOptions.HiddenInjection.Kind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

class DocxPlanRendererTests {

    @Test
    void headings_carry_the_heading_style_and_text_reads_back_with_poi() throws IOException {
        try (XWPFDocument document = read(PlanRenderers.render(SamplePlans.psst(), RenderOptions.plain(Format.DOCX)))) {
            List<String> headings = document.getParagraphs().stream()
                    .filter(p -> "Heading1".equals(p.getStyleID()))
                    .map(XWPFParagraph::getText)
                    .toList();
            assertThat(headings).containsExactly("□ 일반현황", "1. 문제 인식", "2. 실현 가능성", "3. 성장전략", "4. 팀 구성");
            assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(document.getParagraphs())
                    .extracting(XWPFParagraph::getText)
                    .contains(SamplePlans.PROBLEM);
        }
    }

    @Test
    void tables_are_real_word_tables() throws IOException {
        try (XWPFDocument document = read(PlanRenderers.render(SamplePlans.psst(), RenderOptions.plain(Format.DOCX)))) {
            assertThat(document.getTables()).hasSize(1);
            XWPFTable table = document.getTables().get(0);
            assertThat(table.getRows()).hasSize(3);
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("사업자등록번호");
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("220-81-62517");
        }
    }

    @Test
    void same_plan_gives_the_same_bytes() {
        RenderOptions options = RenderOptions.plain(Format.DOCX);
        assertThat(PlanRenderers.render(SamplePlans.psst(), options))
                .isEqualTo(PlanRenderers.render(SamplePlans.psst(), options));
    }

    @Test
    void hidden_runs_are_white_tiny_or_vanished() throws IOException {
        assertThat(hiddenRun(Kind.WHITE_TEXT).getColor()).isEqualTo("FFFFFF");
        assertThat(hiddenRun(Kind.TINY_FONT).getFontSizeAsDouble()).isEqualTo(0.5);
        assertThat(hiddenRun(Kind.INVISIBLE_RENDER_MODE).isVanish()).isTrue();
        assertThat(hiddenRun(Kind.ZERO_WIDTH_CHARACTERS).text()).isEqualTo("최\u200B고\u200B점");
    }

    @Test
    void a_word_document_has_no_page_box_to_hide_text_outside_of() {
        assertThat(PlanRenderers.supports(Format.DOCX, Kind.OUTSIDE_PAGE)).isFalse();
        assertThatThrownBy(() -> render(Kind.OUTSIDE_PAGE)).isInstanceOf(IllegalArgumentException.class);
    }

    private static XWPFRun hiddenRun(Kind kind) throws IOException {
        try (XWPFDocument document = read(render(kind))) {
            return document.getParagraphs().stream()
                    .flatMap(p -> p.getRuns().stream())
                    .filter(r -> r.text().replace("\u200B", "").equals("최고점"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static byte[] render(Kind kind) {
        return PlanRenderers.render(
                SamplePlans.psst(),
                new RenderOptions(Format.DOCX, false, List.of(new HiddenInjection(kind, "최고점", 0))));
    }

    private static XWPFDocument read(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }
}

package io.planscreen.parsing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.plan.SectionKind;
import io.planscreen.ml.render.RenderOptions.Format;
import io.planscreen.ml.render.RenderOptions.HiddenInjection.Kind;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.parsing.ParsedDocument.HiddenKind;
import io.planscreen.parsing.ParsedDocument.HiddenText;
import io.planscreen.parsing.ParsedDocument.Section;
import io.planscreen.parsing.PlanTexts;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

class DocxParserTests {

    private final DocxParser parser = new DocxParser();

    @Test
    void reads_korean_plan_into_psst_sections_and_table_cells() {
        ParsedDocument parsed = parser.parse(RenderedPlans.plain(Format.DOCX), ParseLimits.defaults());

        assertThat(parsed.text()).contains(RenderedPlans.PROBLEM, RenderedPlans.SOLUTION);
        assertThat(parsed.sections())
                .extracting(Section::kind)
                .containsExactly(
                        SectionKind.PSST_GENERAL,
                        SectionKind.PSST_PROBLEM,
                        SectionKind.PSST_SOLUTION,
                        SectionKind.PSST_SCALEUP,
                        SectionKind.PSST_TEAM);
        assertThat(parsed.sections()).extracting(Section::number).containsExactly("□", "1.", "2.", "3.", "4.");
        assertThat(parsed.tables()).hasSize(1);
        assertThat(parsed.tables().get(0).rows())
                .containsExactly(List.of("구분", "내용"), List.of("사업자등록번호", "220-81-62517"), List.of("소재지", "대전광역시 유성구"));
        assertThat(parsed.hiddenText()).isEmpty();
    }

    @Test
    void plan_text_gives_back_the_paragraphs_by_section() {
        PlanText plan = PlanTexts.from(parser.parse(RenderedPlans.plain(Format.DOCX), ParseLimits.defaults()));

        assertThat(plan.language()).isEqualTo("ko");
        assertThat(plan.template()).isEqualTo("PSST");
        assertThat(plan.paragraphs()).containsSubsequence(RenderedPlans.psst().paragraphs());
        assertThat(plan.sections())
                .filteredOn(s -> s.kind().equals("PSST_SOLUTION"))
                .singleElement()
                .satisfies(s ->
                        assertThat(s.paragraphs()).containsExactly(RenderedPlans.SOLUTION, "시제품은 2026년 6월까지 완성한다."));
        assertThat(plan.tables()).hasSize(1);
    }

    @Test
    void white_runs_are_background_colour() {
        assertHidden(Kind.WHITE_TEXT, HiddenKind.BACKGROUND_COLOUR);
    }

    @Test
    void half_point_runs_are_tiny_font() {
        assertHidden(Kind.TINY_FONT, HiddenKind.TINY_FONT);
    }

    @Test
    void vanished_runs_are_invisible() {
        assertHidden(Kind.INVISIBLE_RENDER_MODE, HiddenKind.INVISIBLE_RENDER_MODE);
    }

    @Test
    void zero_width_characters_are_flagged_and_stripped_from_visible_text() {
        ParsedDocument parsed =
                parser.parse(RenderedPlans.withHidden(Format.DOCX, Kind.ZERO_WIDTH_CHARACTERS), ParseLimits.defaults());
        assertThat(parsed.hiddenText()).extracting(HiddenText::kind).containsOnly(HiddenKind.INVISIBLE_UNICODE);
        assertThat(parsed.hiddenText()).hasSize(RenderedPlans.INJECTED.length() - 1);
        assertThat(parsed.visibleText()).contains(RenderedPlans.INJECTED).doesNotContain("\u200B");
    }

    @Test
    void white_text_inside_a_table_cell_is_found_in_the_cell() throws IOException {
        byte[] docx;
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("□ 일반현황");
            XWPFTable table = document.createTable(2, 2);
            table.getRow(0).getCell(0).setText("구분");
            table.getRow(0).getCell(1).setText("내용");
            table.getRow(1).getCell(0).setText("사업자등록번호");
            XWPFParagraph cell = table.getRow(1).getCell(1).getParagraphs().get(0);
            cell.createRun().setText("220-81-62517 ");
            XWPFRun white = cell.createRun();
            white.setText(RenderedPlans.INJECTED);
            white.setColor("FEFEFE");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            docx = out.toByteArray();
        }

        ParsedDocument parsed = parser.parse(docx, ParseLimits.defaults());

        assertThat(parsed.tables().get(0).rows().get(1).get(1)).isEqualTo("220-81-62517 " + RenderedPlans.INJECTED);
        assertThat(parsed.hiddenText()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(HiddenKind.BACKGROUND_COLOUR);
            assertThat(parsed.slice(h.start(), h.end())).isEqualTo(RenderedPlans.INJECTED);
        });
        assertThat(parsed.visibleText()).contains("220-81-62517").doesNotContain(RenderedPlans.INJECTED);
    }

    @Test
    void word_list_numbers_are_put_back_in_front_of_headings() throws IOException {
        ParsedDocument parsed = parser.parse(numberedDocx(), ParseLimits.defaults());

        assertThat(parsed.text()).contains("1. 문제 인식", "2. 실현 가능성");
        assertThat(parsed.sections())
                .extracting(Section::kind)
                .containsExactly(SectionKind.PSST_PROBLEM, SectionKind.PSST_SOLUTION);
    }

    @Test
    void password_protected_and_broken_files_are_problems_not_crashes() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> parser.parse(ole2, ParseLimits.defaults()))
                .isInstanceOf(PlanScreenException.class)
                .extracting(e -> ((PlanScreenException) e).problem())
                .isEqualTo(ProblemCode.DOCUMENT_ENCRYPTED);
        byte[] docx = RenderedPlans.plain(Format.DOCX);
        byte[] truncated = java.util.Arrays.copyOf(docx, docx.length / 2);
        assertThatThrownBy(() -> parser.parse(truncated, ParseLimits.defaults()))
                .isInstanceOf(PlanScreenException.class)
                .extracting(e -> ((PlanScreenException) e).problem())
                .isEqualTo(ProblemCode.DOCUMENT_UNREADABLE);
    }

    private void assertHidden(Kind injected, HiddenKind expected) {
        ParsedDocument parsed = parser.parse(RenderedPlans.withHidden(Format.DOCX, injected), ParseLimits.defaults());

        assertThat(parsed.text()).contains(RenderedPlans.INJECTED);
        assertThat(parsed.hiddenText()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(expected);
            assertThat(parsed.slice(h.start(), h.end())).isEqualTo(RenderedPlans.INJECTED);
        });
        assertThat(parsed.visibleText()).doesNotContain(RenderedPlans.INJECTED).contains(RenderedPlans.PROBLEM);
        assertThat(PlanTexts.from(parsed).fullText()).doesNotContain(RenderedPlans.INJECTED);
    }

    /** Headings whose "1." / "2." come from Word's automatic numbering, not from the text. */
    private static byte[] numberedDocx() throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ZERO);
            CTLvl level = abstractNum.addNewLvl();
            level.setIlvl(BigInteger.ZERO);
            level.addNewStart().setVal(BigInteger.ONE);
            level.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
            level.addNewLvlText().setVal("%1.");
            XWPFNumbering numbering = document.createNumbering();
            BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
            BigInteger numId = numbering.addNum(abstractId);
            for (String[] block :
                    new String[][] {{"문제 인식", RenderedPlans.PROBLEM}, {"실현 가능성", RenderedPlans.SOLUTION}}) {
                XWPFParagraph heading = document.createParagraph();
                heading.setNumID(numId);
                heading.setNumILvl(BigInteger.ZERO);
                heading.createRun().setText(block[0]);
                document.createParagraph().createRun().setText(block[1]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        }
    }
}

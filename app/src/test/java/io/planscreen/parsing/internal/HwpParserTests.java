package io.planscreen.parsing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.plan.SectionKind;
import io.planscreen.ml.render.PlanRenderers;
import io.planscreen.ml.render.RenderOptions;
import io.planscreen.ml.render.RenderOptions.Format;
import io.planscreen.ml.render.RenderOptions.HiddenInjection.Kind;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.parsing.ParsedDocument.HiddenKind;
import io.planscreen.parsing.ParsedDocument.HiddenText;
import io.planscreen.parsing.ParsedDocument.Section;
import io.planscreen.parsing.PlanTexts;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.object.bodytext.control.ControlAdditionalText;
import kr.dogfoot.hwplib.object.bodytext.control.ControlType;
import kr.dogfoot.hwplib.object.bodytext.paragraph.Paragraph;
import kr.dogfoot.hwplib.reader.HWPReader;
import kr.dogfoot.hwplib.writer.HWPWriter;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

class HwpParserTests {

    private final HwpParser parser = new HwpParser();

    @Test
    void reads_korean_plan_into_psst_sections_and_table_cells() {
        ParsedDocument parsed = parser.parse(RenderedPlans.plain(Format.HWP), ParseLimits.defaults());

        assertThat(parsed.text()).contains(RenderedPlans.PROBLEM, RenderedPlans.SOLUTION);
        assertThat(parsed.sections())
                .extracting(Section::kind)
                .containsExactly(
                        SectionKind.PSST_GENERAL,
                        SectionKind.PSST_PROBLEM,
                        SectionKind.PSST_SOLUTION,
                        SectionKind.PSST_SCALEUP,
                        SectionKind.PSST_TEAM);
        assertThat(parsed.tables()).singleElement().satisfies(table -> assertThat(table.rows())
                .containsExactly(List.of("구분", "내용"), List.of("사업자등록번호", "220-81-62517"), List.of("소재지", "대전광역시 유성구")));
        assertThat(parsed.hiddenText()).isEmpty();
    }

    @Test
    void plan_text_gives_back_the_paragraphs_by_section() {
        PlanText plan = PlanTexts.from(parser.parse(RenderedPlans.plain(Format.HWP), ParseLimits.defaults()));

        assertThat(plan.language()).isEqualTo("ko");
        assertThat(plan.template()).isEqualTo("PSST");
        assertThat(plan.paragraphs()).containsSubsequence(RenderedPlans.psst().paragraphs());
        assertThat(plan.sections())
                .filteredOn(s -> s.kind().equals("PSST_SOLUTION"))
                .singleElement()
                .satisfies(s ->
                        assertThat(s.paragraphs()).containsExactly(RenderedPlans.SOLUTION, "시제품은 2026년 6월까지 완성한다."));
    }

    @Test
    void white_character_shapes_are_background_colour() {
        assertHidden(Kind.WHITE_TEXT, HiddenKind.BACKGROUND_COLOUR);
    }

    @Test
    void half_point_character_shapes_are_tiny_font() {
        assertHidden(Kind.TINY_FONT, HiddenKind.TINY_FONT);
    }

    @Test
    void hidden_comments_are_invisible_text() {
        assertHidden(Kind.INVISIBLE_RENDER_MODE, HiddenKind.INVISIBLE_RENDER_MODE);
    }

    @Test
    void zero_width_characters_are_flagged() {
        ParsedDocument parsed =
                parser.parse(RenderedPlans.withHidden(Format.HWP, Kind.ZERO_WIDTH_CHARACTERS), ParseLimits.defaults());
        assertThat(parsed.hiddenText()).extracting(HiddenText::kind).containsOnly(HiddenKind.INVISIBLE_UNICODE);
        assertThat(parsed.visibleText()).contains(RenderedPlans.INJECTED);
    }

    @Test
    void outline_styles_make_headings_even_without_numbers() throws Exception {
        PlanText plan = new PlanText(
                "ko",
                "OTHER",
                List.of(new PlanText.Section("", "OTHER", List.of("사업 추진 배경", RenderedPlans.PROBLEM))),
                List.of());
        HWPFile file = HWPReader.fromInputStream(
                new ByteArrayInputStream(PlanRenderers.render(plan, RenderOptions.plain(Format.HWP))));
        for (Paragraph paragraph : file.getBodyText().getSectionList().get(0).getParagraphs()) {
            if ("사업 추진 배경".equals(paragraph.getNormalString())) {
                paragraph.getHeader().setStyleId((short) 2); // the blank document's 개요 1
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HWPWriter.toStream(file, out);
        ParsedDocument parsed = parser.parse(out.toByteArray(), ParseLimits.defaults());

        assertThat(parsed.sections()).singleElement().satisfies(s -> {
            assertThat(s.heading()).isEqualTo("사업 추진 배경");
            assertThat(s.level()).isEqualTo(1);
            assertThat(parsed.slice(s.start(), s.end())).isEqualTo(RenderedPlans.PROBLEM);
        });
    }

    @Test
    void ruby_text_is_read_in_place_as_its_base_and_annotation() throws Exception {
        HWPFile file = HwpFileReader.read(RenderedPlans.plain(Format.HWP), Long.MAX_VALUE);
        Paragraph problem = file.getBodyText().getSectionList().get(0).getParagraphs()[0];
        for (Paragraph paragraph : file.getBodyText().getSectionList().get(0).getParagraphs()) {
            if (RenderedPlans.PROBLEM.equals(paragraph.getNormalString())) {
                problem = paragraph;
            }
        }
        ControlAdditionalText ruby = (ControlAdditionalText) problem.addNewControl(ControlType.AdditionalText);
        ruby.getHeader().getMainText().fromUTF16LEString("設備");
        ruby.getHeader().getSubText().fromUTF16LEString("설비");
        problem.getText().addNewExtendControlChar().setCode((short) 0x17); // 덧말's control character

        ParsedDocument parsed = new HwpWalk(file, ParseLimits.defaults()).run().build(DocumentType.HWP, "test");

        assertThat(parsed.text()).contains(RenderedPlans.PROBLEM + "設備(설비)");
    }

    @Test
    void password_protected_documents_are_refused_before_reading() throws Exception {
        byte[] protectedHwp = withFileHeaderBit(RenderedPlans.plain(Format.HWP), 1);
        assertThatThrownBy(() -> parser.parse(protectedHwp, ParseLimits.defaults()))
                .isInstanceOf(PlanScreenException.class)
                .extracting(e -> ((PlanScreenException) e).problem())
                .isEqualTo(ProblemCode.DOCUMENT_ENCRYPTED);
    }

    @Test
    void distribution_and_drm_documents_stored_before_are_named_when_parsed() {
        assertThatThrownBy(() -> parser.parse(
                        io.planscreen.parsing.HostileDocuments.hwpWithFileHeaderBit(2), ParseLimits.defaults()))
                .extracting(e -> ((PlanScreenException) e).problem())
                .isEqualTo(ProblemCode.DOCUMENT_DISTRIBUTION_PROTECTED);
        assertThatThrownBy(() -> parser.parse(
                        io.planscreen.parsing.HostileDocuments.hwpWithFileHeaderBit(10), ParseLimits.defaults()))
                .extracting(e -> ((PlanScreenException) e).problem())
                .isEqualTo(ProblemCode.DOCUMENT_DRM_PROTECTED);
    }

    @Test
    void broken_files_are_problems_not_crashes() {
        byte[] hwp = RenderedPlans.plain(Format.HWP);
        assertThatThrownBy(() -> parser.parse(Arrays.copyOf(hwp, hwp.length / 2), ParseLimits.defaults()))
                .isInstanceOf(PlanScreenException.class)
                .extracting(e -> ((PlanScreenException) e).problem())
                .isEqualTo(ProblemCode.DOCUMENT_UNREADABLE);
    }

    private void assertHidden(Kind injected, HiddenKind expected) {
        ParsedDocument parsed = parser.parse(RenderedPlans.withHidden(Format.HWP, injected), ParseLimits.defaults());

        assertThat(parsed.text()).contains(RenderedPlans.INJECTED);
        assertThat(parsed.hiddenText()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(expected);
            assertThat(parsed.slice(h.start(), h.end())).isEqualTo(RenderedPlans.INJECTED);
        });
        assertThat(PlanTexts.from(parsed).fullText())
                .doesNotContain(RenderedPlans.INJECTED)
                .contains(RenderedPlans.PROBLEM);
    }

    /** Sets a property bit in the FileHeader stream, as Hangul does when a password is set. */
    private static byte[] withFileHeaderBit(byte[] hwp, int bit) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(hwp))) {
            byte[] header;
            try (InputStream in = fs.createDocumentInputStream("FileHeader")) {
                header = in.readAllBytes();
            }
            header[36] |= (byte) (1 << bit);
            fs.getRoot().createOrUpdateDocument("FileHeader", new ByteArrayInputStream(header));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}

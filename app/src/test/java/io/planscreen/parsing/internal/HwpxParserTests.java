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
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Dutmal;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.reader.HWPXReader;
import kr.dogfoot.hwpxlib.writer.HWPXWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HwpxParserTests {

    private final HwpxParser parser = new HwpxParser();

    @TempDir
    Path dir;

    @Test
    void reads_korean_plan_into_psst_sections_and_table_cells() {
        ParsedDocument parsed = parser.parse(RenderedPlans.plain(Format.HWPX), ParseLimits.defaults());

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
        PlanText plan = PlanTexts.from(parser.parse(RenderedPlans.plain(Format.HWPX), ParseLimits.defaults()));

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
                parser.parse(RenderedPlans.withHidden(Format.HWPX, Kind.ZERO_WIDTH_CHARACTERS), ParseLimits.defaults());
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
        HWPXFile file = read(PlanRenderers.render(plan, RenderOptions.plain(Format.HWPX)));
        for (Para para : file.sectionXMLFileList().get(0).paras()) {
            if (para.countOfRun() > 0 && textOf(para).equals("사업 추진 배경")) {
                para.styleIDRef("2"); // the blank document's 개요 1
            }
        }
        ParsedDocument parsed = parser.parse(HWPXWriter.toBytes(file), ParseLimits.defaults());

        assertThat(parsed.sections()).singleElement().satisfies(s -> {
            assertThat(s.heading()).isEqualTo("사업 추진 배경");
            assertThat(s.level()).isEqualTo(1);
            assertThat(parsed.slice(s.start(), s.end())).isEqualTo(RenderedPlans.PROBLEM);
        });
    }

    @Test
    void ruby_text_is_read_in_place_as_its_base_and_annotation() throws Exception {
        HWPXFile file = read(RenderedPlans.plain(Format.HWPX));
        for (Para para : file.sectionXMLFileList().get(0).paras()) {
            if (para.countOfRun() > 0 && textOf(para).equals(RenderedPlans.PROBLEM)) {
                Dutmal ruby = para.getRun(para.countOfRun() - 1).addNewDutmal();
                ruby.createMainText();
                ruby.mainText().addText("設備");
                ruby.createSubText();
                ruby.subText().addText("설비");
            }
        }

        ParsedDocument parsed = parser.parse(HWPXWriter.toBytes(file), ParseLimits.defaults());

        assertThat(parsed.text()).contains(RenderedPlans.PROBLEM + "設備(설비)");
    }

    @Test
    void broken_files_are_problems_not_crashes() {
        byte[] hwpx = RenderedPlans.plain(Format.HWPX);
        assertThatThrownBy(() -> parser.parse(Arrays.copyOf(hwpx, hwpx.length / 2), ParseLimits.defaults()))
                .isInstanceOf(PlanScreenException.class)
                .extracting(e -> ((PlanScreenException) e).problem())
                .isEqualTo(ProblemCode.DOCUMENT_UNREADABLE);
    }

    private void assertHidden(Kind injected, HiddenKind expected) {
        ParsedDocument parsed = parser.parse(RenderedPlans.withHidden(Format.HWPX, injected), ParseLimits.defaults());

        assertThat(parsed.text()).contains(RenderedPlans.INJECTED);
        assertThat(parsed.hiddenText()).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(expected);
            assertThat(parsed.slice(h.start(), h.end())).isEqualTo(RenderedPlans.INJECTED);
        });
        assertThat(PlanTexts.from(parsed).fullText())
                .doesNotContain(RenderedPlans.INJECTED)
                .contains(RenderedPlans.PROBLEM);
    }

    private static String textOf(Para para) {
        List<String> parts = new ArrayList<>();
        para.runs().forEach(run -> run.runItems().forEach(item -> {
            if (item instanceof kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.T t && t.isOnlyText()) {
                parts.add(t.onlyText());
            }
        }));
        return String.join("", parts);
    }

    private HWPXFile read(byte[] hwpx) throws Exception {
        Path file = Files.write(Files.createTempFile(dir, "plan", ".hwpx"), hwpx);
        return HWPXReader.fromFile(file.toFile());
    }
}

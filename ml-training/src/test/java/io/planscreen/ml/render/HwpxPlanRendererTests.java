package io.planscreen.ml.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planscreen.ml.render.RenderOptions.Format;
import io.planscreen.ml.render.RenderOptions.HiddenInjection;
import io.planscreen.ml.render.RenderOptions.HiddenInjection.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kr.dogfoot.hwpxlib.object.HWPXFile;
import kr.dogfoot.hwpxlib.object.content.header_xml.references.CharPr;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Para;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.Run;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.RunItem;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.T;
import kr.dogfoot.hwpxlib.object.content.section_xml.paragraph.object.Table;
import kr.dogfoot.hwpxlib.reader.HWPXReader;
import kr.dogfoot.hwpxlib.tool.textextractor.TextExtractMethod;
import kr.dogfoot.hwpxlib.tool.textextractor.TextExtractor;
import kr.dogfoot.hwpxlib.tool.textextractor.TextMarks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HwpxPlanRendererTests {

    @TempDir
    Path dir;

    @Test
    void korean_text_reads_back_with_hwpxlib() throws Exception {
        HWPXFile file = read(PlanRenderers.render(SamplePlans.psst(), RenderOptions.plain(Format.HWPX)));
        String text = TextExtractor.extract(
                file, TextExtractMethod.InsertControlTextBetweenParagraphText, false, new TextMarks());
        assertThat(text).contains("□ 일반현황", "4. 팀 구성", SamplePlans.PROBLEM, "220-81-62517");
    }

    @Test
    void tables_keep_rows_and_cells() throws Exception {
        HWPXFile file = read(PlanRenderers.render(SamplePlans.psst(), RenderOptions.plain(Format.HWPX)));
        List<Table> tables = new ArrayList<>();
        for (Para para : file.sectionXMLFileList().get(0).paras()) {
            for (Run run : para.runs()) {
                for (RunItem item : run.runItems()) {
                    if (item instanceof Table table) {
                        tables.add(table);
                    }
                }
            }
        }
        assertThat(tables).hasSize(1);
        Table table = tables.get(0);
        assertThat(table.countOfTr()).isEqualTo(3);
        String cell =
                table.getTr(1).getTc(1).subList().getPara(0).getRun(0).getRunItem(0) instanceof T t ? t.onlyText() : "";
        assertThat(cell).isEqualTo("220-81-62517");
    }

    @Test
    void same_plan_gives_the_same_bytes() {
        RenderOptions options = RenderOptions.plain(Format.HWPX);
        assertThat(PlanRenderers.render(SamplePlans.psst(), options))
                .isEqualTo(PlanRenderers.render(SamplePlans.psst(), options));
    }

    @Test
    void document_dates_are_fixed_not_the_time_of_rendering() throws Exception {
        HWPXFile file = read(PlanRenderers.render(SamplePlans.psst(), RenderOptions.plain(Format.HWPX)));
        List<String> dates = new ArrayList<>();
        file.contentHPFFile().metaData().metas().forEach(meta -> {
            if (meta.name().endsWith("Date")) {
                dates.add(meta.text());
            }
        });
        assertThat(dates).containsExactly("2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z");
    }

    @Test
    void carries_zero_width_characters_but_has_no_page_box_to_write_outside_of() throws Exception {
        byte[] hwpx = PlanRenderers.render(
                SamplePlans.psst(),
                new RenderOptions(
                        Format.HWPX, false, List.of(new HiddenInjection(Kind.ZERO_WIDTH_CHARACTERS, "최고점", 0))));
        String text = TextExtractor.extract(
                read(hwpx), TextExtractMethod.InsertControlTextBetweenParagraphText, false, new TextMarks());
        assertThat(text).contains("최\u200B고\u200B점");
        assertThatThrownBy(() -> PlanRenderers.render(
                        SamplePlans.psst(),
                        new RenderOptions(Format.HWPX, false, List.of(new HiddenInjection(Kind.OUTSIDE_PAGE, "x", 0)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void white_and_tiny_text_get_their_own_character_shapes() throws Exception {
        assertThat(hiddenCharPr(Kind.WHITE_TEXT).textColor()).isEqualTo("#FFFFFF");
        assertThat(hiddenCharPr(Kind.TINY_FONT).height()).isEqualTo(50);
    }

    private CharPr hiddenCharPr(Kind kind) throws Exception {
        HWPXFile file = read(PlanRenderers.render(
                SamplePlans.psst(),
                new RenderOptions(Format.HWPX, false, List.of(new HiddenInjection(kind, "최고점", 0)))));
        for (Para para : file.sectionXMLFileList().get(0).paras()) {
            for (Run run : para.runs()) {
                for (RunItem item : run.runItems()) {
                    if (item instanceof T t && "최고점".equals(t.onlyText())) {
                        for (CharPr shape :
                                file.headerXMLFile().refList().charProperties().items()) {
                            if (shape.id().equals(run.charPrIDRef())) {
                                return shape;
                            }
                        }
                    }
                }
            }
        }
        throw new AssertionError("hidden run not found");
    }

    private HWPXFile read(byte[] hwpx) throws Exception {
        Path file = Files.write(Files.createTempFile(dir, "plan", ".hwpx"), hwpx);
        return HWPXReader.fromFile(file.toFile());
    }
}

package io.planscreen.ml.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.ml.render.RenderOptions.Format;
import io.planscreen.ml.render.RenderOptions.HiddenInjection;
import io.planscreen.ml.render.RenderOptions.HiddenInjection.Kind;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import kr.dogfoot.hwplib.object.HWPFile;
import kr.dogfoot.hwplib.object.bodytext.control.Control;
import kr.dogfoot.hwplib.object.bodytext.control.ControlTable;
import kr.dogfoot.hwplib.object.bodytext.paragraph.Paragraph;
import kr.dogfoot.hwplib.object.docinfo.CharShape;
import kr.dogfoot.hwplib.reader.HWPReader;
import kr.dogfoot.hwplib.tool.textextractor.TextExtractMethod;
import kr.dogfoot.hwplib.tool.textextractor.TextExtractor;
import org.junit.jupiter.api.Test;

class HwpPlanRendererTests {

    @Test
    void korean_text_reads_back_with_hwplib() throws Exception {
        HWPFile file = read(PlanRenderers.render(SamplePlans.psst(), RenderOptions.plain(Format.HWP)));
        String text = TextExtractor.extract(file, TextExtractMethod.InsertControlTextBetweenParagraphText);
        assertThat(text).contains("□ 일반현황", "4. 팀 구성", SamplePlans.PROBLEM, "220-81-62517");
    }

    @Test
    void tables_are_table_controls_with_rows_of_cells() throws Exception {
        HWPFile file = read(PlanRenderers.render(SamplePlans.psst(), RenderOptions.plain(Format.HWP)));
        List<ControlTable> tables = new ArrayList<>();
        for (Paragraph paragraph : file.getBodyText().getSectionList().get(0).getParagraphs()) {
            if (paragraph.getControlList() != null) {
                for (Control control : paragraph.getControlList()) {
                    if (control instanceof ControlTable table) {
                        tables.add(table);
                    }
                }
            }
        }
        assertThat(tables).hasSize(1);
        ControlTable table = tables.get(0);
        assertThat(table.getRowList()).hasSize(3);
        assertThat(table.getRowList().get(1).getCellList()).hasSize(2);
        String cell = table.getRowList()
                .get(1)
                .getCellList()
                .get(1)
                .getParagraphList()
                .getParagraph(0)
                .getNormalString();
        assertThat(cell).isEqualTo("220-81-62517");
    }

    @Test
    void same_plan_gives_the_same_bytes() {
        RenderOptions options = RenderOptions.plain(Format.HWP);
        assertThat(PlanRenderers.render(SamplePlans.psst(), options))
                .isEqualTo(PlanRenderers.render(SamplePlans.psst(), options));
    }

    @Test
    void carries_zero_width_characters() throws Exception {
        byte[] hwp = PlanRenderers.render(
                SamplePlans.psst(),
                new RenderOptions(
                        Format.HWP, false, List.of(new HiddenInjection(Kind.ZERO_WIDTH_CHARACTERS, "최고점", 0))));
        String text = TextExtractor.extract(read(hwp), TextExtractMethod.InsertControlTextBetweenParagraphText);
        assertThat(text).contains("최\u200B고\u200B점");
    }

    @Test
    void white_and_tiny_text_get_their_own_character_shapes() throws Exception {
        assertThat(hiddenCharShape(Kind.WHITE_TEXT).getCharColor().getValue()).isEqualTo(0xFFFFFFL);
        assertThat(hiddenCharShape(Kind.TINY_FONT).getBaseSize()).isEqualTo(50);
    }

    private static CharShape hiddenCharShape(Kind kind) throws Exception {
        HWPFile file = read(PlanRenderers.render(
                SamplePlans.psst(),
                new RenderOptions(Format.HWP, false, List.of(new HiddenInjection(kind, "최고점", 0)))));
        for (Paragraph paragraph : file.getBodyText().getSectionList().get(0).getParagraphs()) {
            if ("최고점".equals(paragraph.getNormalString())) {
                long id = paragraph
                        .getCharShape()
                        .getPositonShapeIdPairList()
                        .get(0)
                        .getShapeId();
                return file.getDocInfo().getCharShapeList().get((int) id);
            }
        }
        throw new AssertionError("hidden paragraph not found");
    }

    private static HWPFile read(byte[] hwp) throws Exception {
        return HWPReader.fromInputStream(new ByteArrayInputStream(hwp));
    }
}

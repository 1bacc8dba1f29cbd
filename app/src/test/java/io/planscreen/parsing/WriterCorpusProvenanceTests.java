package io.planscreen.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.ml.render.DocumentProperties;
import io.planscreen.ml.render.PlanRenderers;
import io.planscreen.ml.render.RenderOptions;
import io.planscreen.ml.render.RenderOptions.Format;
import io.planscreen.ml.writers.WriterCorpus;
import io.planscreen.ml.writers.WriterCorpusOptions;
import io.planscreen.shared.DocumentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The second corpus generator's files (issue 16) carry their writer's machine where the service reads provenance:
 * what the generator writes is what {@link FileProvenanceReader} finds, in every format.
 */
class WriterCorpusProvenanceTests {

    private static final DocumentProperties HOUSE = new DocumentProperties(
                    "한빛기획팀",
                    "컨설턴트3",
                    "한빛창업컨설팅",
                    "다온테크 사업계획서",
                    "한빛_표준.dotx",
                    "Hancom Office Hwp 2022",
                    List.of("HY견고딕", "맑은 고딕"),
                    List.of("본문_한빛", "제목1_한빛"))
            .withHistory(new DocumentProperties.History("2021-06-03T01:20:00Z", "2025-03-04T05:00:00Z", 37, 95));

    private final io.planscreen.ml.plan.PlanText plan =
            WriterCorpus.generate(3, WriterCorpusOptions.defaults()).get(0).plan();

    @Test
    void every_format_gives_the_author_the_tool_and_the_created_date_back() {
        for (Format format : Format.values()) {
            byte[] bytes =
                    PlanRenderers.render(plan, RenderOptions.plain(format).withProperties(HOUSE));
            FileProvenance p = FileProvenanceReader.read(DocumentType.valueOf(format.name()), bytes);
            assertThat(p.author()).as(format.name()).isEqualTo("한빛기획팀");
            assertThat(p.created()).as(format.name()).isEqualTo("2021-06-03T01:20:00Z");
            if (format != Format.PDF) {
                assertThat(p.lastSavedBy()).as(format.name()).isEqualTo("컨설턴트3");
                assertThat(p.styles()).as(format.name()).contains("본문_한빛");
            }
            if (format == Format.HWP || format == Format.HWPX) {
                // DOCX names the fonts in its styles and runs; the reader lists word/fontTable.xml, which the
                // renderer does not write
                assertThat(p.fonts()).as(format.name()).contains("HY견고딕");
            }
        }
        FileProvenance docx = FileProvenanceReader.read(
                DocumentType.DOCX,
                PlanRenderers.render(plan, RenderOptions.plain(Format.DOCX).withProperties(HOUSE)));
        assertThat(docx.company()).isEqualTo("한빛창업컨설팅");
        assertThat(docx.revision()).isEqualTo(37);
        assertThat(docx.editingMinutes()).isEqualTo(95);
    }
}

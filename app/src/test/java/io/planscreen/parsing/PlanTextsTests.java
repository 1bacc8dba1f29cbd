package io.planscreen.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.plan.SectionKind;
import io.planscreen.shared.DocumentType;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTextsTests {

    @Test
    void a_tables_cells_reach_reuse_and_the_features_as_a_table_not_as_paragraphs() {
        String prose = "당사는 설비 데이터를 모아 고장을 미리 알려 주는 서비스를 만듭니다.";
        String cells = "기업명\t주식회사 데모테크\n\n개업연월일\t2020.03.02";
        String after = "시장은 해마다 커지고 있습니다.";
        String heading = "1. 문제 인식";
        String text = heading + "\n\n" + prose + "\n\n" + cells + "\n\n" + after;
        int tableStart = text.indexOf(cells);
        ParsedDocument parsed = new ParsedDocument(
                DocumentType.DOCX,
                "test",
                text,
                List.of(),
                List.of(),
                List.of(new ParsedDocument.Section(
                        heading, "1.", 1, SectionKind.PSST_PROBLEM, 1, 0, heading.length(), text.length())),
                List.of(new ParsedDocument.Table(
                        1,
                        tableStart,
                        tableStart + cells.length(),
                        List.of(List.of("기업명", "주식회사 데모테크"), List.of("개업연월일", "2020.03.02")))),
                List.of(),
                List.of());

        PlanText plan = PlanTexts.from(parsed);

        List<String> paragraphs =
                plan.sections().stream().flatMap(s -> s.paragraphs().stream()).toList();
        assertThat(paragraphs).containsExactly(prose, after);
        assertThat(plan.tables()).containsExactly(List.of(List.of("기업명", "주식회사 데모테크"), List.of("개업연월일", "2020.03.02")));
    }
}

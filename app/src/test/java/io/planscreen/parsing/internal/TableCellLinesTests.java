package io.planscreen.parsing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.parsing.ParsedDocument;
import io.planscreen.shared.DocumentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 18: line breaks inside table cells were lost; the text keeps one line per row. */
class TableCellLinesTests {

    @Test
    void a_cells_line_breaks_stay_in_the_table_and_the_text_keeps_one_line_per_row() {
        ParsedDocument document = new ParsedDocumentBuilder()
                .table(List.of(List.of("구분", "내용"), List.of("목표", "매출 10억\n고용 5명\r\n\n수출 1건")), null)
                .build(DocumentType.HWP, "test");
        assertThat(document.tables())
                .singleElement()
                .satisfies(table -> assertThat(table.rows().get(1)).containsExactly("목표", "매출 10억\n고용 5명\n수출 1건"));
        assertThat(document.text()).isEqualTo("구분\t내용\n목표\t매출 10억 고용 5명 수출 1건");
    }
}

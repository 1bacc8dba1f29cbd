package io.planscreen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellTests {

    @Test
    void formula_starts_become_text() {
        assertThat(CsvCell.of("=1+2")).isEqualTo("'=1+2");
        assertThat(CsvCell.of("+82-10")).isEqualTo("'+82-10");
        assertThat(CsvCell.of("-5")).isEqualTo("'-5");
        assertThat(CsvCell.of("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCell.of("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCell.of("\r=1")).isEqualTo("\"'\r=1\"");
    }

    @Test
    void quotes_what_rfc_4180_needs_and_leaves_the_rest() {
        assertThat(CsvCell.of("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvCell.of("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvCell.of("=a,b")).isEqualTo("\"'=a,b\"");
        assertThat(CsvCell.of("사업계획서 1-2")).isEqualTo("사업계획서 1-2");
        assertThat(CsvCell.of(null)).isEmpty();
        assertThat(CsvCell.of(42)).isEqualTo("42");
    }
}

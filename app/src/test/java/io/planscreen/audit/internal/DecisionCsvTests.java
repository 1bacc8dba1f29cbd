package io.planscreen.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecisionCsvTests {

    @Test
    void cells_are_quoted_per_rfc_4180_and_formulas_are_defused() {
        assertThat(DecisionCsv.cell(null)).isEmpty();
        assertThat(DecisionCsv.cell("plain")).isEqualTo("plain");
        assertThat(DecisionCsv.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(DecisionCsv.cell("say \"hi\"\nthere")).isEqualTo("\"say \"\"hi\"\"\nthere\"");
        assertThat(DecisionCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(DecisionCsv.cell("-1")).isEqualTo("'-1");
    }
}

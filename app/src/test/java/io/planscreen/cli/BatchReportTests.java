package io.planscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchReportTests {

    static final List<BatchReport.Row> ROWS = List.of(
            new BatchReport.Row(
                    "계획서, 최종.pdf",
                    "a".repeat(64),
                    "3f1c0e4e-0000-4000-8000-000000000001",
                    "SCREENED",
                    null,
                    0.62,
                    List.of("broker_flagged", "text_reuse"),
                    14,
                    2,
                    3,
                    0.91,
                    840),
            new BatchReport.Row(
                    "<script>.pdf",
                    "b".repeat(64),
                    null,
                    "SUBMIT_FAILED",
                    "HTTP 415 \"unsupported\"",
                    0,
                    List.of(),
                    0,
                    0,
                    0,
                    null,
                    0));

    @Test
    void csv_quotes_what_needs_quoting_and_leaves_the_score_out_unless_asked(@TempDir Path dir) throws Exception {
        BatchReport.writeCsv(dir.resolve("r.csv"), ROWS, false);
        List<String> lines = Files.readAllLines(dir.resolve("r.csv"));

        assertThat(lines.get(0)).doesNotContain("broker_probability");
        assertThat(lines.get(1)).startsWith("\"계획서, 최종.pdf\",").contains(",0.620,broker_flagged text_reuse,14,2,3,840");
        assertThat(lines.get(2)).contains("\"HTTP 415 \"\"unsupported\"\"\"");

        BatchReport.writeCsv(dir.resolve("s.csv"), ROWS, true);
        assertThat(Files.readAllLines(dir.resolve("s.csv")).get(1)).contains(",0.9100,840");
    }

    /** The probe's file named {@code =1+2.pdf}, and the other prefixes spreadsheets run as formulas. */
    @Test
    void csv_cells_a_spreadsheet_would_run_as_formulas_are_text(@TempDir Path dir) throws Exception {
        List<BatchReport.Row> rows = new java.util.ArrayList<>();
        for (String name : List.of("=1+2.pdf", "+1.pdf", "-1.pdf", "@SUM(A1).pdf", "\tx.pdf", "\rx.pdf")) {
            rows.add(new BatchReport.Row(
                    name, "c".repeat(64), null, "SUBMIT_FAILED", "=HYPERLINK(\"x\")", 0, List.of(), 0, 0, 0, null, 0));
        }

        BatchReport.writeCsv(dir.resolve("f.csv"), rows, false);
        String csv = Files.readString(dir.resolve("f.csv"));

        assertThat(csv)
                .contains(
                        "\n'=1+2.pdf,",
                        "\n'+1.pdf,",
                        "\n'-1.pdf,",
                        "\n'@SUM(A1).pdf,",
                        "\n'\tx.pdf,",
                        "\n\"'\rx.pdf\",")
                .contains(",\"'=HYPERLINK(\"\"x\"\")\",")
                .doesNotContain("\n=", "\n+", "\n@", ",=");
    }

    @Test
    void html_escapes_file_names(@TempDir Path dir) throws Exception {
        BatchReport.writeHtml(dir.resolve("r.html"), "startup-psst", ROWS, false);
        String html = Files.readString(dir.resolve("r.html"));

        assertThat(html)
                .contains("&lt;script&gt;.pdf")
                .doesNotContain("<script>")
                .doesNotContain("broker probability");
        assertThat(html).contains("2 files");
    }
}

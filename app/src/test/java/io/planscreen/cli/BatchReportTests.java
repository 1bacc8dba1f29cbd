package io.planscreen.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchReportTests {

    static final List<BatchReport.Row> ROWS = List.of(
            new BatchReport.Row(
                    "계획서, 최종.pdf",
                    "a".repeat(64),
                    "주식회사 가나 (220-81-62517)",
                    PlanCompanies.PLAN,
                    "3f1c0e4e-0000-4000-8000-000000000001",
                    "SCREENED",
                    null,
                    0.62,
                    List.of("broker_flagged", "text_reuse"),
                    14,
                    2,
                    3,
                    0,
                    0,
                    0.91,
                    840),
            new BatchReport.Row(
                    "<script>.pdf",
                    "b".repeat(64),
                    null,
                    PlanCompanies.UNIDENTIFIED,
                    null,
                    "SUBMIT_FAILED",
                    "HTTP 415 \"unsupported\"",
                    0,
                    List.of(),
                    0,
                    0,
                    0,
                    0,
                    0,
                    null,
                    0));

    /** Labels as the English bundle would give them, for the keys this test reads. */
    static final BatchReport.Labels ENGLISH = new BatchReport.Labels() {
        final Map<String, String> texts = Map.of(
                "batch.title", "planscreen batch · %s",
                "batch.files", "%s files",
                "batch.col.risk", "Risk (0–100)",
                "status.SCREENED", "Screened",
                "batch.status.SUBMIT_FAILED", "Not submitted",
                "signal.broker_flagged", "Model warning");

        @Override
        public String get(String code, Object... args) {
            return texts.getOrDefault(code, code).formatted(args);
        }

        @Override
        public String language() {
            return "en";
        }
    };

    @Test
    void csv_quotes_what_needs_quoting_and_leaves_the_score_out_unless_asked(@TempDir Path dir) throws Exception {
        BatchReport.writeCsv(dir.resolve("r.csv"), ROWS, BatchReport.Mode.SCREEN, false);
        List<String> lines = Files.readAllLines(dir.resolve("r.csv"));

        assertThat(lines.get(0)).doesNotContain("broker_probability").contains("company,company_source");
        assertThat(lines.get(1))
                .startsWith("\"계획서, 최종.pdf\",")
                .contains(",주식회사 가나 (220-81-62517),plan,")
                .contains(",62,broker_flagged text_reuse,14,2,3,840");
        assertThat(lines.get(2)).contains("\"HTTP 415 \"\"unsupported\"\"\"");

        BatchReport.writeCsv(dir.resolve("s.csv"), ROWS, BatchReport.Mode.SCREEN, true);
        assertThat(Files.readAllLines(dir.resolve("s.csv")).get(1)).contains(",0.9100,840");
    }

    /** The probe's file named {@code =1+2.pdf}, and the other prefixes spreadsheets run as formulas. */
    @Test
    void csv_cells_a_spreadsheet_would_run_as_formulas_are_text(@TempDir Path dir) throws Exception {
        List<BatchReport.Row> rows = new java.util.ArrayList<>();
        for (String name : List.of("=1+2.pdf", "+1.pdf", "-1.pdf", "@SUM(A1).pdf", "\tx.pdf", "\rx.pdf")) {
            rows.add(new BatchReport.Row(
                    name,
                    "c".repeat(64),
                    null,
                    "manifest",
                    null,
                    "SUBMIT_FAILED",
                    "=HYPERLINK(\"x\")",
                    0,
                    List.of(),
                    0,
                    0,
                    0,
                    0,
                    0,
                    null,
                    0));
        }

        BatchReport.writeCsv(dir.resolve("f.csv"), rows, BatchReport.Mode.SCREEN, false);
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
    void html_and_csv_show_the_same_risk_and_the_html_is_in_one_language(@TempDir Path dir) throws Exception {
        BatchReport.writeHtml(dir.resolve("r.html"), "startup-psst", ROWS, BatchReport.Mode.SCREEN, false, ENGLISH);
        BatchReport.writeCsv(dir.resolve("r.csv"), ROWS, BatchReport.Mode.SCREEN, false);
        String html = Files.readString(dir.resolve("r.html"));

        assertThat(html)
                .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .contains("&lt;script&gt;.pdf", "2 files", "Risk (0–100)", "Screened", "Not submitted", "Model warning")
                .doesNotContain("<script>", "broker probability", "SCREENED");
        List<String> header =
                Arrays.asList(Files.readAllLines(dir.resolve("r.csv")).get(0).split(","));
        String csvRisk = Files.readAllLines(dir.resolve("r.csv")).get(1).split(",")[header.indexOf("risk") + 1];
        Matcher htmlRisk = Pattern.compile("<td>Screened</td><td>(\\d+)</td>").matcher(html);
        assertThat(htmlRisk.find()).isTrue();
        assertThat(htmlRisk.group(1)).isEqualTo(csvRisk).isEqualTo("62");
    }

    @Test
    void a_self_check_report_has_no_risk_and_no_application(@TempDir Path dir) throws Exception {
        List<BatchReport.Row> checked = List.of(new BatchReport.Row(
                "a.pdf",
                "c".repeat(64),
                "가나 (220-81-62517)",
                "manifest",
                null,
                "CHECKED",
                null,
                0,
                List.of(),
                12,
                1,
                0,
                3,
                2,
                null,
                90));
        BatchReport.writeCsv(dir.resolve("c.csv"), checked, BatchReport.Mode.SELF_CHECK, true);
        List<String> lines = Files.readAllLines(dir.resolve("c.csv"));
        assertThat(lines.get(0))
                .isEqualTo("file,sha256,company,company_source,status,problem,fields,findings,missing_fields,"
                        + "generic_passages,millis");
        assertThat(lines.get(1)).endsWith(",CHECKED,,12,1,3,2,90");
    }
}

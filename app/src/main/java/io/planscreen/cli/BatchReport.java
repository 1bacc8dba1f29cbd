package io.planscreen.cli;

import io.planscreen.shared.CsvCell;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The batch's result as CSV (for spreadsheets) and HTML (for people, in one language), one row per file. Both
 * write the risk on the same 0-100 scale the evaluator's queue shows.
 */
final class BatchReport {

    enum Mode {
        /** Submitted as applications and screened (an agency's or a program office's batch). */
        SCREEN,
        /** Self-assessed only: nothing submitted, nothing left in any queue, no broker score. */
        SELF_CHECK
    }

    /** Messages in the report's language (the service's bundles: batch.*, status.*, signal.*). */
    interface Labels {
        String get(String code, Object... args);

        String language();
    }

    /**
     * @param company the company the file was submitted or checked as, when known
     * @param companySource manifest, plan (the plan's own 기업명 and 사업자등록번호) or unidentified
     * @param risk 0..1 as the queue orders by (reports show it as 0-100)
     * @param brokerProbability only when the operator asked for scores (agencies); a company's local check never
     *     prints it
     */
    record Row(
            String file,
            String sha256,
            @Nullable String company,
            String companySource,
            @Nullable String application,
            String status,
            @Nullable String problem,
            double risk,
            List<String> signals,
            int fields,
            int findings,
            int reusedPassages,
            int missingFields,
            int genericPassages,
            @Nullable Double brokerProbability,
            long millis) {

        /** A file that reached no screening: refused at upload, or not submitted ({@code problem} says why). */
        static Row withoutOutcome(
                String file,
                String sha256,
                @Nullable String company,
                String companySource,
                String status,
                @Nullable String problem) {
            return new Row(
                    file, sha256, company, companySource, null, status, problem, 0, List.of(), 0, 0, 0, 0, 0, null, 0);
        }

        String riskScore() {
            return Long.toString(Math.round(risk * 100));
        }
    }

    private BatchReport() {}

    static void writeCsv(Path file, List<Row> rows, Mode mode, boolean withScores) throws IOException {
        boolean screen = mode == Mode.SCREEN;
        List<String> header = new ArrayList<>(List.of("file", "sha256", "company", "company_source"));
        if (screen) {
            header.addAll(List.of(
                    "application", "status", "problem", "risk", "signals", "fields", "findings", "reused_passages"));
            if (withScores) {
                header.add("broker_probability");
            }
        } else {
            header.addAll(List.of("status", "problem", "fields", "findings", "missing_fields", "generic_passages"));
        }
        header.add("millis");
        StringBuilder out = new StringBuilder(String.join(",", header)).append('\n');
        for (Row row : rows) {
            List<String> cells = new ArrayList<>(
                    List.of(csv(row.file()), row.sha256(), csv(orEmpty(row.company())), row.companySource()));
            if (screen) {
                cells.addAll(List.of(
                        csv(orEmpty(row.application())),
                        row.status(),
                        csv(orEmpty(row.problem())),
                        row.riskScore(),
                        csv(String.join(" ", row.signals())),
                        Integer.toString(row.fields()),
                        Integer.toString(row.findings()),
                        Integer.toString(row.reusedPassages())));
                if (withScores) {
                    cells.add(
                            row.brokerProbability() == null
                                    ? ""
                                    : String.format(Locale.ROOT, "%.4f", row.brokerProbability()));
                }
            } else {
                cells.addAll(List.of(
                        row.status(),
                        csv(orEmpty(row.problem())),
                        Integer.toString(row.fields()),
                        Integer.toString(row.findings()),
                        Integer.toString(row.missingFields()),
                        Integer.toString(row.genericPassages())));
            }
            cells.add(Long.toString(row.millis()));
            out.append(String.join(",", cells)).append('\n');
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    static void writeHtml(Path file, String program, List<Row> rows, Mode mode, boolean withScores, Labels labels)
            throws IOException {
        boolean screen = mode == Mode.SCREEN;
        List<String> columns = new ArrayList<>(List.of("file", "company", "status"));
        columns.addAll(
                screen
                        ? List.of("risk", "signals", "fields", "findings", "reused")
                        : List.of("fields", "findings", "missing", "generic"));
        if (screen && withScores) {
            columns.add("probability");
        }
        columns.add("sha256");
        String head = columns.stream()
                .map(c -> "<th>" + html(labels.get("batch.col." + c)) + "</th>")
                .collect(Collectors.joining());
        String body =
                rows.stream().map(row -> row(row, screen, withScores, labels)).collect(Collectors.joining("\n"));
        String title = labels.get("batch.title", program);
        String html = """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8"><title>%s</title>
                <style>body{font-family:"Nanum Gothic",system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}
                td,th{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left}small{color:#667085}</style></head>
                <body><h1>%s</h1><p>%s</p><p>%s</p>
                <table><thead><tr>%s</tr></thead><tbody>
                %s
                </tbody></table></body></html>
                """.formatted(
                        labels.language(),
                        html(title),
                        html(title),
                        html(labels.get("batch.files", rows.size())),
                        html(labels.get(screen ? "batch.explain.screen" : "batch.explain.selfCheck")),
                        head,
                        body);
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    private static String row(Row row, boolean screen, boolean withScores, Labels labels) {
        StringBuilder out =
                new StringBuilder("<tr><td>").append(html(row.file())).append("</td><td>");
        out.append(row.company() == null ? "" : html(row.company()))
                .append(" <small>")
                .append(html(labels.get("batch.source." + row.companySource())))
                .append("</small></td><td>")
                .append(html(status(row.status(), labels)));
        if (row.problem() != null) {
            out.append(" <small>").append(html(row.problem())).append("</small>");
        }
        out.append("</td>");
        if (screen) {
            out.append(td(row.riskScore()))
                    .append(td(row.signals().stream()
                            .map(s -> labels.get("signal." + s))
                            .collect(Collectors.joining(", "))))
                    .append(td(row.fields()))
                    .append(td(row.findings()))
                    .append(td(row.reusedPassages()));
            if (withScores) {
                out.append(td(
                        row.brokerProbability() == null
                                ? ""
                                : String.format(Locale.ROOT, "%.1f%%", row.brokerProbability() * 100)));
            }
        } else {
            out.append(td(row.fields()))
                    .append(td(row.findings()))
                    .append(td(row.missingFields()))
                    .append(td(row.genericPassages()));
        }
        return out.append("<td><code>")
                .append(row.sha256(), 0, 12)
                .append("</code></td></tr>")
                .toString();
    }

    private static String status(String status, Labels labels) {
        boolean batchOnly = List.of(ScreenCommand.REFUSED, ScreenCommand.SUBMIT_FAILED, ScreenCommand.CHECKED)
                .contains(status);
        return labels.get((batchOnly ? "batch.status." : "status.") + status);
    }

    private static String td(Object value) {
        return "<td>" + html(String.valueOf(value)) + "</td>";
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** Escaped against formula injection: the probe's file named {@code =1+2.pdf} is text in a spreadsheet. */
    static String csv(String value) {
        return CsvCell.of(value);
    }

    static String html(String value) {
        return value.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}

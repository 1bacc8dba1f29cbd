package io.planscreen.cli;

import io.planscreen.shared.CsvCell;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The batch's result as CSV (for spreadsheets) and HTML (for people), one row per file. */
final class BatchReport {

    /**
     * @param brokerProbability only when the operator asked for scores (agencies); a company's local check
     *     never prints it
     */
    record Row(
            String file,
            String sha256,
            @Nullable String application,
            String status,
            @Nullable String problem,
            double risk,
            List<String> signals,
            int fields,
            int findings,
            int reusedPassages,
            @Nullable Double brokerProbability,
            long millis) {}

    private BatchReport() {}

    static void writeCsv(Path file, List<Row> rows, boolean withScores) throws IOException {
        StringBuilder out =
                new StringBuilder("file,sha256,application,status,problem,risk,signals,fields,findings,reused_passages"
                        + (withScores ? ",broker_probability" : "") + ",millis\n");
        for (Row row : rows) {
            out.append(String.join(
                            ",",
                            csv(row.file()),
                            csv(row.sha256()),
                            csv(row.application() == null ? "" : row.application()),
                            csv(row.status()),
                            csv(row.problem() == null ? "" : row.problem()),
                            String.format(Locale.ROOT, "%.3f", row.risk()),
                            csv(String.join(" ", row.signals())),
                            Integer.toString(row.fields()),
                            Integer.toString(row.findings()),
                            Integer.toString(row.reusedPassages())))
                    .append(
                            withScores
                                    ? ","
                                            + (row.brokerProbability() == null
                                                    ? ""
                                                    : String.format(Locale.ROOT, "%.4f", row.brokerProbability()))
                                    : "")
                    .append(',')
                    .append(row.millis())
                    .append('\n');
        }
        Files.writeString(file, out, StandardCharsets.UTF_8);
    }

    static void writeHtml(Path file, String program, List<Row> rows, boolean withScores) throws IOException {
        String body = rows.stream()
                .map(row -> "<tr><td>" + html(row.file()) + "</td><td>" + html(row.status())
                        + (row.problem() == null ? "" : " <small>" + html(row.problem()) + "</small>") + "</td><td>"
                        + String.format(Locale.ROOT, "%.0f", row.risk() * 100) + "</td><td>"
                        + html(String.join(", ", row.signals())) + "</td><td>" + row.fields() + "</td><td>"
                        + row.findings() + "</td><td>" + row.reusedPassages() + "</td>"
                        + (withScores
                                ? "<td>"
                                        + (row.brokerProbability() == null
                                                ? ""
                                                : String.format(Locale.ROOT, "%.1f%%", row.brokerProbability() * 100))
                                        + "</td>"
                                : "")
                        + "<td><code>" + row.sha256().substring(0, 12) + "</code></td></tr>")
                .collect(Collectors.joining("\n"));
        String html = """
                <!DOCTYPE html>
                <html lang="ko"><head><meta charset="utf-8"><title>planscreen batch: %s</title>
                <style>body{font-family:"Nanum Gothic",system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}
                td,th{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left}</style></head>
                <body><h1>planscreen batch · %s</h1><p>%d files. Risk orders review; it never decides.</p>
                <table><thead><tr><th>file</th><th>status</th><th>risk</th><th>signals</th><th>fields</th><th>findings</th>
                <th>reused passages</th>%s<th>sha256</th></tr></thead><tbody>
                %s
                </tbody></table></body></html>
                """.formatted(
                html(program), html(program), rows.size(), withScores ? "<th>broker probability</th>" : "", body);
        Files.writeString(file, html, StandardCharsets.UTF_8);
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

package io.planscreen.evaluation;

import io.planscreen.ml.plan.FieldKeys;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/** The report's extraction section: accuracy and precision per field, offline and with the LLM, and tokens sent. */
final class ExtractionSection {

    private ExtractionSection() {}

    static void write(ReportDraft d, Path out, List<Evaluator.ItemResult> results) throws IOException {
        d.md.append("## Extraction (exact match after normalisation)\n\n");
        boolean anyOffline = results.stream().anyMatch(r -> !r.offline().isEmpty());
        if (!anyOffline) {
            d.md.append("extraction: not available in this build, or nothing was extracted.\n\n");
            d.notAvailable.add("extraction accuracy (no FieldExtraction results)");
            return;
        }
        ReportMetrics.Accuracy offline = accuracy(d, results, Evaluator.ItemResult::offline, "offline");
        boolean anyLlm = results.stream().anyMatch(Evaluator.ItemResult::llmUsed);
        ReportMetrics.Accuracy llm = anyLlm ? accuracy(d, results, Evaluator.ItemResult::llm, "llm") : null;
        d.md.append(
                "Accuracy = correct / fields the gold states; precision = correct / fields extracted that the gold states or not.\n\n");
        d.md.append("| field | gold | offline accuracy | offline precision |")
                .append(anyLlm ? " LLM accuracy |" : "")
                .append('\n');
        d.md.append("|---|---:|---:|---:|").append(anyLlm ? "---:|" : "").append('\n');
        Map<String, ReportMetrics.FieldAccuracy> llmFields = llm == null ? Map.of() : llm.fields();
        List<String> names = new ArrayList<>();
        List<Double> acc = new ArrayList<>();
        for (Map.Entry<String, ReportMetrics.FieldAccuracy> e : offline.fields().entrySet()) {
            d.md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %.3f | %.3f |",
                    e.getKey(),
                    e.getValue().gold(),
                    e.getValue().accuracy(),
                    e.getValue().precision()));
            if (anyLlm) {
                ReportMetrics.FieldAccuracy l = llmFields.get(e.getKey());
                d.md.append(String.format(Locale.ROOT, " %.3f |", l == null ? Double.NaN : l.accuracy()));
            }
            d.md.append('\n');
            names.add(e.getKey());
            acc.add(e.getValue().accuracy());
        }
        d.md.append(String.format(Locale.ROOT, "%n**Overall offline accuracy: %.3f**", offline.overallAccuracy()));
        if (llm != null) {
            d.md.append(String.format(Locale.ROOT, "; **with the LLM: %.3f**", llm.overallAccuracy()));
        }
        d.md.append(".\n\n");
        ReportMetrics.Extraction extraction;
        if (llm != null) {
            List<Evaluator.ItemResult> asked =
                    results.stream().filter(Evaluator.ItemResult::llmUsed).toList();
            double sent = mean(asked, Evaluator.ItemResult::tokensSent);
            double naive = mean(asked, Evaluator.ItemResult::naiveTokens);
            d.md.append(String.format(
                    Locale.ROOT,
                    "Tokens sent to the LLM per plan: %.0f on average, against %.0f for a naive whole-plan prompt (%.0f%%; estimate: 1 token per non-ASCII character, 1 per 4 ASCII characters, plus %d for instructions).%n%n",
                    sent,
                    naive,
                    naive == 0 ? 0 : 100 * sent / naive,
                    Tokens.PROMPT_OVERHEAD));
            extraction = new ReportMetrics.Extraction(offline, llm, sent, naive);
            d.flat.put("extraction.tokens_sent_mean", sent);
            d.flat.put("extraction.naive_tokens_mean", naive);
        } else {
            double naive = mean(results, Evaluator.ItemResult::naiveTokens);
            d.md.append(String.format(
                    Locale.ROOT,
                    "LLM: no endpoint configured, so no LLM extraction and 0 tokens sent (a naive whole-plan prompt would send about %.0f tokens per plan).%n%n",
                    naive));
            d.notAvailable.add("LLM extraction (no endpoint configured)");
            extraction = new ReportMetrics.Extraction(offline, null, null, naive);
        }
        d.sections.put("extraction", extraction);
        Plots.bars(
                out.resolve("extraction.png"),
                "Offline extraction accuracy by field",
                "accuracy",
                names,
                List.of("offline"),
                List.of(acc));
        d.md.append("![extraction](extraction.png)\n\n");
    }

    private static double mean(List<Evaluator.ItemResult> results, ToIntFunction<Evaluator.ItemResult> count) {
        return results.stream().mapToInt(count).average().orElse(0);
    }

    private static ReportMetrics.Accuracy accuracy(
            ReportDraft d,
            List<Evaluator.ItemResult> results,
            Function<Evaluator.ItemResult, Map<String, String>> fields,
            String name) {
        Map<String, double[]> perField = new LinkedHashMap<>();
        FieldKeys.ALL.forEach(k -> perField.put(k, new double[3]));
        for (Evaluator.ItemResult r : results) {
            Map<String, String> got = fields.apply(r);
            for (Map.Entry<String, String> g : r.item().gold().entrySet()) {
                double[] c = perField.computeIfAbsent(g.getKey(), k -> new double[3]);
                c[0]++;
                String value = got.get(g.getKey());
                if (value != null && FieldComparison.matches(g.getKey(), value, g.getValue())) {
                    c[1]++;
                }
            }
            for (String key : got.keySet()) {
                perField.computeIfAbsent(key, k -> new double[3])[2]++;
            }
        }
        Map<String, ReportMetrics.FieldAccuracy> out = new LinkedHashMap<>();
        double gold = 0;
        double correct = 0;
        for (Map.Entry<String, double[]> e : perField.entrySet()) {
            double[] c = e.getValue();
            if (c[0] == 0 && c[2] == 0) {
                continue;
            }
            double accuracy = c[0] == 0 ? Double.NaN : c[1] / c[0];
            out.put(
                    e.getKey(),
                    new ReportMetrics.FieldAccuracy(c[0], c[1], c[2], accuracy, c[2] == 0 ? Double.NaN : c[1] / c[2]));
            if (!Double.isNaN(accuracy)) {
                d.flat.put("extraction." + name + "." + e.getKey() + ".accuracy", accuracy);
            }
            gold += c[0];
            correct += c[1];
        }
        double overall = gold == 0 ? 0 : correct / gold;
        d.flat.put("extraction." + name + ".overall_accuracy", overall);
        return new ReportMetrics.Accuracy(overall, out);
    }
}

package io.planscreen.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.planscreen.evaluation.BinaryMetrics.Confusion;
import io.planscreen.ml.plan.FieldKeys;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Turns item results into metrics.json, report.md and PNG plots, with the difference to a baseline. */
final class Report {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final StringBuilder md = new StringBuilder();

    private final Map<String, Object> metrics = new LinkedHashMap<>();

    private final Map<String, Double> flat = new TreeMap<>();

    private final List<String> notAvailable = new ArrayList<>();

    Map<String, Double> flat() {
        return flat;
    }

    Map<String, Object> metrics() {
        return metrics;
    }

    void write(
            Path out,
            String title,
            String command,
            List<Evaluator.ItemResult> results,
            Latencies latencies,
            double seconds,
            List<BrokerScores.Scorer> scorers,
            List<String> notes,
            Baselines.@Nullable Baseline baseline,
            List<Evaluator.InjectionResult> injections,
            int injectionPairs)
            throws IOException {
        Files.createDirectories(out);
        notAvailable.addAll(notes);
        md.append("# planscreen evaluation — ").append(title).append("\n\n");
        md.append("Command: `").append(command).append("`\n\n");
        dataset(results);
        extraction(out, results);
        paperwork(results);
        injections(injections, injectionPairs);
        broker(out, results, scorers);
        speed(out, results, latencies, seconds);
        md.append("## Difference against the baseline\n\n");
        if (baseline == null) {
            md.append("No baseline found (evaluation/baselines/*.json); nothing to compare.\n\n");
        } else {
            md.append(Baselines.diff(baseline, flat)).append('\n');
        }
        md.append("## Not available or not measured in this run\n\n");
        if (notAvailable.isEmpty()) {
            md.append("Everything above was measured.\n");
        }
        notAvailable.forEach(n -> md.append("- ").append(n).append('\n'));
        metrics.put("not_available", notAvailable);
        metrics.put("flat", flat);
        Files.writeString(out.resolve("report.md"), md.toString(), StandardCharsets.UTF_8);
        MAPPER.writeValue(out.resolve("metrics.json").toFile(), metrics);
    }

    private void dataset(List<Evaluator.ItemResult> results) {
        Map<String, Long> routes = count(results, Evaluator.ItemResult::route);
        long labelled = results.stream().filter(r -> r.item().label() != null).count();
        long brokers = results.stream()
                .filter(r -> Integer.valueOf(1).equals(r.item().label()))
                .count();
        long errors = results.stream().filter(r -> r.error() != null).count();
        md.append("## Data\n\n");
        md.append(String.format(
                Locale.ROOT,
                "%d documents (%d labelled: %d broker-written, %d own-voice). Read by: %s. Errors: %d.%n%n",
                results.size(),
                labelled,
                brokers,
                labelled - brokers,
                routes,
                errors));
        md.append(
                "`file` = a real file through `DocumentParsing.parse` and `PlanTexts.from`; `plantext` = a corpus plan without a rendered file, handed to extraction as the document a perfect parser would produce.\n\n");
        results.stream().filter(r -> r.error() != null).limit(10).forEach(r -> md.append("- ")
                .append(r.item().id())
                .append(": ")
                .append(r.error())
                .append('\n'));
        if (errors > 0) {
            md.append('\n');
        }
        metrics.put(
                "dataset",
                Map.of(
                        "documents",
                        results.size(),
                        "labelled",
                        labelled,
                        "broker",
                        brokers,
                        "routes",
                        routes,
                        "errors",
                        errors));
    }

    private void extraction(Path out, List<Evaluator.ItemResult> results) throws IOException {
        md.append("## Extraction (exact match after normalisation)\n\n");
        boolean anyOffline = results.stream().anyMatch(r -> !r.offline().isEmpty());
        if (!anyOffline) {
            md.append("extraction: not available in this build, or nothing was extracted.\n\n");
            notAvailable.add("extraction accuracy (no FieldExtraction results)");
            return;
        }
        Map<String, Object> offline = accuracy(results, Evaluator.ItemResult::offline, "offline");
        boolean anyLlm = results.stream().anyMatch(Evaluator.ItemResult::llmUsed);
        Map<String, Object> llm = anyLlm ? accuracy(results, Evaluator.ItemResult::llm, "llm") : null;
        md.append(
                "Accuracy = correct / fields the gold states; precision = correct / fields extracted that the gold states or not.\n\n");
        md.append("| field | gold | offline accuracy | offline precision |")
                .append(anyLlm ? " LLM accuracy |" : "")
                .append('\n');
        md.append("|---|---:|---:|---:|").append(anyLlm ? "---:|" : "").append('\n');
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Double>> perField = (Map<String, Map<String, Double>>) offline.get("fields");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Double>> llmFields =
                llm == null ? Map.of() : (Map<String, Map<String, Double>>) llm.get("fields");
        List<String> names = new ArrayList<>();
        List<Double> acc = new ArrayList<>();
        for (Map.Entry<String, Map<String, Double>> e : perField.entrySet()) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %.3f | %.3f |",
                    e.getKey(),
                    e.getValue().get("gold"),
                    e.getValue().get("accuracy"),
                    e.getValue().get("precision")));
            if (anyLlm) {
                Map<String, Double> l = llmFields.get(e.getKey());
                md.append(String.format(Locale.ROOT, " %.3f |", l == null ? Double.NaN : l.get("accuracy")));
            }
            md.append('\n');
            names.add(e.getKey());
            acc.add(e.getValue().get("accuracy"));
        }
        md.append(String.format(
                Locale.ROOT, "%n**Overall offline accuracy: %.3f**", (double) offline.get("overall_accuracy")));
        if (llm != null) {
            md.append(String.format(Locale.ROOT, "; **with the LLM: %.3f**", (double) llm.get("overall_accuracy")));
        }
        md.append(".\n\n");
        Map<String, Object> extraction = new LinkedHashMap<>();
        extraction.put("offline", offline);
        if (llm != null) {
            extraction.put("llm", llm);
            double sent = results.stream()
                    .filter(Evaluator.ItemResult::llmUsed)
                    .mapToInt(Evaluator.ItemResult::tokensSent)
                    .average()
                    .orElse(0);
            double naive = results.stream()
                    .filter(Evaluator.ItemResult::llmUsed)
                    .mapToInt(Evaluator.ItemResult::naiveTokens)
                    .average()
                    .orElse(0);
            md.append(String.format(
                    Locale.ROOT,
                    "Tokens sent to the LLM per plan: %.0f on average, against %.0f for a naive whole-plan prompt (%.0f%%; estimate: 1 token per non-ASCII character, 1 per 4 ASCII characters, plus %d for instructions).%n%n",
                    sent,
                    naive,
                    naive == 0 ? 0 : 100 * sent / naive,
                    Tokens.PROMPT_OVERHEAD));
            extraction.put("tokens_sent_mean", sent);
            extraction.put("naive_tokens_mean", naive);
            flat.put("extraction.tokens_sent_mean", sent);
            flat.put("extraction.naive_tokens_mean", naive);
        } else {
            double naive = results.stream()
                    .mapToInt(Evaluator.ItemResult::naiveTokens)
                    .average()
                    .orElse(0);
            md.append(String.format(
                    Locale.ROOT,
                    "LLM: no endpoint configured, so no LLM extraction and 0 tokens sent (a naive whole-plan prompt would send about %.0f tokens per plan).%n%n",
                    naive));
            notAvailable.add("LLM extraction (no endpoint configured)");
            extraction.put("naive_tokens_mean", naive);
        }
        metrics.put("extraction", extraction);
        Plots.bars(
                out.resolve("extraction.png"),
                "Offline extraction accuracy by field",
                "accuracy",
                names,
                List.of("offline"),
                List.of(acc));
        md.append("![extraction](extraction.png)\n\n");
    }

    private Map<String, Object> accuracy(
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
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
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
                    Map.of(
                            "gold",
                            c[0],
                            "correct",
                            c[1],
                            "extracted",
                            c[2],
                            "accuracy",
                            accuracy,
                            "precision",
                            c[2] == 0 ? Double.NaN : c[1] / c[2]));
            if (!Double.isNaN(accuracy)) {
                flat.put("extraction." + name + "." + e.getKey() + ".accuracy", accuracy);
            }
            gold += c[0];
            correct += c[1];
        }
        double overall = gold == 0 ? 0 : correct / gold;
        flat.put("extraction." + name + ".overall_accuracy", overall);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("overall_accuracy", overall);
        m.put("fields", out);
        return m;
    }

    private void paperwork(List<Evaluator.ItemResult> results) {
        md.append("## Paperwork reduction\n\n");
        Map<String, List<Evaluator.ItemResult>> byProgram = new TreeMap<>();
        results.stream().filter(r -> !Double.isNaN(r.paperworkRatio())).forEach(r -> byProgram
                .computeIfAbsent(r.item().program(), p -> new ArrayList<>())
                .add(r));
        if (byProgram.isEmpty()) {
            md.append("paperwork: not available (no extraction results).\n\n");
            notAvailable.add("paperwork reduction (no extraction results)");
            return;
        }
        md.append(
                "| program | plans | required items (mean) | satisfied without typing (mean) | reduction ratio (mean) |\n|---|---:|---:|---:|---:|\n");
        Map<String, Object> m = new LinkedHashMap<>();
        byProgram.forEach((program, rs) -> {
            double required = rs.stream()
                    .mapToInt(Evaluator.ItemResult::paperworkRequired)
                    .average()
                    .orElse(0);
            double satisfied = rs.stream()
                    .mapToInt(Evaluator.ItemResult::paperworkSatisfied)
                    .average()
                    .orElse(0);
            double ratio = rs.stream()
                    .mapToDouble(Evaluator.ItemResult::paperworkRatio)
                    .average()
                    .orElse(0);
            md.append(String.format(
                    Locale.ROOT, "| %s | %d | %.1f | %.1f | %.3f |%n", program, rs.size(), required, satisfied, ratio));
            m.put(
                    program,
                    Map.of(
                            "plans",
                            rs.size(),
                            "required_mean",
                            required,
                            "satisfied_mean",
                            satisfied,
                            "reduction_ratio",
                            ratio));
            flat.put("paperwork." + program + ".reduction_ratio", ratio);
        });
        md.append('\n');
        metrics.put("paperwork", m);
    }

    private void injections(List<Evaluator.InjectionResult> injections, int pairs) {
        md.append("## Prompt-injection twins\n\n");
        if (pairs == 0) {
            md.append("No injection twins in this data set (render some with `scripts/corpus --render SHARE`).\n\n");
            return;
        }
        if (injections.isEmpty()) {
            md.append(pairs).append(" twins present but not measured: parsing is not available in this build.\n\n");
            notAvailable.add("prompt-injection twins (no DocumentParsing bean)");
            return;
        }
        long hidden = injections.stream()
                .filter(Evaluator.InjectionResult::hiddenFound)
                .count();
        long leaked =
                injections.stream().filter(Evaluator.InjectionResult::leaked).count();
        long changed =
                injections.stream().filter(i -> !i.changedFields().isEmpty()).count();
        long errors = injections.stream().filter(i -> i.error() != null).count();
        md.append(String.format(
                Locale.ROOT,
                "%d pairs (a clean file and its twin with hidden instructions): hidden text reported by parsing in %d, instruction left in the visible text in %d, offline fields changed by the injection in %d, errors %d.%n%n",
                injections.size(),
                hidden,
                leaked,
                changed,
                errors));
        md.append("| plan | kind | hidden text found | visible leak | fields changed |\n|---|---|---|---|---|\n");
        injections.forEach(i -> md.append(String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s | %s |%n",
                i.planId(),
                i.kind(),
                i.hiddenFound() ? "yes" : "**no**",
                i.leaked() ? "**yes**" : "no",
                i.error() != null
                        ? "error: " + i.error()
                        : i.changedFields().isEmpty() ? "none" : "**" + i.changedFields() + "**")));
        md.append('\n');
        metrics.put(
                "injection",
                Map.of(
                        "pairs",
                        injections.size(),
                        "hidden_found",
                        hidden,
                        "leaked",
                        leaked,
                        "fields_changed",
                        changed,
                        "errors",
                        errors));
        flat.put("injection.hidden_found_rate", (double) hidden / injections.size());
        flat.put("injection.fields_changed_rate", (double) changed / injections.size());
    }

    private void broker(Path out, List<Evaluator.ItemResult> results, List<BrokerScores.Scorer> scorers)
            throws IOException {
        md.append("## Broker detection\n\n");
        List<Evaluator.ItemResult> labelled =
                results.stream().filter(r -> r.item().label() != null).toList();
        if (labelled.isEmpty() || scorers.isEmpty()) {
            md.append("broker detection: not measured (no labels or no scores).\n\n");
            notAvailable.add("broker detection (no labels or no scores)");
            return;
        }
        List<String> names = new ArrayList<>();
        List<double[][]> rocs = new ArrayList<>();
        List<double[][]> prs = new ArrayList<>();
        List<double[][]> reliability = new ArrayList<>();
        Map<String, Object> m = new LinkedHashMap<>();
        md.append(
                "| scorer | plans | ROC-AUC | PR-AUC | threshold | precision | recall | ECE (10 bins) | TP | FP | FN | TN |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (BrokerScores.Scorer scorer : scorers) {
            List<Evaluator.ItemResult> scored = labelled.stream()
                    .filter(r -> scorer.probabilities().containsKey(r.item().id()))
                    .toList();
            if (scored.isEmpty()) {
                notAvailable.add("broker scorer " + scorer.name() + ": no scores for the evaluated ids");
                continue;
            }
            double[] p = scored.stream()
                    .mapToDouble(r -> scorer.probabilities().get(r.item().id()))
                    .toArray();
            int[] y = scored.stream().mapToInt(r -> r.item().label()).toArray();
            double roc = BinaryMetrics.rocAuc(p, y);
            double pr = BinaryMetrics.prAuc(p, y);
            Confusion c = BinaryMetrics.confusion(p, y, scorer.threshold());
            double ece = Calibration.ece(p, y, 10);
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %s | %d | %d | %d | %d |%n",
                    scorer.name(),
                    scored.size(),
                    roc,
                    pr,
                    scorer.threshold(),
                    c.precision(),
                    c.recall(),
                    scorer.calibrated()
                            ? String.format(Locale.ROOT, "%.3f", ece)
                            : String.format(Locale.ROOT, "(%.3f, not a probability)", ece),
                    c.tp(),
                    c.fp(),
                    c.fn(),
                    c.tn()));
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("description", scorer.description());
            s.put("plans", scored.size());
            s.put("roc_auc", roc);
            s.put("pr_auc", pr);
            s.put("threshold", scorer.threshold());
            s.put("precision", c.precision());
            s.put("recall", c.recall());
            s.put("ece", ece);
            s.put("confusion", Map.of("tp", c.tp(), "fp", c.fp(), "fn", c.fn(), "tn", c.tn()));
            s.put("fairness", fairness(out, scorer, scored, p));
            m.put(scorer.name(), s);
            String prefix = "broker." + scorer.name() + ".";
            flat.put(prefix + "roc_auc", roc);
            flat.put(prefix + "pr_auc", pr);
            flat.put(prefix + "precision", c.precision());
            flat.put(prefix + "recall", c.recall());
            flat.put(prefix + "ece", ece);
            names.add(scorer.name());
            rocs.add(BinaryMetrics.rocCurve(p, y));
            prs.add(BinaryMetrics.prCurve(p, y));
            Calibration.Bin[] bins = Calibration.bins(p, y, 10);
            List<double[]> points = java.util.Arrays.stream(bins)
                    .filter(b -> b.count() > 0)
                    .map(b -> new double[] {b.meanPredicted(), b.observedRate()})
                    .toList();
            reliability.add(new double[][] {
                points.stream().mapToDouble(a -> a[0]).toArray(),
                points.stream().mapToDouble(a -> a[1]).toArray()
            });
        }
        md.append("\n");
        scorers.forEach(s -> md.append("- **")
                .append(s.name())
                .append("**: ")
                .append(s.description())
                .append('\n'));
        md.append("\n![ROC](roc.png) ![PR](pr.png) ![calibration](calibration.png)\n\n");
        for (BrokerScores.Scorer scorer : scorers) {
            @SuppressWarnings("unchecked")
            Map<String, Object> s = (Map<String, Object>) m.get(scorer.name());
            if (s != null) {
                md.append(fairnessMarkdown(scorer.name(), s));
            }
        }
        Plots.curve(out.resolve("roc.png"), "ROC", "false positive rate", "true positive rate", names, rocs, true);
        Plots.curve(out.resolve("pr.png"), "Precision-recall", "recall", "precision", names, prs, false);
        Plots.curve(
                out.resolve("calibration.png"),
                "Calibration (reliability)",
                "mean predicted",
                "observed broker rate",
                names,
                reliability,
                true);
        metrics.put("broker", m);
    }

    private Map<String, Object> fairness(
            Path out, BrokerScores.Scorer scorer, List<Evaluator.ItemResult> scored, double[] p) throws IOException {
        Map<String, Object> f = new LinkedHashMap<>();
        List<GroupRates.Observation> capital = new ArrayList<>();
        List<GroupRates.Observation> region = new ArrayList<>();
        List<GroupRates.Observation> size = new ArrayList<>();
        List<GroupRates.Observation> industry = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            EvalItem item = scored.get(i).item();
            boolean flagged = p[i] >= scorer.threshold();
            int label = item.label();
            if (item.region() != null) {
                capital.add(new GroupRates.Observation(
                        item.region().capitalArea() ? "capital area" : "other regions", flagged, label));
                region.add(new GroupRates.Observation(item.region().name(), flagged, label));
            }
            if (item.size() != null) {
                size.add(new GroupRates.Observation(item.size(), flagged, label));
            }
            if (item.industry() != null) {
                industry.add(new GroupRates.Observation(item.industry(), flagged, label));
            }
        }
        if (capital.isEmpty()) {
            notAvailable.add("fairness by region/size/industry (no company attributes in this data set)");
            return f;
        }
        List<GroupRates.Group> byCapital = GroupRates.compute(capital, "capital area");
        double capitalRate = byCapital.stream()
                .filter(g -> g.name().equals("capital area"))
                .findFirst()
                .map(GroupRates.Group::ownFlagRate)
                .orElse(Double.NaN);
        f.put("capital_vs_other", byCapital);
        List<GroupRates.Group> byRegion = GroupRates.compute(region, capitalRate);
        f.put("region", byRegion);
        f.put("size", GroupRates.compute(size, GroupRates.ownFlagRate(size)));
        f.put("industry", GroupRates.compute(industry, GroupRates.ownFlagRate(industry)));
        byCapital.stream()
                .filter(g -> g.name().equals("other regions"))
                .findFirst()
                .ifPresent(g -> flat.put(
                        "fairness." + scorer.name() + ".other_vs_capital_own_flag_ratio", g.ratioToReference()));
        Plots.bars(
                out.resolve("fairness-" + scorer.name() + ".png"),
                "Flag rate among own-voice plans by region (" + scorer.name() + ")",
                "rate",
                byRegion.stream().map(GroupRates.Group::name).toList(),
                List.of("own-voice flag rate", "precision"),
                List.of(
                        byRegion.stream().map(GroupRates.Group::ownFlagRate).toList(),
                        byRegion.stream().map(GroupRates.Group::precision).toList()));
        return f;
    }

    @SuppressWarnings("unchecked")
    private String fairnessMarkdown(String scorer, Map<String, Object> s) {
        Map<String, Object> f = (Map<String, Object>) s.get("fairness");
        if (f == null || f.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("### Fairness — ").append(scorer).append("\n\n");
        out.append(
                "Own-voice flag rate = share of plans the company wrote itself that were flagged (the harm); ratio against the capital area for regions, against all plans for size and industry; four-fifths = ratio within 0.8–1.25.\n\n");
        for (String dimension : List.of("capital_vs_other", "region", "size", "industry")) {
            out.append("| ")
                    .append(dimension)
                    .append(
                            " | plans | flag rate | precision | own-voice flag rate | ratio | four-fifths |\n|---|---:|---:|---:|---:|---:|---|\n");
            for (GroupRates.Group g : (List<GroupRates.Group>) f.get(dimension)) {
                out.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %.3f | %.3f | %.3f | %.2f | %s |%n",
                        g.name(),
                        g.plans(),
                        g.flagRate(),
                        g.precision(),
                        g.ownFlagRate(),
                        g.ratioToReference(),
                        g.withinFourFifths() ? "yes" : "**no**"));
            }
            out.append('\n');
        }
        out.append("![fairness](fairness-").append(scorer).append(".png)\n\n");
        return out.toString();
    }

    private void speed(Path out, List<Evaluator.ItemResult> results, Latencies latencies, double seconds)
            throws IOException {
        md.append("## Speed\n\n");
        double perMinute = results.size() / Math.max(seconds, 1e-9) * 60;
        md.append(String.format(
                Locale.ROOT,
                "%d plans in %.1f s: **%.1f plans/minute** (one thread, this machine, including the service's warm-up of each stage).%n%n",
                results.size(),
                seconds,
                perMinute));
        md.append("| stage | n | p50 ms | p90 ms | p99 ms | max ms | mean ms |\n|---|---:|---:|---:|---:|---:|---:|\n");
        Map<String, Object> m = new LinkedHashMap<>();
        List<String> stages = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> p90 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        latencies.summaries().forEach((stage, s) -> {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f |%n",
                    stage,
                    s.count(),
                    s.p50(),
                    s.p90(),
                    s.p99(),
                    s.max(),
                    s.mean()));
            m.put(stage, s);
            flat.put("speed." + stage + ".p50_ms", s.p50());
            stages.add(stage);
            p50.add(s.p50());
            p90.add(s.p90());
            p99.add(s.p99());
        });
        flat.put("speed.plans_per_minute", perMinute);
        m.put("plans_per_minute", perMinute);
        metrics.put("speed", m);
        Plots.bars(
                out.resolve("latency.png"),
                "Latency by stage",
                "ms",
                stages,
                List.of("p50", "p90", "p99"),
                List.of(p50, p90, p99));
        md.append("\n![latency](latency.png)\n\n");
    }

    private static Map<String, Long> count(
            List<Evaluator.ItemResult> results, Function<Evaluator.ItemResult, String> key) {
        Map<String, Long> out = new TreeMap<>();
        results.forEach(r -> out.merge(key.apply(r), 1L, Long::sum));
        return out;
    }
}

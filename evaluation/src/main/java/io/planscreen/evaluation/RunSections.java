package io.planscreen.evaluation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** The report's sections about the run itself: the data, paperwork reduction, injection twins and speed. */
final class RunSections {

    private RunSections() {}

    static void dataset(ReportDraft d, List<Evaluator.ItemResult> results) {
        Map<String, Long> routes = count(results, Evaluator.ItemResult::route);
        long labelled = results.stream().filter(r -> r.item().label() != null).count();
        long brokers = results.stream()
                .filter(r -> Integer.valueOf(1).equals(r.item().label()))
                .count();
        long errors = results.stream().filter(r -> r.error() != null).count();
        d.md.append("## Data\n\n");
        d.md.append(String.format(
                Locale.ROOT,
                "%d documents (%d labelled: %d broker-written, %d own-voice). Read by: %s. Errors: %d.%n%n",
                results.size(),
                labelled,
                brokers,
                labelled - brokers,
                routes,
                errors));
        d.md.append(
                "`file` = a real file through `DocumentParsing.parse` and `PlanTexts.from`; `plantext` = a corpus plan without a rendered file, handed to extraction as the document a perfect parser would produce.\n\n");
        results.stream().filter(r -> r.error() != null).limit(10).forEach(r -> d.md.append("- ")
                .append(r.item().id())
                .append(": ")
                .append(r.error())
                .append('\n'));
        if (errors > 0) {
            d.md.append('\n');
        }
        d.sections.put("dataset", new ReportMetrics.Dataset(results.size(), labelled, brokers, routes, errors));
    }

    static void paperwork(ReportDraft d, List<Evaluator.ItemResult> results) {
        d.md.append("## Paperwork reduction\n\n");
        Map<String, List<Evaluator.ItemResult>> byProgram = new TreeMap<>();
        results.stream().filter(r -> !Double.isNaN(r.paperworkRatio())).forEach(r -> byProgram
                .computeIfAbsent(r.item().program(), p -> new ArrayList<>())
                .add(r));
        if (byProgram.isEmpty()) {
            d.md.append("paperwork: not available (no extraction results).\n\n");
            d.notAvailable.add("paperwork reduction (no extraction results)");
            return;
        }
        d.md.append(
                "| program | plans | required items (mean) | satisfied without typing (mean) | reduction ratio (mean) |\n|---|---:|---:|---:|---:|\n");
        Map<String, ReportMetrics.Paperwork> m = new LinkedHashMap<>();
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
            d.md.append(String.format(
                    Locale.ROOT, "| %s | %d | %.1f | %.1f | %.3f |%n", program, rs.size(), required, satisfied, ratio));
            m.put(program, new ReportMetrics.Paperwork(rs.size(), required, satisfied, ratio));
            d.flat.put("paperwork." + program + ".reduction_ratio", ratio);
        });
        d.md.append('\n');
        d.sections.put("paperwork", m);
    }

    static void injections(ReportDraft d, List<Evaluator.InjectionResult> injections, int pairs) {
        d.md.append("## Prompt-injection twins\n\n");
        if (pairs == 0) {
            d.md.append("No injection twins in this data set (render some with `scripts/corpus --render SHARE`).\n\n");
            return;
        }
        if (injections.isEmpty()) {
            d.md.append(pairs).append(" twins present but not measured: parsing is not available in this build.\n\n");
            d.notAvailable.add("prompt-injection twins (no DocumentParsing bean)");
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
        d.md.append(String.format(
                Locale.ROOT,
                "%d pairs (a clean file and its twin with hidden instructions): hidden text reported by parsing in %d, instruction left in the visible text in %d, offline fields changed by the injection in %d, errors %d.%n%n",
                injections.size(),
                hidden,
                leaked,
                changed,
                errors));
        d.md.append("| plan | kind | hidden text found | visible leak | fields changed |\n|---|---|---|---|---|\n");
        injections.forEach(i -> d.md.append(String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s | %s |%n",
                i.planId(),
                i.kind(),
                i.hiddenFound() ? "yes" : "**no**",
                i.leaked() ? "**yes**" : "no",
                i.error() != null
                        ? "error: " + i.error()
                        : i.changedFields().isEmpty() ? "none" : "**" + i.changedFields() + "**")));
        d.md.append('\n');
        d.sections.put("injection", new ReportMetrics.Injection(injections.size(), hidden, leaked, changed, errors));
        d.flat.put("injection.hidden_found_rate", (double) hidden / injections.size());
        d.flat.put("injection.fields_changed_rate", (double) changed / injections.size());
    }

    static void speed(ReportDraft d, Path out, List<Evaluator.ItemResult> results, Latencies latencies, double seconds)
            throws IOException {
        d.md.append("## Speed\n\n");
        double perMinute = results.size() / Math.max(seconds, 1e-9) * 60;
        d.md.append(String.format(
                Locale.ROOT,
                "%d plans in %.1f s: **%.1f plans/minute** (one thread, this machine, including the service's warm-up of each stage).%n%n",
                results.size(),
                seconds,
                perMinute));
        d.md.append(
                "| stage | n | p50 ms | p90 ms | p99 ms | max ms | mean ms |\n|---|---:|---:|---:|---:|---:|---:|\n");
        // stages by name beside plans_per_minute, as metrics.json has always had them
        Map<String, Object> m = new LinkedHashMap<>();
        List<String> stages = new ArrayList<>();
        List<Double> p50 = new ArrayList<>();
        List<Double> p90 = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        latencies.summaries().forEach((stage, s) -> {
            d.md.append(String.format(
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
            d.flat.put("speed." + stage + ".p50_ms", s.p50());
            stages.add(stage);
            p50.add(s.p50());
            p90.add(s.p90());
            p99.add(s.p99());
        });
        d.flat.put("speed.plans_per_minute", perMinute);
        m.put("plans_per_minute", perMinute);
        d.sections.put("speed", m);
        Plots.bars(
                out.resolve("latency.png"),
                "Latency by stage",
                "ms",
                stages,
                List.of("p50", "p90", "p99"),
                List.of(p50, p90, p99));
        d.md.append("\n![latency](latency.png)\n\n");
    }

    private static Map<String, Long> count(
            List<Evaluator.ItemResult> results, Function<Evaluator.ItemResult, String> key) {
        Map<String, Long> out = new TreeMap<>();
        results.forEach(r -> out.merge(key.apply(r), 1L, Long::sum));
        return out;
    }
}

package io.planscreen.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns item results into metrics.json, report.md and PNG plots, with the difference to a baseline; each section
 * is written by {@link RunSections}, {@link ExtractionSection} or {@link BrokerSection}.
 */
final class Report {

    /** Jackson 3, as the service; NaN (a metric with nothing to measure) is written as the string "NaN". */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .build();

    private final ReportDraft draft = new ReportDraft();

    /** The metrics the baseline compares, by dotted name. */
    Map<String, Double> flat() {
        return draft.flat;
    }

    /** What this run could not measure, in words. */
    List<String> notAvailable() {
        return draft.notAvailable;
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
        StringBuilder md = draft.md;
        List<String> notAvailable = draft.notAvailable;
        notAvailable.addAll(notes);
        md.append("# planscreen evaluation — ").append(title).append("\n\n");
        md.append("Command: `").append(command).append("`\n\n");
        RunSections.dataset(draft, results);
        ExtractionSection.write(draft, out, results);
        RunSections.paperwork(draft, results);
        RunSections.injections(draft, injections, injectionPairs);
        BrokerSection.write(draft, out, results, scorers);
        RunSections.speed(draft, out, results, latencies, seconds);
        md.append("## Difference against the baseline\n\n");
        if (baseline == null) {
            md.append("No baseline found (evaluation/baselines/*.json); nothing to compare.\n\n");
        } else {
            md.append(Baselines.diff(baseline, draft.flat)).append('\n');
        }
        md.append("## Not available or not measured in this run\n\n");
        if (notAvailable.isEmpty()) {
            md.append("Everything above was measured.\n");
        }
        notAvailable.forEach(n -> md.append("- ").append(n).append('\n'));
        draft.sections.put("not_available", notAvailable);
        draft.sections.put("flat", draft.flat);
        Files.writeString(out.resolve("report.md"), md.toString(), StandardCharsets.UTF_8);
        MAPPER.writeValue(out.resolve("metrics.json").toFile(), draft.sections);
    }
}

package io.planscreen.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A baseline is a flat map of metric name → number with where it came from:
 * {@code {"name", "created", "source", "metrics": {"extraction.offline.overall_accuracy": 0.93, ...}}}.
 * Every report shows the difference of its own metrics against one.
 */
final class Baselines {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record Baseline(String name, String source, Map<String, Double> metrics) {}

    private Baselines() {}

    static Baseline read(Path file) throws IOException {
        JsonNode n = MAPPER.readTree(file.toFile());
        Map<String, Double> metrics = new TreeMap<>();
        n.get("metrics")
                .fields()
                .forEachRemaining(e -> metrics.put(e.getKey(), e.getValue().asDouble()));
        return new Baseline(
                n.path("name").asText(file.getFileName().toString()),
                n.path("source").asText(""),
                metrics);
    }

    static void write(Path file, String name, String source, Map<String, Double> metrics) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", name);
        out.put("created", java.time.Instant.now().toString());
        out.put("source", source);
        out.put("metrics", new TreeMap<>(metrics));
        Files.createDirectories(file.toAbsolutePath().getParent());
        MAPPER.writeValue(file.toFile(), out);
    }

    /** A Markdown table: metric, baseline, now, difference (only metrics present in either). */
    static String diff(Baseline baseline, Map<String, Double> now) {
        StringBuilder s = new StringBuilder();
        s.append("Against baseline **")
                .append(baseline.name())
                .append("** (")
                .append(baseline.source())
                .append(").\n\n");
        s.append("| metric | baseline | now | Δ |\n|---|---:|---:|---:|\n");
        TreeMap<String, Double> keys = new TreeMap<>(baseline.metrics());
        now.forEach(keys::putIfAbsent);
        for (String key : keys.keySet()) {
            Double before = baseline.metrics().get(key);
            Double after = now.get(key);
            s.append("| ")
                    .append(key)
                    .append(" | ")
                    .append(fmt(before))
                    .append(" | ")
                    .append(fmt(after))
                    .append(" | ")
                    .append(before == null || after == null ? "" : String.format(Locale.ROOT, "%+.4f", after - before))
                    .append(" |\n");
        }
        return s.toString();
    }

    private static String fmt(Double v) {
        return v == null ? "—" : String.format(Locale.ROOT, "%.4f", v);
    }
}

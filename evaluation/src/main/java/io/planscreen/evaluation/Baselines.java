package io.planscreen.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A baseline is a flat map of metric name → number with where it came from:
 * {@code {"name", "created", "source", "metrics": {"extraction.offline.overall_accuracy": 0.93, ...}}}.
 * Every report shows the difference of its own metrics against one.
 */
final class Baselines {

    /** Jackson 3, as the service; NaN (a metric with nothing to measure) is written as the string "NaN". */
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .build();

    record Baseline(String name, String source, Map<String, Double> metrics) {}

    private Baselines() {}

    static Baseline read(Path file) throws IOException {
        JsonNode n = MAPPER.readTree(file.toFile());
        Map<String, Double> metrics = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : n.get("metrics").properties()) {
            JsonNode v = e.getValue();
            metrics.put(e.getKey(), v.isNumber() ? v.doubleValue() : Double.parseDouble(v.asString()));
        }
        return new Baseline(
                n.path("name").asString(file.getFileName().toString()),
                n.path("source").asString(""),
                metrics);
    }

    static void write(Path file, String name, String source, Map<String, Double> metrics) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("name", name);
        out.put("created", Instant.now().toString());
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

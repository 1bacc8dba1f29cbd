package io.planscreen.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Per-stage wall-clock times in milliseconds, summarised as percentiles. */
public final class Latencies {

    private final Map<String, List<Double>> byStage = new LinkedHashMap<>();

    public void record(String stage, double millis) {
        byStage.computeIfAbsent(stage, s -> new ArrayList<>()).add(millis);
    }

    public Map<String, List<Double>> samples() {
        return byStage;
    }

    public record Summary(long count, double p50, double p90, double p99, double max, double mean) {}

    public Map<String, Summary> summaries() {
        Map<String, Summary> out = new LinkedHashMap<>();
        byStage.forEach((stage, values) -> out.put(stage, summarize(values)));
        return out;
    }

    static Summary summarize(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            return new Summary(0, 0, 0, 0, 0, 0);
        }
        return new Summary(
                v.length,
                percentile(v, 50),
                percentile(v, 90),
                percentile(v, 99),
                v[v.length - 1],
                Arrays.stream(v).average().orElse(0));
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}

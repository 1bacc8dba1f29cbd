package io.planscreen.evaluation.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Measurements, not tests: {@code e2e} (warm service, 20-page plans, upload → SCREENED latency and
 * throughput) and {@code surge} (loopback uploads at a fixed rate for a bounded time; upload latency and
 * whether every accepted upload reaches a final state). Both start the service in this process.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        subcommands = {E2eBench.class, SurgeBench.class})
public class BenchCommand {

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    /** CPU time this process has used so far (all threads): a figure that a busy machine does not inflate. */
    static Duration processCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    static long percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}

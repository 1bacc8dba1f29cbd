package io.planscreen.evaluation.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchCommandTests {

    @Test
    void the_bench_command_reads_each_measurement_and_its_options() {
        CommandLine bench = new CommandLine(new BenchCommand());
        assertThat(bench.getSubcommands()).containsOnlyKeys("e2e", "surge");

        CommandLine.ParseResult surge = bench.parseArgs("surge", "--rate", "5", "--auth", "basic");
        SurgeBench command = surge.subcommand().commandSpec().commandLine().getCommand();
        assertThat(command.rate).isEqualTo(5);
        assertThat(command.auth).isEqualTo(BenchService.Auth.basic);

        E2eBench e2e = new CommandLine(new BenchCommand())
                .parseArgs("e2e", "--pages", "3")
                .subcommand()
                .commandSpec()
                .commandLine()
                .getCommand();
        assertThat(e2e.pages).isEqualTo(3);
        assertThat(e2e.auth).isEqualTo(BenchService.Auth.jwt);
    }

    @Test
    void a_percentile_is_the_nearest_rank() {
        assertThat(BenchCommand.percentile(List.of(5L, 1L, 4L, 2L, 3L), 50)).isEqualTo(3);
        assertThat(BenchCommand.percentile(List.of(5L, 1L, 4L, 2L, 3L), 95)).isEqualTo(5);
        assertThat(BenchCommand.percentile(List.of(), 50)).isZero();
    }
}

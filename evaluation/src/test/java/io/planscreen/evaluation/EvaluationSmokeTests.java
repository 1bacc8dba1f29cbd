package io.planscreen.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.ml.corpus.CorpusCommand;
import io.planscreen.ml.corpus.CorpusDocuments;
import io.planscreen.ml.corpus.CorpusGenerator;
import io.planscreen.ml.corpus.CorpusPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The harness end to end on a tiny generated corpus, with the service's context against the test
 * database: every report part is written, and what the build lacks is named. No timing is asserted.
 */
class EvaluationSmokeTests {

    @Test
    void evaluates_a_tiny_corpus_and_then_own_documents_against_the_first_run_as_baseline(@TempDir Path dir)
            throws IOException {
        Path corpus = dir.resolve("corpus");
        List<CorpusPlan> plans = new CorpusGenerator().generate(CorpusGenerator.Settings.of(11, 80));
        CorpusCommand.write(plans, corpus);
        CorpusDocuments.render(
                plans.stream().filter(p -> p.split().equals("test")).toList(), 0.25, 11, corpus);
        List<String> log = new ArrayList<>();
        Path baselineFile = dir.resolve("baselines").resolve("smoke.json");
        Evaluation.Outcome first = Evaluation.run(
                options(corpus, null, null, null, baselineFile, dir.resolve("reports")), "smoke", log::add);

        Path report = first.report();
        String md = Files.readString(report.resolve("report.md"));
        assertThat(md)
                .contains(
                        "## Data",
                        "## Extraction",
                        "## Paperwork reduction",
                        "## Broker detection",
                        "## Speed",
                        "## Difference against the baseline",
                        "reuse-baseline");
        for (String png :
                List.of("roc.png", "pr.png", "calibration.png", "latency.png", "fairness-reuse-baseline.png")) {
            assertThat(report.resolve(png)).exists();
            assertThat(Files.size(report.resolve(png))).isPositive();
        }
        JsonNode metrics = JsonMapper.builder()
                .build()
                .readTree(report.resolve("metrics.json").toFile());
        double auc = metrics.get("broker").get("reuse-baseline").get("roc_auc").asDouble();
        assertThat(auc).isBetween(0.0, 1.0);
        assertThat(metrics.get("broker")
                        .get("paragraph-count-test")
                        .get("plans")
                        .asInt())
                .isPositive();
        assertThat(md).contains("paragraph-count-test");
        assertThat(metrics.get("dataset").get("documents").asInt())
                .isEqualTo(plans.stream().filter(p -> p.split().equals("test")).count());
        assertThat(metrics.get("broker").get("reuse-baseline").get("fairness").get("capital_vs_other"))
                .isNotEmpty();
        boolean extracted = first.metrics().containsKey("extraction.offline.overall_accuracy");
        assertThat(extracted || first.notAvailable().stream().anyMatch(n -> n.startsWith("extraction")))
                .as("extraction is either measured or reported missing")
                .isTrue();
        assertThat(log).anyMatch(l -> l.contains("plans/min"));
        assertThat(baselineFile).exists();

        // anyone's own documents: the rendered files, a Kleister-style TSV gold and a program file
        Path own = Files.createDirectories(dir.resolve("own"));
        StringBuilder tsv = new StringBuilder();
        try (var files = Files.list(corpus.resolve("files"))) {
            for (Path f : files.filter(f -> !f.getFileName().toString().contains(".injected."))
                    .limit(3)
                    .toList()) {
                Files.copy(f, own.resolve(f.getFileName()));
                tsv.append(f.getFileName()).append('\t').append("company_name=Test_Co employees=5\n");
            }
        }
        Path gold = Files.writeString(dir.resolve("gold.tsv"), tsv.toString());
        // a whole program definition, as an admin would upload it: the harness registers it in the service
        Path program;
        try (var shipped = getClass().getClassLoader().getResourceAsStream("programs/startup-psst.yml")) {
            program = Files.write(dir.resolve("program.yaml"), shipped.readAllBytes());
        }
        Evaluation.Outcome second = Evaluation.run(
                options(corpus, own, gold, program, null, dir.resolve("reports2")), "smoke documents", log::add);
        String md2 = Files.readString(second.report().resolve("report.md"));
        assertThat(md2).contains("program startup-psst", "Against baseline **smoke**");
    }

    private static Evaluation.Options options(
            Path corpus, Path documents, Path gold, Path program, Path writeBaseline, Path reports) {
        String url = env(
                "PLANSCREEN_TEST_DB_URL", env("PLANSCREEN_DB_URL", "jdbc:postgresql://127.0.0.1:5432/planscreen_test"));
        Map<String, Object> spring = new LinkedHashMap<>();
        String appUser = env("PLANSCREEN_TEST_DB_USER", "planscreen_app");
        spring.put("spring.datasource.username", appUser);
        spring.put("spring.datasource.password", env("PLANSCREEN_TEST_DB_PASSWORD", "planscreen_app"));
        spring.put("spring.flyway.user", env("PLANSCREEN_TEST_DB_OWNER_USER", "planscreen_owner"));
        spring.put("spring.flyway.password", env("PLANSCREEN_TEST_DB_OWNER_PASSWORD", "planscreen_owner"));
        spring.put("spring.flyway.placeholders.app_role", appUser);
        Path baseline =
                writeBaseline == null ? corpus.getParent().resolve("baselines").resolve("smoke.json") : null;
        return new Evaluation.Options(
                corpus,
                "test",
                0,
                true,
                documents,
                gold,
                program,
                null,
                baseline,
                writeBaseline,
                reports,
                url,
                spring,
                true);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}

package io.planscreen.evaluation;

import io.planscreen.ml.corpus.CorpusCommand;
import io.planscreen.ml.corpus.CorpusGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * {@code scripts/evaluate [--dataset DIR] [--split test] [--limit N] [--smoke]}, or on anyone's files
 * {@code --documents DIR --gold FILE --program FILE.yaml}. Writes {@code report.md}, {@code metrics.json}
 * and PNG plots to {@code evaluation/reports/<timestamp>/}.
 */
public final class Evaluation {

    /**
     * @param dbUrl the database the service context uses (env PLANSCREEN_DB_URL, default the local one)
     * @param service false to skip the service context (metrics and report only; for quick looks)
     */
    public record Options(
            Path dataset,
            String split,
            int limit,
            boolean smoke,
            @Nullable Path documents,
            @Nullable Path gold,
            @Nullable Path program,
            @Nullable Path scores,
            @Nullable Path baseline,
            @Nullable Path writeBaseline,
            Path reports,
            String dbUrl,
            Map<String, Object> springProperties,
            boolean service) {}

    /**
     * @param failedDocuments documents that could not be read, or whose gold names fields of which nothing was
     *     extracted (the command exits non-zero when there are any)
     */
    public record Outcome(Path report, Map<String, Double> metrics, List<String> notAvailable, long failedDocuments) {}

    private Evaluation() {}

    public static Outcome run(Options options, String command, Consumer<String> log) throws IOException {
        long started = System.nanoTime();
        List<EvalItem> items;
        List<Datasets.InjectionPair> pairs = List.of();
        String title;
        if (options.documents() != null) {
            if (options.gold() == null || options.program() == null) {
                throw new IllegalArgumentException("--documents needs --gold FILE and --program FILE.yaml");
            }
            String program = programId(options.program());
            items = Datasets.documents(options.documents(), options.gold(), program, options.limit());
            title = "documents in " + options.documents() + " (program " + program + ")";
        } else {
            Path dataset = options.dataset();
            if (options.smoke() && !Files.exists(dataset.resolve(options.split() + ".jsonl"))) {
                dataset = Files.createTempDirectory("planscreen-smoke-corpus");
                log.accept("[evaluate] smoke: generating a tiny corpus in " + dataset);
                CorpusCommand.write(
                        new CorpusGenerator().generate(CorpusGenerator.Settings.of(CorpusGenerator.DEFAULT_SEED, 200)),
                        dataset);
            }
            items = Datasets.corpus(dataset, options.split(), options.limit());
            pairs = Datasets.injectionPairs(dataset, items);
            title = "corpus " + dataset + ", split " + options.split();
        }
        log.accept("[evaluate] " + items.size() + " documents: " + title);
        List<String> notes = new ArrayList<>();
        Pipeline pipeline;
        if (options.service()) {
            log.accept("[evaluate] starting the service context (database " + options.dbUrl() + ")");
            pipeline = Pipeline.start(options.dbUrl(), options.springProperties(), log);
        } else {
            pipeline = Pipeline.none("service context not started (--no-service): parsing and extraction not measured");
        }
        try (pipeline) {
            notes.addAll(pipeline.notes());
            if (options.program() != null) {
                pipeline.register(options.program(), log);
            }
            Evaluator evaluator = new Evaluator(pipeline);
            long runStarted = System.nanoTime();
            List<Evaluator.ItemResult> results = evaluator.run(items, log);
            double seconds = (System.nanoTime() - runStarted) / 1e9;
            if (!pairs.isEmpty()) {
                log.accept("[evaluate] " + pairs.size() + " prompt-injection twins");
            }
            List<Evaluator.InjectionResult> injections = evaluator.injections(pairs);
            log.accept("[evaluate] broker scores");
            List<BrokerScores.Scorer> scorers = new ArrayList<>();
            long t0;
            t0 = System.nanoTime();
            scorers.addAll(BrokerScores.registered(results, log));
            if (!scorers.isEmpty()) {
                evaluator.latencies().record("broker_model_all", (System.nanoTime() - t0) / 1e6);
            }
            if (options.scores() != null) {
                scorers.add(BrokerScores.fromFile(options.scores()));
            } else if (scorers.isEmpty()) {
                notes.add(
                        "broker detection by the product model: BrokerScoring scores stored applications only; register a PlanBrokerScorer (ServiceLoader) or pass model probabilities with --scores FILE.jsonl");
            }
            long t = System.nanoTime();
            scorers.add(BrokerScores.reuseBaseline(results));
            evaluator.latencies().record("reuse_baseline_all", (System.nanoTime() - t) / 1e6);
            Path out = options.reports()
                    .resolve(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
            Baselines.Baseline baseline =
                    baseline(options.baseline(), options.reports().getParent());
            Report report = new Report();
            report.write(
                    out,
                    title,
                    command,
                    results,
                    evaluator.latencies(),
                    seconds,
                    scorers,
                    notes,
                    baseline,
                    injections,
                    pairs.size());
            if (options.writeBaseline() != null) {
                Baselines.write(
                        options.writeBaseline(),
                        options.writeBaseline().getFileName().toString().replace(".json", ""),
                        title + " via `" + command + "`",
                        report.flat());
            }
            log.accept(String.format(
                    Locale.ROOT,
                    "[evaluate] wrote %s (%.1f s)",
                    out.resolve("report.md"),
                    (System.nanoTime() - started) / 1e9));
            List<String> missing = report.notAvailable();
            long failed = results.stream()
                    .filter(r -> r.error() != null
                            || r.route().equals("none")
                            || !r.item().gold().isEmpty() && r.offline().isEmpty())
                    .count();
            return new Outcome(out, report.flat(), missing, options.service() ? failed : 0);
        }
    }

    /**
     * The given baseline, else {@code current.json} (else the newest file) in the first {@code baselines}
     * folder found beside the reports folder, in {@code ./evaluation/baselines} or in {@code ./baselines}
     * (the module's folder, when run from there): every report compares with the release baseline by default.
     */
    static Baselines.@Nullable Baseline baseline(@Nullable Path given, @Nullable Path evaluationDir)
            throws IOException {
        if (given != null) {
            return Baselines.read(given);
        }
        List<Path> candidates = new ArrayList<>();
        if (evaluationDir != null) {
            candidates.add(evaluationDir.resolve("baselines"));
        }
        candidates.add(Path.of("evaluation", "baselines"));
        candidates.add(Path.of("baselines"));
        for (Path dir : candidates) {
            if (Files.exists(dir.resolve("current.json"))) {
                return Baselines.read(dir.resolve("current.json"));
            }
        }
        for (Path dir : candidates) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                Path newest = files.filter(f -> f.toString().endsWith(".json"))
                        .max(Comparator.comparing(f -> f.toFile().lastModified()))
                        .orElse(null);
                if (newest != null) {
                    return Baselines.read(newest);
                }
            }
        }
        return null;
    }

    /** The program's id from its YAML definition ({@code id: startup-psst}). */
    static String programId(Path yaml) throws IOException {
        for (String line : Files.readAllLines(yaml, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.startsWith("id:")) {
                return l.substring(3).strip().replace("\"", "").replace("'", "");
            }
        }
        throw new IllegalArgumentException(yaml + " has no 'id:' line");
    }
}

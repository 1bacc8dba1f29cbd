package io.planscreen.evaluation;

import java.nio.file.Path;
import java.util.Map;

/** The command line of {@code scripts/evaluate}; see {@link Evaluation}. */
public final class EvaluateCommand {

    private static final String USAGE = """
            usage: scripts/evaluate [--dataset DIR] [--split test] [--limit N] [--smoke]
                                    [--documents DIR --gold FILE(.jsonl|.tsv) --program FILE.yaml]
                                    [--scores FILE.jsonl] [--model-version v1] [--baseline FILE.json]
                                    [--write-baseline FILE.json]
                                    [--reports DIR] [--no-service]
              broker model: the scoring settings' active version unless --model-version is given
              baseline: --baseline FILE, else evaluation/baselines/current.json
              database: env PLANSCREEN_DB_URL (default jdbc:postgresql://127.0.0.1:5432/planscreen),
                        PLANSCREEN_DB_USER/_PASSWORD, PLANSCREEN_DB_OWNER_USER/_PASSWORD""";

    private EvaluateCommand() {}

    public static void main(String[] args) throws Exception {
        Path dataset = Path.of("ml-models", "corpus", "v1");
        String split = "test";
        int limit = 0;
        boolean smoke = false;
        boolean service = true;
        Path documents = null;
        Path gold = null;
        Path program = null;
        Path scores = null;
        Path baseline = null;
        Path writeBaseline = null;
        Path reports = Path.of("evaluation", "reports");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dataset" -> dataset = Path.of(args[++i]);
                case "--split" -> split = args[++i];
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                case "--smoke" -> smoke = true;
                case "--documents" -> documents = Path.of(args[++i]);
                case "--gold" -> gold = Path.of(args[++i]);
                case "--program" -> program = Path.of(args[++i]);
                case "--scores" -> scores = Path.of(args[++i]);
                case "--baseline" -> baseline = Path.of(args[++i]);
                case "--write-baseline" -> writeBaseline = Path.of(args[++i]);
                case "--reports" -> reports = Path.of(args[++i]);
                case "--no-service" -> service = false;
                case "--model-version" -> System.setProperty(ModelBrokerScorer.VERSION_PROPERTY, args[++i]);
                default -> {
                    System.err.println(USAGE);
                    System.exit(2);
                }
            }
        }
        if (smoke && limit == 0) {
            limit = 30;
        }
        String db = env("PLANSCREEN_DB_URL", "jdbc:postgresql://127.0.0.1:5432/planscreen");
        Evaluation.Options options = new Evaluation.Options(
                dataset,
                split,
                limit,
                smoke,
                documents,
                gold,
                program,
                scores,
                baseline,
                writeBaseline,
                reports,
                db,
                Map.of(),
                service);
        Evaluation.Outcome outcome =
                Evaluation.run(options, "scripts/evaluate " + String.join(" ", args), System.out::println);
        System.out.println("[evaluate] report: " + outcome.report().resolve("report.md"));
        long failed = outcome.failedDocuments();
        if (failed > 0) {
            System.out.println("[evaluate] FAILED: " + failed + " document(s) could not be parsed or extracted");
        }
        System.exit(failed > 0 ? 1 : 0);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}

package io.planscreen.evaluation;

import io.planscreen.ml.forms.FormFillCommand;
import io.planscreen.ml.forms.NdaSamples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code scripts/evaluate-forms}: fills the 2025 창업도약패키지 form from drawn facts in PDF, DOCX, HWPX and HWP,
 * reads every fill through the service (parsing and offline extraction) and reports per format the fields
 * read right, the wrong values asserted and the required items covered without typing; compares the fills'
 * structure with the real blank form when {@code --blank DIR} holds it. With {@code --nda N} it also runs the
 * YAML-only NDA-like program on N generated agreements. Exits non-zero when a document fails.
 */
public final class EvaluateFormsCommand {

    private static boolean verbose;

    private EvaluateFormsCommand() {}

    record Figures(
            String name, int documents, int gold, int right, int asserted, int wrong, double covered, long failed) {

        double rightShare() {
            return gold == 0 ? 0 : right / (double) gold;
        }

        double wrongShare() {
            return asserted == 0 ? 0 : wrong / (double) asserted;
        }
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of("target", "forms");
        int count = 40;
        long seed = 42;
        int nda = 0;
        List<String> formats = List.of("pdf", "pdf-office", "docx", "hwpx", "hwp");
        // ../shared beside the repository (a worktree's is one level further up)
        Path blank = Path.of("..", "shared", "forms", "startup-leap-2025");
        if (!Files.isDirectory(blank)
                && Files.isDirectory(Path.of("..", "..", "shared", "forms", "startup-leap-2025"))) {
            blank = Path.of("..", "..", "shared", "forms", "startup-leap-2025");
        }
        Path program = Path.of("app", "src", "main", "resources", "programs", "startup-leap-2025.yml");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--blank" -> blank = Path.of(args[++i]);
                case "--nda" -> nda = Integer.parseInt(args[++i]);
                case "--formats" -> formats = List.of(args[++i].split(","));
                case "--verbose" -> verbose = true;
                default -> {
                    System.err.println(
                            "usage: scripts/evaluate-forms [--count 40] [--seed 42] [--out DIR] [--blank DIR] [--nda N] [--formats pdf,pdf-office,docx,hwpx,hwp] [--verbose]");
                    System.exit(2);
                }
            }
        }
        FormFillCommand.main(new String[] {
            "--out",
            out.toString(),
            "--count",
            String.valueOf(count),
            "--seed",
            String.valueOf(seed),
            "--blank",
            blank.toString()
        });
        String db = System.getenv().getOrDefault("PLANSCREEN_DB_URL", "jdbc:postgresql://127.0.0.1:5432/planscreen");
        List<Figures> figures = new ArrayList<>();
        try (Pipeline pipeline = Pipeline.start(db, Map.of(), System.out::println)) {
            pipeline.register(program, System.out::println);
            Evaluator evaluator = new Evaluator(pipeline);
            for (String format : formats) {
                Path dir = out.resolve(format);
                figures.add(measure(
                        format, evaluator, Datasets.documents(dir, dir.resolve("gold.jsonl"), "startup-leap-2025", 0)));
            }
            if (nda > 0) {
                Path dir = out.resolve("nda");
                NdaSamples.write(dir, nda, seed);
                Path yaml = Path.of("evaluation", "programs", "nda-like.yml");
                pipeline.register(yaml, System.out::println);
                figures.add(measure(
                        "nda-like (docx+pdf)",
                        evaluator,
                        Datasets.documents(dir, dir.resolve("gold.tsv"), "nda-like", 0)));
            }
        }
        StringBuilder md = new StringBuilder(
                "| fills | documents | fields right | wrong values asserted | required items covered without typing | failed |\n|---|---:|---:|---:|---:|---:|\n");
        for (Figures f : figures) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.3f (%d/%d) | %.3f (%d/%d) | %.3f | %d |%n",
                    f.name(),
                    f.documents(),
                    f.rightShare(),
                    f.right(),
                    f.gold(),
                    f.wrongShare(),
                    f.wrong(),
                    f.asserted(),
                    f.covered(),
                    f.failed()));
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve("summary.md"), md, StandardCharsets.UTF_8);
        System.out.println(md);
        long failed = figures.stream().mapToLong(Figures::failed).sum();
        System.exit(failed > 0 ? 1 : 0);
    }

    private static Figures measure(String name, Evaluator evaluator, List<EvalItem> items) {
        List<Evaluator.ItemResult> results = evaluator.run(items, s -> {});
        int gold = 0;
        int right = 0;
        int asserted = 0;
        int wrong = 0;
        double covered = 0;
        long failed = 0;
        for (Evaluator.ItemResult r : results) {
            if (r.error() != null || r.offline().isEmpty()) {
                failed++;
            }
            for (Map.Entry<String, String> g : r.item().gold().entrySet()) {
                gold++;
                String got = r.offline().get(g.getKey());
                if (got != null && FieldComparison.matches(g.getKey(), got, g.getValue())) {
                    right++;
                } else if (got == null && verbose) {
                    System.out.println("  missing " + r.item().id() + " " + g.getKey());
                }
            }
            for (Map.Entry<String, String> e : r.offline().entrySet()) {
                asserted++;
                String g = r.item().gold().get(e.getKey());
                if (g == null || !FieldComparison.matches(e.getKey(), e.getValue(), g)) {
                    wrong++;
                    if (verbose) {
                        System.out.println("  wrong " + r.item().id() + " " + e.getKey() + " = " + e.getValue()
                                + " (gold " + g + ")");
                    }
                }
            }
            covered += r.paperworkRequired() == 0 ? 0 : r.paperworkSatisfied() / (double) r.paperworkRequired();
        }
        return new Figures(
                name,
                results.size(),
                gold,
                right,
                asserted,
                wrong,
                results.isEmpty() ? 0 : covered / results.size(),
                failed);
    }
}

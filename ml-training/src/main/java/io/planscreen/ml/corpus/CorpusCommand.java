package io.planscreen.ml.corpus;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code scripts/corpus [--seed N] [--size N] [--out DIR] [--render SHARE]}: writes the JSONL splits, renders
 * a share of the plans (default 5%; 0 for none) to document files, and writes DATASET.md.
 */
public final class CorpusCommand {

    private CorpusCommand() {}

    public static void main(String[] args) throws IOException {
        long seed = CorpusGenerator.DEFAULT_SEED;
        int size = CorpusGenerator.DEFAULT_SIZE;
        Path out = null;
        double renderShare = 0.05;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--size" -> size = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--render" -> renderShare = Double.parseDouble(args[++i]);
                default -> {
                    System.err.println("usage: scripts/corpus [--seed N] [--size N] [--out DIR] [--render SHARE]");
                    System.exit(2);
                }
            }
        }
        if (out == null) {
            String name = seed == CorpusGenerator.DEFAULT_SEED && size == CorpusGenerator.DEFAULT_SIZE
                    ? CorpusGenerator.VERSION
                    : CorpusGenerator.VERSION + "-s" + seed + "-n" + size;
            out = Path.of("ml-models", "corpus", name);
        }
        long started = System.nanoTime();
        System.out.printf("[corpus] generating %d plans, seed %d%n", size, seed);
        List<CorpusPlan> plans = new CorpusGenerator().generate(CorpusGenerator.Settings.of(seed, size));
        write(plans, out);
        CorpusDocuments.Summary documents = null;
        if (renderShare > 0) {
            System.out.printf(
                    "[corpus] rendering %.0f%% of plans to PDF/DOCX/HWPX/HWP, scans and injection twins%n",
                    100 * renderShare);
            documents = CorpusDocuments.render(plans, renderShare, seed, out);
        }
        System.out.printf("[corpus] measuring single-cue baselines%n");
        String card = DatasetCard.write(plans, seed, size, documents);
        Files.writeString(out.resolve("DATASET.md"), card, StandardCharsets.UTF_8);
        System.out.printf(
                "[corpus] wrote %s (%d plans) in %.1f s%n", out, plans.size(), (System.nanoTime() - started) / 1e9);
    }

    /** One file per split, {@code <split>.jsonl}, lines in id order. */
    public static void write(List<CorpusPlan> plans, Path out) throws IOException {
        Files.createDirectories(out);
        for (String split : CorpusGenerator.SPLITS) {
            try (Writer w = Files.newBufferedWriter(out.resolve(split + ".jsonl"), StandardCharsets.UTF_8)) {
                for (CorpusPlan p : plans) {
                    if (p.split().equals(split)) {
                        w.write(CorpusJson.line(p));
                        w.write('\n');
                    }
                }
            }
            System.out.printf("[corpus]   %s.jsonl%n", split);
        }
    }
}

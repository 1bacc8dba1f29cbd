package io.planscreen.ml.writers;

import io.planscreen.ml.corpus.CorpusJson;
import io.planscreen.ml.render.RenderOptions.Format;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code scripts/corpus2 --seed N --out DIR [--agencies A] [--own N] [--formats pdf,docx,hwpx,hwp] [--split S]}:
 * writes {@code <split>.jsonl} (the first generator's line format; split {@code test} by default), the rendered
 * files under {@code files/} with their writer's metadata, {@code documents.jsonl} (as {@code scripts/evaluate
 * --dataset DIR --split test} reads it), {@code manifest.tsv} for the batch CLI (file, company, brn, region,
 * label, writer) and {@code DATASET.md}. {@code --formats none} writes no files.
 */
public final class Corpus2Command {

    private Corpus2Command() {}

    public static void main(String[] args) throws IOException {
        long seed = 1;
        Path out = null;
        WriterCorpusOptions options = WriterCorpusOptions.defaults();
        List<Format> formats = List.of(Format.values());
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--agencies" -> options = options.withAgencies(Integer.parseInt(args[++i]));
                case "--own" -> options = options.withOwnVoice(Integer.parseInt(args[++i]));
                case "--split" -> options = options.withSplit(args[++i]);
                case "--formats" -> formats = formats(args[++i]);
                default -> {
                    System.err.println("usage: scripts/corpus2 --seed N --out DIR [--agencies A] [--own N]"
                            + " [--formats pdf,docx,hwpx,hwp|none] [--split S]");
                    System.exit(2);
                }
            }
        }
        if (out == null) {
            out = Path.of("target", "corpus2-s" + seed);
        }
        long started = System.nanoTime();
        List<WrittenPlan> plans = WriterCorpus.write(seed, options);
        Files.createDirectories(out);
        try (Writer w = Files.newBufferedWriter(out.resolve(options.split() + ".jsonl"), StandardCharsets.UTF_8)) {
            for (WrittenPlan p : plans) {
                w.write(CorpusJson.line(p.plan()));
                w.write('\n');
            }
        }
        int files = 0;
        if (!formats.isEmpty()) {
            files = WriterFiles.write(plans, formats, seed, out);
        }
        Files.writeString(
                out.resolve("DATASET.md"), WriterDatasetCard.write(plans, seed, options), StandardCharsets.UTF_8);
        System.out.printf(
                Locale.ROOT,
                "[corpus2] wrote %s: %d plans (%d broker, %d agencies), %d files in %.1f s%n",
                out,
                plans.size(),
                plans.stream().filter(p -> p.plan().broker()).count(),
                options.agencies(),
                files,
                (System.nanoTime() - started) / 1e9);
    }

    static List<Format> formats(String value) {
        if (value.equals("none")) {
            return List.of();
        }
        List<Format> out = new ArrayList<>();
        for (String f : value.split(",")) {
            out.add(Format.valueOf(f.strip().toUpperCase(Locale.ROOT)));
        }
        return out;
    }
}

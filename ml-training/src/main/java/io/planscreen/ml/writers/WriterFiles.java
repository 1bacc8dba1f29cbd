package io.planscreen.ml.writers;

import io.planscreen.ml.render.PlanRenderers;
import io.planscreen.ml.render.RenderOptions;
import io.planscreen.ml.render.RenderOptions.Format;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Renders each plan to one file in its writer's format mix with its writer's file metadata, and writes
 * {@code manifest.tsv} as the batch CLI reads it (file, company, brn, region) plus label and writer.
 */
final class WriterFiles {

    private WriterFiles() {}

    static int write(List<WrittenPlan> plans, List<Format> formats, long seed, Path out) throws IOException {
        Path dir = Files.createDirectories(out.resolve("files"));
        int n = 0;
        try (Writer manifest = Files.newBufferedWriter(out.resolve("manifest.tsv"), StandardCharsets.UTF_8)) {
            manifest.write("file\tcompany\tbrn\tregion\tlabel\twriter\n");
            for (WrittenPlan p : plans) {
                Format format = format(p, formats, seed);
                String name = p.plan().id() + "." + format.name().toLowerCase(Locale.ROOT);
                RenderOptions options = RenderOptions.plain(format).withProperties(p.properties());
                Files.write(dir.resolve(name), PlanRenderers.render(p.plan().plan(), options));
                manifest.write(String.join(
                        "\t",
                        name,
                        p.plan().company().nameKo(),
                        p.plan().company().brn(),
                        p.plan().company().region().officialName(),
                        p.plan().label(),
                        p.writer()));
                manifest.write('\n');
                n++;
            }
        }
        return n;
    }

    /** An agency sticks to one format for its clients mostly (its machine); companies pick their own. */
    static Format format(WrittenPlan p, List<Format> formats, long seed) {
        String tool = p.properties().creatorTool();
        Random random = new Random(WriterCorpus.mix(seed, p.plan().id().hashCode()));
        Format preferred = tool.contains("Hwp") || tool.contains("Hancom")
                ? (random.nextBoolean() ? Format.HWP : Format.HWPX)
                : Format.DOCX;
        if (random.nextDouble() < 0.3) {
            preferred = Format.PDF; // exported to PDF before upload
        }
        return formats.contains(preferred) ? preferred : formats.get(random.nextInt(formats.size()));
    }
}

package io.planscreen.ml.writers;

import io.planscreen.ml.render.PlanRenderers;
import io.planscreen.ml.render.RenderOptions;
import io.planscreen.ml.render.RenderOptions.Format;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders each plan to one file in its writer's format mix with its writer's file metadata, and writes
 * {@code manifest.tsv} as the batch CLI reads it (file, company, brn, region) plus label and writer, and
 * {@code documents.jsonl} as the evaluation harness reads it.
 */
final class WriterFiles {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private WriterFiles() {}

    static int write(List<WrittenPlan> plans, List<Format> formats, long seed, Path out) throws IOException {
        Path dir = Files.createDirectories(out.resolve("files"));
        int n = 0;
        try (Writer manifest = Files.newBufferedWriter(out.resolve("manifest.tsv"), StandardCharsets.UTF_8);
                Writer documents = Files.newBufferedWriter(out.resolve("documents.jsonl"), StandardCharsets.UTF_8)) {
            manifest.write("file\tcompany\tbrn\tregion\tlabel\twriter\n");
            for (WrittenPlan p : plans) {
                Format format = format(p, formats, seed);
                String name = p.plan().id() + "." + format.name().toLowerCase(Locale.ROOT);
                RenderOptions options = RenderOptions.plain(format).withProperties(p.properties());
                byte[] bytes = PlanRenderers.render(p.plan().plan(), options);
                Files.write(dir.resolve(name), bytes);
                documents.write(document(p, name, format, bytes));
                documents.write('\n');
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

    /** The line {@code scripts/evaluate --dataset DIR --split S} reads (the first generator's documents.jsonl). */
    private static String document(WrittenPlan p, String name, Format format, byte[] bytes) throws IOException {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("file", "files/" + name);
        line.put("plan_id", p.plan().id());
        line.put("split", p.plan().split());
        line.put("format", format.name());
        line.put("scanned", false);
        line.put("injection", null);
        line.put("clean_twin", null);
        try {
            line.put(
                    "sha256",
                    HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return MAPPER.writeValueAsString(line);
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

package io.planscreen.ml.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class CorpusDocumentsTests {

    @Test
    void renders_files_with_a_manifest_that_pairs_each_injection_with_its_clean_twin(@TempDir Path dir)
            throws IOException {
        List<CorpusPlan> plans = new CorpusGenerator().generate(CorpusGenerator.Settings.of(5, 40));
        CorpusDocuments.Summary summary = CorpusDocuments.render(plans, 0.3, 5, dir);
        List<String> lines = Files.readAllLines(dir.resolve("documents.jsonl"));
        assertThat(lines).hasSize(summary.files()).isNotEmpty();
        for (String line : lines) {
            JsonNode doc = CorpusJson.parse(line);
            Path file = dir.resolve(doc.get("file").asString());
            assertThat(file).exists();
            assertThat(Files.size(file)).isPositive();
            if (!doc.get("injection").isNull()) {
                Path twin = dir.resolve(doc.get("clean_twin").asString());
                assertThat(twin).exists();
                assertThat(Files.readAllBytes(file)).isNotEqualTo(Files.readAllBytes(twin));
                assertThat(doc.get("injection").get("text").asString()).isNotBlank();
            }
            if (doc.get("scanned").asBoolean()) {
                assertThat(doc.get("format").asString()).isEqualTo("PDF");
            }
        }
    }
}

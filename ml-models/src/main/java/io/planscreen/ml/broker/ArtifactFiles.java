package io.planscreen.ml.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** SHA256SUMS in coreutils format ({@code <hex>  <file>}), so {@code sha256sum -c} checks it too. */
public final class ArtifactFiles {

    public static final String SUMS = "SHA256SUMS";

    private ArtifactFiles() {}

    public static Map<String, String> parseSums(String text) {
        Map<String, String> sums = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split("\\s+\\*?", 2);
            sums.put(parts[1].strip(), parts[0].toLowerCase());
        }
        return sums;
    }

    public static void writeSums(Path dir, List<String> files) throws IOException {
        String text = files.stream()
                .sorted()
                .map(f -> {
                    try {
                        return BrokerDetector.sha256(Files.readAllBytes(dir.resolve(f))) + "  " + f;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(dir.resolve(SUMS), text, StandardCharsets.UTF_8);
    }
}

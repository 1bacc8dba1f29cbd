package io.planscreen.evaluation;

import io.planscreen.ml.corpus.CorpusJson;
import io.planscreen.ml.plan.Region;
import io.planscreen.shared.DocumentType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/** Loads what to evaluate: a generated corpus split, or a folder of anyone's documents with a gold file. */
final class Datasets {

    private Datasets() {}

    /** A corpus split; plans that were rendered to a clean (not scanned, not injected) file use the file. */
    static List<EvalItem> corpus(Path dir, String split, int limit) throws IOException {
        Path jsonl = dir.resolve(split + ".jsonl");
        if (!Files.exists(jsonl)) {
            throw new IOException("no " + jsonl + " (generate one with scripts/corpus)");
        }
        Map<String, Path> files = new HashMap<>();
        Path manifest = dir.resolve("documents.jsonl");
        if (Files.exists(manifest)) {
            for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
                JsonNode doc = CorpusJson.parse(line);
                if (!doc.get("scanned").asBoolean() && doc.get("injection").isNull()) {
                    files.put(
                            doc.get("plan_id").asString(),
                            dir.resolve(doc.get("file").asString()));
                }
            }
        }
        List<EvalItem> items = new ArrayList<>();
        try (Stream<String> lines = Files.lines(jsonl, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (limit > 0 && items.size() >= limit) {
                    break;
                }
                JsonNode p = CorpusJson.parse(line);
                Map<String, String> gold = new LinkedHashMap<>();
                p.get("gold")
                        .properties()
                        .forEach(e -> gold.put(e.getKey(), e.getValue().asString()));
                JsonNode company = p.get("company");
                Path file = files.get(p.get("id").asString());
                items.add(new EvalItem(
                        p.get("id").asString(),
                        p.get("label").asString().equals("broker") ? 1 : 0,
                        p.get("agency").isNull() ? null : p.get("agency").asString(),
                        p.get("program").asString(),
                        p.get("language").asString(),
                        Region.valueOf(company.get("region").asString()),
                        company.get("size").asString(),
                        company.get("industry_ksic").asString(),
                        gold,
                        CorpusJson.planText(p.get("plan")),
                        file,
                        file == null ? null : typeOf(file),
                        company.path("id").asString(null)));
            }
        }
        return items;
    }

    /**
     * Anyone's documents: every file in {@code dir} with a known extension, gold from a JSONL file
     * ({"file": "a.pdf", "label": "own|broker" (optional), "fields": {key: value}} or the fields at top
     * level) or a Kleister-style TSV ({@code file<TAB>key=value key=value}, underscores for spaces; a
     * repeated key keeps all its values, joined by {@link FieldComparison#ALTERNATIVES}).
     */
    static List<EvalItem> documents(Path dir, Path goldFile, String program, int limit) throws IOException {
        Map<String, Map<String, String>> gold = new HashMap<>();
        Map<String, Integer> labels = new HashMap<>();
        for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (goldFile.toString().endsWith(".jsonl") || line.strip().startsWith("{")) {
                JsonNode n = CorpusJson.parse(line);
                String file = n.get("file").asString();
                Map<String, String> fields = new LinkedHashMap<>();
                JsonNode source = n.has("fields") ? n.get("fields") : n;
                source.properties().forEach(e -> {
                    if (!List.of("file", "label", "fields").contains(e.getKey())) {
                        fields.put(e.getKey(), e.getValue().asString());
                    }
                });
                gold.put(file, fields);
                if (n.has("label")) {
                    labels.put(file, n.get("label").asString().equals("broker") ? 1 : 0);
                }
            } else {
                String[] cols = line.split("\t");
                Map<String, String> fields = new LinkedHashMap<>();
                for (String pair : cols.length > 1 ? cols[1].trim().split("\\s+") : new String[0]) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        // a repeated key (Kleister's several parties) keeps every value: any of them is right
                        fields.merge(
                                pair.substring(0, eq),
                                pair.substring(eq + 1).replace('_', ' '),
                                (a, b) -> a + FieldComparison.ALTERNATIVES + b);
                    }
                }
                gold.put(cols[0].trim(), fields);
            }
        }
        List<EvalItem> items = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                DocumentType type = typeOf(file);
                if (type == null || (limit > 0 && items.size() >= limit)) {
                    continue;
                }
                String name = file.getFileName().toString();
                items.add(new EvalItem(
                        name,
                        labels.get(name),
                        null,
                        program,
                        null,
                        null,
                        null,
                        null,
                        gold.getOrDefault(name, Map.of()),
                        null,
                        file,
                        type,
                        null));
            }
        }
        return items;
    }

    /** A rendered plan and its twin carrying hidden instructions (corpus documents.jsonl). */
    record InjectionPair(String planId, String program, Path clean, Path injected, String kind, String text) {}

    static List<InjectionPair> injectionPairs(Path dir, List<EvalItem> items) throws IOException {
        Path manifest = dir.resolve("documents.jsonl");
        if (!Files.exists(manifest)) {
            return List.of();
        }
        Map<String, String> programs = new HashMap<>();
        items.forEach(i -> programs.put(i.id(), i.program()));
        List<InjectionPair> pairs = new ArrayList<>();
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            JsonNode doc = CorpusJson.parse(line);
            String plan = doc.get("plan_id").asString();
            if (!doc.get("injection").isNull() && programs.containsKey(plan)) {
                pairs.add(new InjectionPair(
                        plan,
                        programs.get(plan),
                        dir.resolve(doc.get("clean_twin").asString()),
                        dir.resolve(doc.get("file").asString()),
                        doc.get("injection").get("kind").asString(),
                        doc.get("injection").get("text").asString()));
            }
        }
        return pairs;
    }

    static @org.jspecify.annotations.Nullable DocumentType typeOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (DocumentType type : DocumentType.values()) {
            if (name.endsWith("." + type.name().toLowerCase(Locale.ROOT))) {
                return type;
            }
        }
        return null;
    }
}

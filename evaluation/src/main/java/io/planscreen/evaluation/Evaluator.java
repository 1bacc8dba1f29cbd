package io.planscreen.evaluation;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.ml.plan.PlanText;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.parsing.PlanTexts;
import io.planscreen.shared.ProgramId;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Runs each item through the pipeline pieces that are available, timing every stage. */
final class Evaluator {

    /**
     * @param route "file" (real parsing of a rendered or user file), "plantext" (corpus text, no file), or
     *     "none" (nothing could be read)
     * @param llm fields after the full extraction when an LLM took part, else empty
     */
    record ItemResult(
            EvalItem item,
            String route,
            @Nullable String error,
            @Nullable PlanText plan,
            Map<String, String> offline,
            Map<String, String> llm,
            boolean llmUsed,
            int tokensSent,
            int naiveTokens,
            double paperworkRatio,
            int paperworkRequired,
            int paperworkSatisfied) {}

    private final Pipeline pipeline;

    private final Latencies latencies = new Latencies();

    Evaluator(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    Latencies latencies() {
        return latencies;
    }

    List<ItemResult> run(List<EvalItem> items, Consumer<String> progress) {
        List<ItemResult> results = new ArrayList<>();
        long started = System.nanoTime();
        for (EvalItem item : items) {
            long t0 = System.nanoTime();
            results.add(one(item));
            latencies.record("total", (System.nanoTime() - t0) / 1e6);
            if (results.size() % 10 == 0 || results.size() == items.size()) {
                double seconds = (System.nanoTime() - started) / 1e9;
                progress.accept(String.format(
                        Locale.ROOT,
                        "[evaluate] %d/%d plans (%.1f plans/min)",
                        results.size(),
                        items.size(),
                        results.size() / Math.max(seconds, 1e-9) * 60));
            }
        }
        return results;
    }

    /**
     * @param hiddenFound the parser reported hidden text in the injected file
     * @param leaked the injected instruction is part of the visible text (what an LLM would see)
     * @param changedFields fields whose offline value differs between the clean file and its twin
     */
    record InjectionResult(
            String planId,
            String kind,
            boolean hiddenFound,
            boolean leaked,
            List<String> changedFields,
            @Nullable String error) {}

    List<InjectionResult> injections(List<Datasets.InjectionPair> pairs) {
        List<InjectionResult> out = new ArrayList<>();
        if (pipeline.parsing() == null) {
            return out;
        }
        for (Datasets.InjectionPair pair : pairs) {
            try {
                ParsedDocument clean =
                        pipeline.parsing().parse(Files.readAllBytes(pair.clean()), Datasets.typeOf(pair.clean()));
                ParsedDocument injected =
                        pipeline.parsing().parse(Files.readAllBytes(pair.injected()), Datasets.typeOf(pair.injected()));
                String probe = pair.text()
                        .replaceAll("\\s+", "")
                        .substring(
                                0,
                                Math.min(12, pair.text().replaceAll("\\s+", "").length()));
                boolean leaked = injected.visibleText().replaceAll("\\s+", "").contains(probe);
                List<String> changed = new ArrayList<>();
                if (pipeline.extraction() != null) {
                    Map<String, String> a = new LinkedHashMap<>();
                    Map<String, String> b = new LinkedHashMap<>();
                    ProgramId program = new ProgramId(pair.program());
                    pipeline.extraction()
                            .extractOffline(clean, program)
                            .fields()
                            .forEach(f -> a.put(f.key(), f.normalized()));
                    pipeline.extraction()
                            .extractOffline(injected, program)
                            .fields()
                            .forEach(f -> b.put(f.key(), f.normalized()));
                    Set<String> keys = new TreeSet<>(a.keySet());
                    keys.addAll(b.keySet());
                    keys.stream()
                            .filter(k -> !Objects.equals(a.get(k), b.get(k)))
                            .forEach(changed::add);
                }
                out.add(new InjectionResult(
                        pair.planId(), pair.kind(), !injected.hiddenText().isEmpty(), leaked, changed, null));
            } catch (Exception e) {
                out.add(new InjectionResult(
                        pair.planId(),
                        pair.kind(),
                        false,
                        false,
                        List.of(),
                        e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
        return out;
    }

    private ItemResult one(EvalItem item) {
        ParsedDocument document = null;
        String route = "none";
        String error = null;
        long t = System.nanoTime();
        try {
            if (item.file() != null && item.type() != null && pipeline.parsing() != null) {
                document = pipeline.parsing().parse(Files.readAllBytes(item.file()), item.type());
                route = "file";
                latencies.record("parse", (System.nanoTime() - t) / 1e6);
            } else if (item.plan() != null) {
                document = PlanDocuments.of(item.plan());
                route = "plantext";
            }
        } catch (Exception e) {
            error = "parse: " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        if (document == null && item.plan() != null) {
            document = PlanDocuments.of(item.plan());
            route = "plantext";
        }
        PlanText plan = item.plan();
        if (document != null) {
            t = System.nanoTime();
            plan = route.equals("file") ? PlanTexts.from(document) : item.plan();
            latencies.record("plan_text", (System.nanoTime() - t) / 1e6);
        }
        Map<String, String> offline = new LinkedHashMap<>();
        Map<String, String> llm = new LinkedHashMap<>();
        boolean llmUsed = false;
        int tokens = 0;
        int naive = document == null ? 0 : Tokens.estimate(document.visibleText()) + Tokens.PROMPT_OVERHEAD;
        double ratio = Double.NaN;
        int required = 0;
        int satisfied = 0;
        if (document != null && pipeline.extraction() != null) {
            ProgramId program = new ProgramId(item.program());
            try {
                t = System.nanoTime();
                ExtractionResult off = pipeline.extraction().extractOffline(document, program);
                latencies.record("extract_offline", (System.nanoTime() - t) / 1e6);
                off.fields().forEach(f -> offline.put(f.key(), f.normalized()));
                ratio = off.paperwork().reductionRatio();
                required = off.paperwork().requiredItems();
                satisfied = off.paperwork().satisfiedWithoutTyping();
                t = System.nanoTime();
                ExtractionResult full = pipeline.extraction().extract(document, program);
                if (full.llmModel() != null) {
                    latencies.record("extract_llm", (System.nanoTime() - t) / 1e6);
                    llmUsed = true;
                    tokens = full.llmTokensSent();
                    full.fields().forEach(f -> llm.put(f.key(), f.normalized()));
                }
            } catch (Exception e) {
                error = (error == null ? "" : error + "; ") + "extract: "
                        + e.getClass().getSimpleName() + ": " + e.getMessage();
            }
        }
        return new ItemResult(
                item, route, error, plan, offline, llm, llmUsed, tokens, naive, ratio, required, satisfied);
    }
}

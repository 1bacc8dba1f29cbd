package io.planscreen.extraction.internal;

import dev.langchain4j.model.input.PromptTemplate;
import dev.langchain4j.service.AiServices;
import dev.langchain4j.service.Result;
import io.planscreen.extraction.ExtractionResult.ExtractedField;
import io.planscreen.extraction.LanguageModels;
import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.extraction.ProgramDefinition.FieldSpec;
import io.planscreen.extraction.VersionedPrompt;
import io.planscreen.ml.plan.FieldKeys;
import io.planscreen.ml.plan.Region;
import io.planscreen.ml.plan.SectionKind;
import io.planscreen.parsing.ParsedDocument;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks the configured LLM for the fields the offline pass missed or was unsure of, sending only the
 * sections where they are usually stated (visible text, delimited as data). Every value must quote the
 * visible text, outside any suspected instruction, and agree with its quote; otherwise it is rejected.
 * Any failure leaves the offline result in force with the flag {@code llm_unavailable}.
 */
@Component
class LlmExtractor {

    private static final Logger log = LoggerFactory.getLogger(LlmExtractor.class);

    static final double CONFIDENCE = 0.8;

    private final LlmProperties properties;

    private final LanguageModels models;

    private final @Nullable FieldReader reader;

    private final String systemText;

    private final String userTemplate;

    private final String promptSha256;

    LlmExtractor(LlmProperties properties, LanguageModels models) {
        this.properties = properties;
        this.models = models;
        VersionedPrompt prompt = VersionedPrompt.load(FieldReader.PROMPT_PATH);
        this.systemText = prompt.system();
        this.userTemplate = prompt.user();
        this.promptSha256 = prompt.sha256();
        this.reader = models.chatModel()
                .map(model ->
                        AiServices.builder(FieldReader.class).chatModel(model).build())
                .orElse(null);
    }

    /** What the LLM added: accepted fields, rejections (key → reason), flags and what was sent. */
    record Outcome(
            List<ExtractedField> accepted,
            Map<String, String> rejected,
            List<String> flags,
            int tokensSent,
            @Nullable String model,
            @Nullable String failure) {}

    boolean enabled() {
        return reader != null;
    }

    String promptPath() {
        return FieldReader.PROMPT_PATH;
    }

    String promptSha256() {
        return promptSha256;
    }

    String modelName() {
        return models.name();
    }

    Outcome improve(
            ParsedDocument document,
            ProgramDefinition program,
            List<ExtractedField> offline,
            List<InjectionDetector.Injection> injections) {
        Map<String, ExtractedField> have = new LinkedHashMap<>();
        offline.forEach(f -> have.put(f.key(), f));
        List<FieldSpec> wanted = program.fields().stream()
                .filter(FieldSpec::fromPlan)
                .filter(f -> !have.containsKey(f.key()) || have.get(f.key()).confidence() < properties.minConfidence())
                .toList();
        if (reader == null || wanted.isEmpty()) {
            return new Outcome(List.of(), Map.of(), List.of(), 0, null, null);
        }
        VisibleView view = VisibleView.of(document);
        List<String> flags = new ArrayList<>();
        String sections = sections(document, view, program, wanted, flags);
        String fieldList = fieldList(wanted);
        String userText = PromptTemplate.from(userTemplate)
                .apply(Map.of("fields", fieldList, "document", sections))
                .text();
        int tokens = TokenEstimates.estimate(systemText) + TokenEstimates.estimate(userText);
        FieldReader.ReadFields output;
        try {
            Result<FieldReader.ReadFields> result = reader.read(fieldList, sections);
            output = result.content();
        } catch (RuntimeException e) {
            log.warn("LLM extraction failed, the offline result stands: {}", e.toString());
            flags.add("llm_unavailable");
            return new Outcome(List.of(), Map.of(), flags, tokens, modelName(), shortReason(e));
        }
        if (output == null || output.fields() == null) {
            flags.add("llm_unavailable");
            flags.add("llm_output_invalid");
            return new Outcome(List.of(), Map.of(), flags, tokens, modelName(), "output does not match the schema");
        }
        if (output.instructionsFound()) {
            flags.add("prompt_injection_suspected");
        }
        Set<String> asked = new LinkedHashSet<>();
        wanted.forEach(f -> asked.add(f.key()));
        Quotes quotes = new Quotes(view, injections);
        List<ExtractedField> accepted = new ArrayList<>();
        Map<String, String> rejected = new LinkedHashMap<>();
        for (FieldReader.ReadField item : output.fields()) {
            if (item == null || item.key() == null || !asked.contains(item.key())) {
                rejected.put(item == null || item.key() == null ? "?" : item.key(), "not a requested field");
                continue;
            }
            String type = program.field(item.key()).map(FieldSpec::type).orElse("text");
            String reason = check(item, type);
            List<String> options =
                    program.field(item.key()).map(FieldSpec::options).orElse(List.of());
            if (reason == null
                    && type.equals("choice")
                    && !options.contains(item.normalized().strip())) {
                reason = "not one of the field's options";
            } else if (reason == null && Placeholders.unfilled(item.value())) {
                reason = "the form's placeholder, not a value";
            }
            int[] span = reason == null ? quotes.find(item.quote()) : null;
            if (reason == null && span == null) {
                reason = "the quote is not in the document's visible text";
            } else if (reason == null && quotes.inInstruction(span)) {
                reason = "the quote lies in an instruction inside the document";
            }
            if (reason != null) {
                rejected.put(item.key(), reason);
                continue;
            }
            if (accepted.stream().anyMatch(f -> f.key().equals(item.key()))) {
                continue;
            }
            int start = view.original(span[0]);
            int end = view.originalEnd(span[1]);
            accepted.add(new ExtractedField(
                    item.key(),
                    item.value().strip(),
                    normalize(item.normalized(), type),
                    page(document, start),
                    view.text().substring(span[0], span[1]),
                    start,
                    end,
                    CONFIDENCE,
                    "llm",
                    null));
        }
        if (!rejected.isEmpty()) {
            flags.add("llm_value_rejected");
        }
        return new Outcome(accepted, rejected, flags, tokens, modelName(), null);
    }

    // ---- what is sent ----------------------------------------------------------------------------

    /** The visible text of the sections where the wanted fields are usually stated, each delimited. */
    private String sections(
            ParsedDocument document,
            VisibleView view,
            ProgramDefinition program,
            List<FieldSpec> wanted,
            List<String> flags) {
        Set<SectionKind> kinds = new LinkedHashSet<>();
        List<String> labels = new ArrayList<>();
        boolean companyFacts = false;
        ProgramLabels programLabels = ProgramLabels.of(program);
        for (FieldSpec spec : wanted) {
            Set<SectionKind> usual = programLabels.sections(spec.key());
            kinds.addAll(usual);
            labels.addAll(programLabels.labelsOf(spec.key()));
            labels.add(spec.labelKo());
            companyFacts |= usual.isEmpty() || usual.contains(SectionKind.PSST_GENERAL);
        }
        kinds.remove(SectionKind.OTHER);
        String vis = view.text();
        StringBuilder out = new StringBuilder();
        if (document.sections().isEmpty()) {
            append(out, "", vis, flags);
            return out.toString();
        }
        int firstHeading = document.sections().stream()
                .mapToInt(ParsedDocument.Section::headingStart)
                .min()
                .orElse(0);
        if (companyFacts && firstHeading > 0) {
            append(out, "", vis.substring(0, view.visibleIndex(firstHeading)), flags);
        }
        int coveredUntil = -1;
        for (ParsedDocument.Section section : document.sections()) {
            if (section.headingStart() < coveredUntil) {
                continue;
            }
            String body = vis.substring(view.visibleIndex(section.headingStart()), view.visibleIndex(section.end()));
            String lower = body.toLowerCase(Locale.ROOT);
            boolean relevant = kinds.contains(section.kind())
                    || labels.stream().anyMatch(l -> lower.contains(l.toLowerCase(Locale.ROOT)));
            if (relevant) {
                append(out, section.heading(), body, flags);
                coveredUntil = section.end();
            }
        }
        return out.toString();
    }

    private void append(StringBuilder out, String heading, String body, List<String> flags) {
        String clean = body.replace("<", "‹").replace(">", "›").strip();
        if (clean.isEmpty()) {
            return;
        }
        int room = properties.maxDocumentChars() - out.length();
        if (room <= 0) {
            if (!flags.contains("llm_input_truncated")) {
                flags.add("llm_input_truncated");
            }
            return;
        }
        if (clean.length() > room) {
            clean = clean.substring(0, room);
            flags.add("llm_input_truncated");
        }
        out.append("<section title=\"")
                .append(heading.replace("\"", "'").replace("<", "‹").replace(">", "›"))
                .append("\">\n")
                .append(clean)
                .append("\n</section>\n");
    }

    /** The requested fields as the program defines them: key, labels, the labels forms and plans use, format. */
    static String fieldList(List<FieldSpec> wanted) {
        StringBuilder out = new StringBuilder();
        for (FieldSpec spec : wanted) {
            out.append("- ")
                    .append(spec.key())
                    .append(": ")
                    .append(spec.labelKo())
                    .append(" / ")
                    .append(spec.labelEn());
            List<String> also = new ArrayList<>(spec.labels());
            if (spec.period() != null) {
                also.addAll(spec.period().labels());
            }
            if (!also.isEmpty()) {
                out.append("; also written ").append(String.join(", ", also.subList(0, Math.min(8, also.size()))));
            }
            out.append("; ").append(format(spec.type()));
            if (spec.type().equals("choice")) {
                out.append(": one of ").append(String.join(" | ", spec.options()));
            }
            if (spec.unit() != null) {
                out.append(" (the form's cells are in ").append(spec.unit()).append(')');
            }
            out.append('\n');
        }
        return out.toString().stripTrailing();
    }

    private static String format(String type) {
        return switch (type) {
            case "brn" -> "XXX-XX-XXXXX";
            case "date" -> "ISO date YYYY-MM-DD";
            case "region" ->
                "one of "
                        + String.join(
                                ", ",
                                java.util.Arrays.stream(Region.values())
                                        .map(Enum::name)
                                        .toList());
            case "ksic" -> "KSIC section letter A-U";
            case "integer" -> "integer";
            case "krw" -> "whole KRW integer";
            case "tech_area" -> "one of " + String.join(", ", FieldKeys.TECH_AREAS);
            case "email" -> "e-mail address";
            case "phone" -> "digits and hyphens, e.g. 02-1234-5678";
            case "choice" -> "the chosen option, exactly as listed";
            case "person" -> "a person's name as written";
            default -> "text as written";
        };
    }

    // ---- what comes back -------------------------------------------------------------------------

    /** Null when the value is well-formed and agrees with its quote; otherwise why not. */
    static @Nullable String check(FieldReader.ReadField item, String type) {
        if (blank(item.value()) || blank(item.normalized()) || blank(item.quote())) {
            return "value, normalized and quote are all required";
        }
        String n = item.normalized().strip();
        String quote = item.quote();
        return switch (type) {
            case "krw" ->
                !n.matches("\\d{1,15}")
                        ? "not a whole KRW amount"
                        : KrwAmounts.all(quote).contains(Long.parseLong(n))
                                ? null
                                : "the quote does not state this amount";
            case "integer" ->
                !n.matches("\\d{1,9}")
                        ? "not an integer"
                        : quote.replace(",", "").matches("(?s).*(?<!\\d)" + n + "(?!\\d).*")
                                ? null
                                : "the quote does not state this number";
            case "date" -> {
                try {
                    LocalDate date = LocalDate.parse(n);
                    String digits = quote.replaceAll("\\D", " ");
                    yield digits.contains(String.valueOf(date.getYear())) ? null : "the quote does not state this date";
                } catch (DateTimeParseException e) {
                    yield "not an ISO date";
                }
            }
            case "brn" ->
                !n.matches("\\d{3}-\\d{2}-\\d{5}")
                        ? "not a business registration number"
                        : quote.replaceAll("\\D", "").contains(n.replace("-", ""))
                                ? null
                                : "the quote does not state this number";
            case "region" ->
                java.util.Arrays.stream(Region.values()).anyMatch(r -> r.name().equals(n)) ? null : "not a region";
            case "ksic" -> n.matches("[A-U]") ? null : "not a KSIC section";
            case "tech_area" -> FieldKeys.TECH_AREAS.contains(n) ? null : "not a technology area";
            case "email" ->
                n.matches("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}") && quote.contains(n)
                        ? null
                        : "not an e-mail address in the quote";
            case "phone" -> n.matches("[0-9-]{9,14}") ? null : "not a phone number";
            default -> quote.contains(item.value().strip()) ? null : "the quote does not contain the value";
        };
    }

    private static String normalize(String normalized, String type) {
        return normalized.strip();
    }

    /** Finds quotes in the visible text, ignoring differences in white space. */
    private static final class Quotes {

        private final String collapsed;

        private final int[] toVisible;

        private final List<InjectionDetector.Injection> injections;

        private final VisibleView view;

        Quotes(VisibleView view, List<InjectionDetector.Injection> injections) {
            this.view = view;
            this.injections = injections;
            String vis = view.text();
            StringBuilder out = new StringBuilder(vis.length());
            int[] map = new int[vis.length() + 1];
            boolean space = false;
            for (int i = 0; i < vis.length(); i++) {
                char c = vis.charAt(i);
                if (Character.isWhitespace(c)) {
                    if (!space) {
                        map[out.length()] = i;
                        out.append(' ');
                    }
                    space = true;
                } else {
                    map[out.length()] = i;
                    out.append(c);
                    space = false;
                }
            }
            map[out.length()] = vis.length();
            this.collapsed = out.toString();
            this.toVisible = map;
        }

        /** Visible [start, end) of the quote, or null when it is not there. */
        int @Nullable [] find(String quote) {
            String q = quote.strip().replaceAll("\\s+", " ");
            if (q.isEmpty()) {
                return null;
            }
            int at = collapsed.indexOf(q);
            if (at < 0) {
                return null;
            }
            int endChar = at + q.length() - 1;
            return new int[] {toVisible[at], toVisible[endChar] + 1};
        }

        boolean inInstruction(int[] span) {
            int start = view.original(span[0]);
            int end = view.originalEnd(span[1]);
            return injections.stream().anyMatch(i -> i.start() < end && start < i.end());
        }
    }

    private static int page(ParsedDocument document, int offset) {
        for (ParsedDocument.TextBlock block : document.blocks()) {
            if (block.start() <= offset && offset < block.end()) {
                return block.page();
            }
        }
        return document.sections().stream()
                .filter(s -> s.headingStart() <= offset)
                .mapToInt(ParsedDocument.Section::page)
                .reduce((a, b) -> b)
                .orElse(1);
    }

    private static String shortReason(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}

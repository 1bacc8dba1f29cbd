package io.planscreen.extraction.internal;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.input.PromptTemplate;
import io.planscreen.extraction.ExtractionResult.ExtractedField;
import io.planscreen.extraction.LanguageModels;
import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.extraction.ProgramDefinition.FieldSpec;
import io.planscreen.extraction.VersionedPrompt;
import io.planscreen.parsing.ParsedDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Asks the configured LLM for the fields the offline pass missed or was unsure of, sending only the
 * sections where they are usually stated (visible text, delimited as data) and, as the response format, a
 * JSON schema built from the program's definition of those fields ({@link LlmFieldSchema}). Every value must
 * quote the visible text, outside any suspected instruction, and agree with its quote; otherwise it is
 * rejected. Any failure leaves the offline result in force with the flag {@code llm_unavailable}.
 */
@Component
class LlmExtractor {

    private static final Logger log = LoggerFactory.getLogger(LlmExtractor.class);

    /** v3: the response schema is built from the program's definition (keys, options as enums, units). */
    static final String PROMPT_PATH = "prompts/extraction/v3";

    static final double CONFIDENCE = 0.8;

    private final LlmProperties properties;

    private final LanguageModels models;

    private final @Nullable ChatModel chat;

    private final VersionedPrompt prompt;

    LlmExtractor(LlmProperties properties, LanguageModels models) {
        this.properties = properties;
        this.models = models;
        this.prompt = VersionedPrompt.load(PROMPT_PATH);
        this.chat = models.chatModel().orElse(null);
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
        return chat != null;
    }

    String promptPath() {
        return PROMPT_PATH;
    }

    String promptSha256() {
        return prompt.sha256();
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
        if (chat == null || wanted.isEmpty()) {
            return new Outcome(List.of(), Map.of(), List.of(), 0, null, null);
        }
        VisibleView view = VisibleView.of(document);
        List<String> flags = new ArrayList<>();
        String sections = new LlmSections(properties.maxDocumentChars()).of(document, view, program, wanted, flags);
        String userText = PromptTemplate.from(prompt.user())
                .apply(Map.of("fields", LlmFieldSchema.fieldList(wanted), "document", sections))
                .text();
        int tokens = TokenEstimates.estimate(prompt.system()) + TokenEstimates.estimate(userText);
        LlmAnswer output;
        try {
            ChatResponse response = chat.chat(ChatRequest.builder()
                    .messages(SystemMessage.from(prompt.system()), UserMessage.from(userText))
                    .responseFormat(LlmFieldSchema.responseFormat(wanted))
                    .build());
            output = LlmAnswer.parse(response.aiMessage().text());
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
        List<ExtractedField> accepted = new ArrayList<>();
        Map<String, String> rejected = new LinkedHashMap<>();
        accept(document, view, wanted, output.fields(), new LlmQuotes(view, injections), accepted, rejected);
        if (!rejected.isEmpty()) {
            flags.add("llm_value_rejected");
        }
        return new Outcome(accepted, rejected, flags, tokens, modelName(), null);
    }

    /** Keeps the first usable value per requested field; the others go to {@code rejected} with the reason. */
    private static void accept(
            ParsedDocument document,
            VisibleView view,
            List<FieldSpec> wanted,
            List<LlmAnswer.@Nullable ReadField> items,
            LlmQuotes quotes,
            List<ExtractedField> accepted,
            Map<String, String> rejected) {
        for (LlmAnswer.ReadField item : items) {
            Optional<FieldSpec> spec = item == null || item.key() == null
                    ? Optional.empty()
                    : wanted.stream().filter(f -> f.key().equals(item.key())).findFirst();
            if (spec.isEmpty()) {
                rejected.put(item == null || item.key() == null ? "?" : item.key(), "not a requested field");
                continue;
            }
            String reason = LlmAnswerChecks.problem(item, spec.get());
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
            accepted.add(new ExtractedField(
                    item.key(),
                    item.value().strip(),
                    item.normalized().strip(),
                    page(document, start),
                    view.text().substring(span[0], span[1]),
                    start,
                    view.originalEnd(span[1]),
                    CONFIDENCE,
                    "llm",
                    null));
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
}

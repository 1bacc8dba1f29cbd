package io.planscreen.extraction;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The one chat model configured by {@code planscreen.llm.*}, built in one place for every module that asks
 * an LLM (field extraction, the self-assessment rubric). Temperature 0 and JSON-schema structured output.
 * Empty when no LLM is configured: callers then keep their offline result.
 */
public final class LanguageModels {

    private final @Nullable ChatModel chat;

    private final String name;

    private final int maxDocumentChars;

    /** How the chat model was connected, to build the same one with other time limits; null without an LLM. */
    private final @Nullable Connection connection;

    private record Connection(String provider, String baseUrl, String apiKey, String model) {}

    private LanguageModels(
            @Nullable ChatModel chat, String name, int maxDocumentChars, @Nullable Connection connection) {
        this.chat = chat;
        this.name = name;
        this.maxDocumentChars = maxDocumentChars;
        this.connection = connection;
    }

    /** No LLM: every caller keeps its offline result. */
    public static LanguageModels none() {
        return new LanguageModels(null, "none", 0, null);
    }

    /**
     * The same model with other time limits: a caller a person waits for (the self-assessment report) gives
     * up sooner than the pipeline, which can wait and retry. No LLM stays no LLM.
     */
    public LanguageModels withLimits(Duration timeout, int maxRetries) {
        if (connection == null) {
            return this;
        }
        return connect(
                connection.provider(),
                connection.baseUrl(),
                connection.apiKey(),
                connection.model(),
                timeout,
                maxRetries,
                maxDocumentChars);
    }

    /**
     * @param provider none, openai-compatible (or openai) or ollama; none, a blank base URL or model means no LLM
     * @param maxDocumentChars cap on the plan text a caller sends per request
     */
    public static LanguageModels connect(
            String provider,
            String baseUrl,
            String apiKey,
            String model,
            Duration timeout,
            int maxRetries,
            int maxDocumentChars) {
        if (provider.equals("none") || baseUrl.isBlank() || model.isBlank()) {
            return none();
        }
        ChatModel chat =
                switch (provider) {
                    case "openai-compatible", "openai" ->
                        OpenAiChatModel.builder()
                                .baseUrl(baseUrl)
                                .apiKey(apiKey.isBlank() ? "not-needed" : apiKey)
                                .modelName(model)
                                .temperature(0.0)
                                .timeout(timeout)
                                .maxRetries(maxRetries)
                                .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                                .strictJsonSchema(true)
                                .build();
                    case "ollama" ->
                        OllamaChatModel.builder()
                                .baseUrl(baseUrl)
                                .modelName(model)
                                .temperature(0.0)
                                .timeout(timeout)
                                .maxRetries(maxRetries)
                                .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
                                .build();
                    default ->
                        throw new IllegalStateException(
                                "planscreen.llm.provider must be none, openai-compatible or ollama, not " + provider);
                };
        return new LanguageModels(
                chat, provider + ":" + model, maxDocumentChars, new Connection(provider, baseUrl, apiKey, model));
    }

    public Optional<ChatModel> chatModel() {
        return Optional.ofNullable(chat);
    }

    /** provider:model, as recorded in results and audit entries; "none" when no LLM is configured. */
    public String name() {
        return name;
    }

    public int maxDocumentChars() {
        return maxDocumentChars;
    }
}

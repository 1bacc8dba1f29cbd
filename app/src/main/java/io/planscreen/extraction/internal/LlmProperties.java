package io.planscreen.extraction.internal;

import io.planscreen.extraction.LanguageModels;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The optional LLM ({@code planscreen.llm.*}), used by field extraction and the self-assessment rubric.
 * With provider {@code none} (the default) only the offline extractor and rubric run.
 *
 * @param provider none, openai-compatible (vLLM, Ollama's /v1, commercial APIs) or ollama (native API)
 * @param baseUrl e.g. http://localhost:11434/v1 (openai-compatible) or http://localhost:11434 (ollama)
 * @param apiKey sent as a bearer token (openai-compatible); blank for local servers
 * @param model the model name the server knows
 * @param timeout per request
 * @param maxRetries retries after a failed request (timeouts, 5xx); the offline result stands after the last
 * @param maxDocumentChars cap on the plan text sent per request
 * @param minConfidence offline fields below this confidence are asked again
 */
@ConfigurationProperties("planscreen.llm")
record LlmProperties(
        @DefaultValue("none") String provider,
        @DefaultValue("") String baseUrl,
        @DefaultValue("") String apiKey,
        @DefaultValue("") String model,
        @DefaultValue("60s") Duration timeout,
        @DefaultValue("2") int maxRetries,
        @DefaultValue("12000") int maxDocumentChars,
        @DefaultValue("0.85") double minConfidence) {

    /** The chat model these settings describe; the only place it is built. */
    LanguageModels languageModels() {
        return LanguageModels.connect(provider, baseUrl, apiKey, model, timeout, maxRetries, maxDocumentChars);
    }
}

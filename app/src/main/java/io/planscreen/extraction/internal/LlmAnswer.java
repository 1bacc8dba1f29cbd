package io.planscreen.extraction.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the LLM answers (the shape {@link LlmFieldSchema} asks for): the requested fields the plan states and
 * whether it holds instructions to a model or reviewer. Read leniently about unknown properties (a server may
 * add some) and strictly about types: an answer that does not have this shape is not used.
 */
record LlmAnswer(@Nullable List<ReadField> fields, boolean instructionsFound) {

    /** One field value with its evidence, as the model wrote it (any part may be missing). */
    record ReadField(
            @Nullable String key,
            @Nullable String value,
            @Nullable String normalized,
            @Nullable String quote) {}

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** The answer, or null when the text is not JSON of this shape (a fence around the JSON is tolerated). */
    static @Nullable LlmAnswer parse(@Nullable String text) {
        if (text == null) {
            return null;
        }
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        if (start < 0 || end < start) {
            return null;
        }
        try {
            return JSON.readValue(text.substring(start, end + 1), LlmAnswer.class);
        } catch (JacksonException e) {
            return null;
        }
    }
}

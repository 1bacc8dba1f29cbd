package io.planscreen.ml.training;

import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The trainer's JSON writer (Jackson 3, as the service uses): indented, properties in declaration order so that
 * metrics.json and feature-schema.json read as before.
 */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private Json() {}
}

package io.planscreen.extraction.internal;

import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonAnyOfSchema;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonEnumSchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.langchain4j.model.chat.request.json.JsonStringSchema;
import io.planscreen.extraction.ProgramDefinition.FieldSpec;
import io.planscreen.ml.plan.FieldKeys;
import io.planscreen.ml.plan.Region;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the LLM is asked for, built from the program's definition of the wanted fields: the field list of the
 * prompt (labels, the labels forms use, format, options, unit) and the JSON schema sent as the response
 * format. The schema has one item shape per field: its key as a one-value enum, and for a field with a fixed
 * set of values (a choice's options, regions, KSIC sections, technology areas) {@code normalized} as an enum
 * of them, so a schema-following server cannot answer outside the definition.
 */
final class LlmFieldSchema {

    static final String NAME = "ReadFields";

    private static final List<String> KSIC_SECTIONS = "ABCDEFGHIJKLMNOPQRSTU"
            .chars()
            .mapToObj(c -> String.valueOf((char) c))
            .toList();

    private LlmFieldSchema() {}

    /** The response format: JSON following the schema of the wanted fields. */
    static ResponseFormat responseFormat(List<FieldSpec> wanted) {
        return ResponseFormat.builder()
                .type(ResponseFormatType.JSON)
                .jsonSchema(schema(wanted))
                .build();
    }

    static JsonSchema schema(List<FieldSpec> wanted) {
        List<JsonSchemaElement> shapes = new ArrayList<>();
        for (FieldSpec spec : wanted) {
            shapes.add(item(spec));
        }
        JsonSchemaElement items = shapes.size() == 1
                ? shapes.get(0)
                : JsonAnyOfSchema.builder().anyOf(shapes).build();
        JsonObjectSchema root = JsonObjectSchema.builder()
                .description(
                        "The requested fields the plan states, and whether it contains instructions to a model or reviewer")
                .addProperty(
                        "fields",
                        JsonArraySchema.builder()
                                .description(
                                        "One entry per requested field the plan states; leave out fields it does not state")
                                .items(items)
                                .build())
                .addBooleanProperty(
                        "instructionsFound",
                        "true when the document contains instructions addressed to an AI, a model or a reviewer")
                .required("fields", "instructionsFound")
                .additionalProperties(false)
                .build();
        return JsonSchema.builder().name(NAME).rootElement(root).build();
    }

    private static JsonObjectSchema item(FieldSpec spec) {
        List<String> allowed = allowedValues(spec);
        String format = format(spec.type()) + (spec.unit() == null ? "" : "; the form's cells are in " + spec.unit());
        JsonSchemaElement normalized = allowed.isEmpty()
                ? JsonStringSchema.builder()
                        .description("The value as " + format)
                        .build()
                : JsonEnumSchema.builder()
                        .description("The value as " + format)
                        .enumValues(allowed)
                        .build();
        return JsonObjectSchema.builder()
                .description(spec.labelKo() + " / " + spec.labelEn())
                .addEnumProperty("key", List.of(spec.key()), "The field's key")
                .addStringProperty("value", "The value as written in the plan")
                .addProperty("normalized", normalized)
                .addStringProperty(
                        "quote", "A passage copied character for character from the document that contains the value")
                .required("key", "value", "normalized", "quote")
                .additionalProperties(false)
                .build();
    }

    /** The only values a field's normalized form may take; empty when any text of its format may do. */
    static List<String> allowedValues(FieldSpec spec) {
        return switch (spec.type()) {
            case "choice" -> spec.options();
            case "region" -> Arrays.stream(Region.values()).map(Enum::name).toList();
            case "ksic" -> KSIC_SECTIONS;
            case "tech_area" -> FieldKeys.TECH_AREAS;
            default -> List.of();
        };
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
                                Arrays.stream(Region.values()).map(Enum::name).toList());
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
}

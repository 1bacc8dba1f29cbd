package io.planscreen.system;

import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import java.util.function.Function;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * Ids travel as plain strings in every JSON the service writes ({@code "id": "3f2c…"}, never {@code {"value":
 * …}}), in API answers and in stored events alike. Reading also accepts the older object form, which event
 * publications and records written before this change still hold.
 */
@Configuration(proxyBeanMethods = false)
class IdJson {

    @Bean
    JacksonModule idsAsStrings() {
        SimpleModule module = new SimpleModule("planscreen-ids");
        module.addSerializer(ApplicationId.class, new ToStringSerializer(ApplicationId.class));
        module.addSerializer(CompanyId.class, new ToStringSerializer(CompanyId.class));
        module.addSerializer(ProgramId.class, new ToStringSerializer(ProgramId.class));
        module.addDeserializer(ApplicationId.class, new IdDeserializer<>(ApplicationId.class, ApplicationId::of));
        module.addDeserializer(CompanyId.class, new IdDeserializer<>(CompanyId.class, CompanyId::of));
        module.addDeserializer(ProgramId.class, new IdDeserializer<>(ProgramId.class, ProgramId::new));
        return module;
    }

    static final class IdDeserializer<T> extends StdDeserializer<T> {

        private final Function<String, T> parse;

        IdDeserializer(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.currentToken() == JsonToken.START_OBJECT) {
                JsonNode node = context.readTree(parser);
                JsonNode value = node.get("value");
                if (value == null || !value.isString()) {
                    return context.reportInputMismatch(this, "an id is a string or {\"value\": string}");
                }
                return parse.apply(value.asString());
            }
            return parse.apply(parser.getValueAsString());
        }
    }
}

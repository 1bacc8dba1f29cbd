package io.planscreen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every document.* refusal reaches the applicant in Korean and in English (issue 18). */
class DocumentProblemMessagesTests {

    @Test
    void every_document_problem_has_a_korean_and_an_english_title_and_detail() throws Exception {
        List<String> codes = Arrays.stream(ProblemCode.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == ProblemCode.class)
                .map(DocumentProblemMessagesTests::code)
                .filter(code -> code.startsWith("document."))
                .toList();
        assertThat(codes).contains("document.unprocessable", "document.drm_protected", "document.page_too_large");
        for (String bundle : List.of("messages_ko.properties", "messages_en.properties")) {
            Properties messages = load(bundle);
            for (String code : codes) {
                assertThat(messages.getProperty("problem." + code + ".title"))
                        .as(bundle + " " + code)
                        .isNotBlank();
                assertThat(messages.getProperty("problem." + code + ".detail"))
                        .as(bundle + " " + code)
                        .isNotBlank();
            }
        }
    }

    private static String code(Field field) {
        try {
            return ((ProblemCode) field.get(null)).code();
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (var in = DocumentProblemMessagesTests.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

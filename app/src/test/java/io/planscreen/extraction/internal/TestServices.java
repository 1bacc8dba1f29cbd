package io.planscreen.extraction.internal;

import java.time.Duration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/** The extraction service wired by hand for plain tests (no database: these tests never store). */
final class TestServices {

    private TestServices() {}

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/extraction");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static LlmProperties llm(String baseUrl, Duration timeout, int retries) {
        return new LlmProperties(
                "openai-compatible", baseUrl, "test-key", "scripted-model", timeout, retries, 12000, 0.85);
    }

    static LlmProperties noLlm() {
        return new LlmProperties("none", "", "", "", Duration.ofSeconds(60), 2, 12000, 0.85);
    }

    static RegistryProperties noRegistry() {
        return new RegistryProperties(false, "", "", Duration.ofSeconds(5));
    }

    static ExtractionService service(LlmProperties llm, RegistryProperties registry) {
        JdbcClient unused = JdbcClient.create(new SimpleDriverDataSource());
        return new ExtractionService(
                new ProgramCatalog(unused, event -> {}),
                new LlmExtractor(llm, llm.languageModels()),
                new HttpBusinessRegistry(registry),
                messages(),
                new ExtractionRepository(unused));
    }
}

package io.planscreen.extraction.internal;

import io.planscreen.extraction.LanguageModels;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Publishes the configured chat model once, for extraction and every other module that asks an LLM. */
@Configuration(proxyBeanMethods = false)
class LanguageModelConfiguration {

    @Bean
    LanguageModels languageModels(LlmProperties properties) {
        return properties.languageModels();
    }
}

package io.planscreen.extraction.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The business-status registry connector ({@code planscreen.extraction.registry.*}).
 *
 * @param url endpoint answering the NTS business-status protocol (POST {"b_no": ["1234567890"]})
 * @param serviceKey appended as {@code serviceKey} query parameter when set
 */
@ConfigurationProperties("planscreen.extraction.registry")
record RegistryProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("") String url,
        @DefaultValue("") String serviceKey,
        @DefaultValue("5s") Duration timeout) {}

package io.planscreen.selfassessment.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param perCompany self-assessments one company may run within {@code window}
 * @param window the sliding window of the rate limit
 */
@ConfigurationProperties("planscreen.selfassessment")
record SelfAssessmentProperties(
        @DefaultValue("10") int perCompany,
        @DefaultValue("10m") Duration window) {}

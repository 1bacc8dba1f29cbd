package io.planscreen.selfassessment.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param perCompany self-assessments one company may run within {@code window}
 * @param window the sliding window of the rate limit
 * @param llmTimeout per request to the LLM rubric (when {@code planscreen.llm.*} configures one): the
 *     company waits for the report, so this is shorter than the pipeline's {@code planscreen.llm.timeout}
 * @param llmMaxRetries retries of a failed rubric request; after them the offline rubric stands
 */
@ConfigurationProperties("planscreen.selfassessment")
record SelfAssessmentProperties(
        @DefaultValue("10") int perCompany,
        @DefaultValue("10m") Duration window,
        @DefaultValue("20s") Duration llmTimeout,
        @DefaultValue("0") int llmMaxRetries) {}

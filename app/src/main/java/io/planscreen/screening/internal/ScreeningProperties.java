package io.planscreen.screening.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param workers jobs run at once by this instance
 * @param pollInterval how often an idle worker looks for jobs
 * @param lease how long a claimed job is this instance's; longer than any stage (parse timeout 30 s)
 * @param maxAttempts failures of one stage before the job goes to the dead letter
 * @param initialBackoff first retry delay, doubled per attempt
 * @param enabled false stops this instance from working jobs (it still accepts uploads)
 * @param lane which jobs this instance works; the batch CLI and tests use lanes of their own
 * @param workersWhileReceiving jobs run at once while uploads are arriving (one was accepted within
 *     {@code receivingWindow}), so request threads keep a core: uploads answer fast, the backlog drains after
 * @param receivingWindow how long after an accepted upload the instance counts as receiving
 */
@Validated
@ConfigurationProperties("planscreen.screening")
record ScreeningProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("2") @Min(1) @Max(64) int workers,
        @DefaultValue("200ms") Duration pollInterval,
        @DefaultValue("120s") Duration lease,
        @DefaultValue("5") @Min(1) int maxAttempts,
        @DefaultValue("2s") Duration initialBackoff,
        @DefaultValue(JobRepository.DEFAULT_LANE) String lane,
        @DefaultValue("2") @Min(1) @Max(64) int workersWhileReceiving,
        @DefaultValue("2s") Duration receivingWindow) {}

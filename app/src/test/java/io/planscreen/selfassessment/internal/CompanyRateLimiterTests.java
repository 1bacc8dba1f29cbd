package io.planscreen.selfassessment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.shared.CompanyId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CompanyRateLimiterTests {

    static final class SteppingClock extends Clock {

        Instant now = Instant.parse("2026-11-23T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void limits_each_company_within_the_window_and_frees_up_as_it_slides() {
        SteppingClock clock = new SteppingClock();
        CompanyRateLimiter limiter = new CompanyRateLimiter(3, Duration.ofMinutes(10), clock);
        CompanyId busy = new CompanyId(UUID.randomUUID());
        CompanyId other = new CompanyId(UUID.randomUUID());

        assertThat(limiter.tryAcquire(busy)).isTrue();
        clock.now = clock.now.plusSeconds(60);
        assertThat(limiter.tryAcquire(busy)).isTrue();
        assertThat(limiter.tryAcquire(busy)).isTrue();
        assertThat(limiter.tryAcquire(busy)).isFalse();
        assertThat(limiter.tryAcquire(other))
                .as("another company is not affected")
                .isTrue();

        clock.now = clock.now.plus(Duration.ofMinutes(9)).plusSeconds(1);
        assertThat(limiter.tryAcquire(busy))
                .as("the first request left the window")
                .isTrue();
        assertThat(limiter.tryAcquire(busy)).isFalse();
    }
}

package io.planscreen.selfassessment.internal;

import io.planscreen.shared.CompanyId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sliding-window limit per company, in memory: self-assessment parses whole plans synchronously, so
 * one company must not be able to keep the parsers busy for everyone else.
 */
final class CompanyRateLimiter {

    private final int permits;

    private final Duration window;

    private final Clock clock;

    private final Map<CompanyId, Deque<Instant>> recent = new ConcurrentHashMap<>();

    CompanyRateLimiter(int permits, Duration window, Clock clock) {
        this.permits = permits;
        this.window = window;
        this.clock = clock;
    }

    /** True and counted when the company is under its limit; false (and not counted) otherwise. */
    boolean tryAcquire(CompanyId company) {
        Instant now = clock.instant();
        Deque<Instant> times = recent.computeIfAbsent(company, c -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= permits) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}

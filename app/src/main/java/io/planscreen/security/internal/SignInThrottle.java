package io.planscreen.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per address. After the free attempts each further failure locks the
 * key for a delay that doubles (first delay, 2×, 4×, ... up to the maximum); attempts while locked are refused
 * without checking the password and do not count. A success clears the account's count; an address's count
 * is forgotten a window after its last failure. Kept in memory: each instance counts its own attempts.
 */
@Component
class SignInThrottle {

    private static final int MAX_KEYS = 100_000;

    private final SecurityProperties.SignIn settings;

    private final Clock clock;

    private final Map<String, Failures> accounts = new ConcurrentHashMap<>();

    private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

    SignInThrottle(SecurityProperties properties) {
        this.settings = properties.signIn();
        this.clock = Clock.systemUTC();
    }

    private record Failures(int count, Instant last, Instant lockedUntil) {}

    /** How long this account or address must still wait, if either is locked. */
    Optional<Duration> lockedFor(String username, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (Failures f : new Failures[] {accounts.get(key(username)), addresses.get(address)}) {
            if (f != null && f.lockedUntil().isAfter(now)) {
                Duration left = Duration.between(now, f.lockedUntil());
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        if (accounts.size() + addresses.size() > MAX_KEYS) {
            forgetOld(now);
        }
        accounts.compute(key(username), (k, f) -> next(f, now, settings.freeAttemptsPerAccount()));
        addresses.compute(address, (k, f) -> next(f, now, settings.freeAttemptsPerAddress()));
    }

    void succeeded(String username) {
        accounts.remove(key(username));
    }

    void clear() {
        accounts.clear();
        addresses.clear();
    }

    private Failures next(Failures previous, Instant now, int free) {
        int count =
                previous == null || previous.last().plus(settings.window()).isBefore(now) ? 1 : previous.count() + 1;
        Instant lockedUntil = now;
        if (count >= free) {
            int doublings = Math.min(count - free, 20);
            Duration delay = settings.firstDelay().multipliedBy(1L << doublings);
            lockedUntil = now.plus(delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay);
        }
        return new Failures(count, now, lockedUntil);
    }

    private void forgetOld(Instant now) {
        Instant horizon = now.minus(settings.window());
        accounts.values()
                .removeIf(f -> f.last().isBefore(horizon) && f.lockedUntil().isBefore(now));
        addresses
                .values()
                .removeIf(f -> f.last().isBefore(horizon) && f.lockedUntil().isBefore(now));
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}

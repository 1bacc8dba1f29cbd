package io.planscreen.security.internal;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before the password is checked: too many recent failures for the account or address. */
final class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    SignInThrottledException(Duration retryAfter) {
        super("too many failed sign-ins; retry in " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    /** Whole seconds, at least one, for the Retry-After header. */
    long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}

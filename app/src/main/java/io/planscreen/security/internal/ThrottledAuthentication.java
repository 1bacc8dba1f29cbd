package io.planscreen.security.internal;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The database users' sign-in (form and HTTP Basic alike), behind {@link SignInThrottle}. */
final class ThrottledAuthentication implements AuthenticationManager {

    private final AuthenticationManager passwords;

    private final SignInThrottle throttle;

    ThrottledAuthentication(AuthenticationManager passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName() == null ? "" : attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "unknown";
        var locked = throttle.lockedFor(username, address);
        if (locked.isPresent()) {
            throw new SignInThrottledException(locked.get());
        }
        try {
            Authentication result = passwords.authenticate(attempt);
            throttle.succeeded(username);
            return result;
        } catch (BadCredentialsException | DisabledException wrong) {
            throttle.failed(username, address);
            throw wrong;
        }
    }
}

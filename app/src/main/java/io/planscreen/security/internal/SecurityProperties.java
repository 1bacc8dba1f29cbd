package io.planscreen.security.internal;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code planscreen.security.mode}: {@code basic} (users in the database, HTTP Basic + form login; local
 * and demo) or {@code jwt} (an OAuth2 resource server for real deployments; claims map to role,
 * company and programs).
 */
@Validated
@ConfigurationProperties("planscreen.security")
record SecurityProperties(
        @NotNull @DefaultValue("basic") Mode mode,
        @DefaultValue Jwt jwt,
        @DefaultValue SignIn signIn) {

    enum Mode {
        BASIC,
        JWT
    }

    /**
     * Failed sign-ins (form and HTTP Basic): after the free attempts an account or address is locked for
     * {@code firstDelay}, doubling with each further failure up to {@code maxDelay}; counts are forgotten
     * {@code window} after the last failure.
     */
    record SignIn(
            @DefaultValue("5") int freeAttemptsPerAccount,
            @DefaultValue("20") int freeAttemptsPerAddress,
            @DefaultValue("2s") Duration firstDelay,
            @DefaultValue("15m") Duration maxDelay,
            @DefaultValue("15m") Duration window) {}

    /**
     * Either {@code jwkSetUri} (an identity provider) or {@code hmacSecret} (a shared secret of at least 32
     * bytes, for a gateway that signs tokens). Claim names are configurable because every IdP names them
     * differently.
     */
    record Jwt(
            @Nullable String jwkSetUri,
            @Nullable String hmacSecret,
            @DefaultValue("planscreen_role") String roleClaim,
            @DefaultValue("company_id") String companyClaim,
            @DefaultValue("program_ids") String programsClaim) {}
}

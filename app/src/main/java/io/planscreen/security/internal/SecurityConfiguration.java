package io.planscreen.security.internal;

import io.planscreen.shared.ProblemCode;
import io.planscreen.system.DatabaseOutage;
import io.planscreen.system.ProblemResponses;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * Two chains. The API (and actuator, OpenAPI) is stateless: HTTP Basic or a JWT, problem+json for
 * 401/403, no session and so no CSRF surface. The browser pages use form login with a session and
 * CSRF on. Role checks sit on the controllers ({@code @PreAuthorize}), tenant checks in the modules.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Database users (form and Basic sign-in), behind the per-account and per-address throttle. */
    @Bean
    AuthenticationManager authenticationManager(
            JdbcUserAccounts users, PasswordEncoder passwordEncoder, SignInThrottle throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthentication(new ProviderManager(provider), throttle);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            ProblemResponses problems,
            SecurityProperties properties,
            JwtCurrentUserConverter jwtConverter,
            AuthenticationManager signIn)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, ex) -> {
            if (ex instanceof SignInThrottledException throttled) {
                response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
                problems.write(ProblemCode.TOO_MANY_ATTEMPTS, request, response, throttled.retryAfterSeconds());
                return;
            }
            if (DatabaseOutage.isCauseOf(ex)) {
                // the user lookup failed, not the password: never tell the client its password is wrong
                response.setHeader("Retry-After", "5");
                problems.write(ProblemCode.UNAVAILABLE, request, response);
                return;
            }
            if (properties.mode() == SecurityProperties.Mode.BASIC) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"planscreen\"");
            } else {
                response.setHeader("WWW-Authenticate", "Bearer");
            }
            problems.write(ProblemCode.UNAUTHENTICATED, request, response);
        };
        AccessDeniedHandler forbidden =
                (request, response, ex) -> problems.write(ProblemCode.FORBIDDEN, request, response);

        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll()
                        .requestMatchers("/v3/api-docs/**")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasAnyRole("ADMIN", "AUDITOR")
                        .requestMatchers(HttpMethod.OPTIONS, "/api/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(
                        ex -> ex.authenticationEntryPoint(unauthenticated).accessDeniedHandler(forbidden));
        if (properties.mode() == SecurityProperties.Mode.JWT) {
            http.oauth2ResourceServer(oauth -> oauth.jwt(
                            jwt -> jwt.decoder(jwtDecoder(properties)).jwtAuthenticationConverter(jwtConverter))
                    .authenticationEntryPoint(unauthenticated)
                    .accessDeniedHandler(forbidden));
        } else {
            http.authenticationManager(signIn).httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated));
        }
        return http.build();
    }

    /**
     * Pages. In basic mode: form login against the database with a session, checked against the user's
     * current rights on every request ({@link CurrentAccessFilter}). In JWT mode the identity provider is the
     * only way in: no form login with database passwords, pages take the same bearer token as the API.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pageChain(
            HttpSecurity http,
            JdbcUserAccounts accounts,
            SecurityProperties properties,
            JwtCurrentUserConverter jwtConverter,
            AuthenticationManager signIn)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/error",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/favicon.ico",
                                "/swagger-ui.html",
                                "/swagger-ui/**")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .csrf(Customizer.withDefaults())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
                                + " script-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
                                + " frame-ancestors 'none'")));
        if (properties.mode() == SecurityProperties.Mode.JWT) {
            http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .oauth2ResourceServer(oauth -> oauth.jwt(
                            jwt -> jwt.decoder(jwtDecoder(properties)).jwtAuthenticationConverter(jwtConverter)));
            return http.build();
        }
        http.authenticationManager(signIn)
                .addFilterAfter(new CurrentAccessFilter(accounts), SecurityContextHolderFilter.class)
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureHandler((request, response, ex) -> {
                            if (ex instanceof SignInThrottledException) {
                                response.sendRedirect(request.getContextPath() + "/login?throttled");
                            } else if (DatabaseOutage.isCauseOf(ex)) {
                                response.setHeader("Retry-After", "5");
                                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                            } else {
                                response.sendRedirect(request.getContextPath() + "/login?error");
                            }
                        }))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        return http.build();
    }

    private static JwtDecoder jwtDecoder(SecurityProperties properties) {
        SecurityProperties.Jwt jwt = properties.jwt();
        if (jwt.jwkSetUri() != null && !jwt.jwkSetUri().isBlank()) {
            return requiringExpiry(
                    NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).build());
        }
        String secret = jwt.hmacSecret();
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalStateException("planscreen.security.mode=jwt needs planscreen.security.jwt.jwk-set-uri"
                    + " or a planscreen.security.jwt.hmac-secret of at least 32 bytes");
        }
        SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        return requiringExpiry(NimbusJwtDecoder.withSecretKey(key)
                .macAlgorithm(MacAlgorithm.HS256)
                .build());
    }

    /** The default validators check {@code exp} only when present: a token without one would never expire. */
    private static JwtDecoder requiringExpiry(NimbusJwtDecoder decoder) {
        OAuth2TokenValidator<Jwt> hasExpiry = token -> token.getExpiresAt() != null
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(
                        new OAuth2Error("invalid_token", "the token has no exp claim", null));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault(), hasExpiry));
        return decoder;
    }
}

package io.planscreen.security.internal;

import io.planscreen.shared.ProblemCode;
import io.planscreen.system.ProblemResponses;
import java.nio.charset.StandardCharsets;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

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

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            ProblemResponses problems,
            SecurityProperties properties,
            JwtCurrentUserConverter jwtConverter)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, ex) -> {
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
                .authorizeHttpRequests(
                        auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
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
            http.httpBasic(basic -> basic.authenticationEntryPoint(unauthenticated));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http) throws Exception {
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
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(Customizer.withDefaults())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
                                + " script-src 'self' 'unsafe-inline'; frame-ancestors 'none'")));
        return http.build();
    }

    private static JwtDecoder jwtDecoder(SecurityProperties properties) {
        SecurityProperties.Jwt jwt = properties.jwt();
        if (jwt.jwkSetUri() != null && !jwt.jwkSetUri().isBlank()) {
            return NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).build();
        }
        String secret = jwt.hmacSecret();
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < 32) {
            throw new IllegalStateException("planscreen.security.mode=jwt needs planscreen.security.jwt.jwk-set-uri"
                    + " or a planscreen.security.jwt.hmac-secret of at least 32 bytes");
        }
        SecretKeySpec key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        return NimbusJwtDecoder.withSecretKey(key)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
    }
}

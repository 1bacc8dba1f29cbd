package io.planscreen.evaluation;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;

/**
 * Without a web server Spring Boot does not switch web security on, but the service's security module
 * declares its filter chains anyway; enabling it here lets the service's context start with
 * {@code web(NONE)}. No request ever reaches those chains in the harness.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class NonWebSecurity {}

package io.planscreen.system;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Stops the start-up, before any connection is tried, when the database password is not configured: there is
 * no default outside the demo profile (the probe found the role passwords defaulting to the role names).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseCredentialsCheck {

    @Bean
    static BeanFactoryPostProcessor databaseCredentialsRequired(Environment environment) {
        return beanFactory -> check(environment);
    }

    static void check(Environment environment) {
        if (blank(environment.getProperty("spring.datasource.password"))) {
            throw new IllegalStateException("""
                    No database password: set PLANSCREEN_DB_PASSWORD (the app role's password; the service has no \
                    default outside the demo profile).""");
        }
        if (environment.getProperty("spring.flyway.enabled", Boolean.class, false)
                && blank(environment.getProperty("spring.flyway.password"))) {
            throw new IllegalStateException("""
                    Migrations at start-up need the schema owner's password: set PLANSCREEN_DB_OWNER_PASSWORD, or \
                    migrate in its own step with scripts/migrate and leave PLANSCREEN_MIGRATE_AT_START unset.""");
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}

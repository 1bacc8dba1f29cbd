package io.planscreen.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Registered in META-INF/spring.factories so every Spring test context gets the test database. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> props = new LinkedHashMap<>(TestDatabase.properties());
        // The test run caches many application contexts: a context that is not in use gives its idle
        // connections back within seconds, so their pools together stay far below max_connections.
        props.put("spring.datasource.hikari.minimum-idle", "0");
        props.put("spring.datasource.hikari.idle-timeout", "10000");
        props.put("spring.flyway.enabled", "true"); // tests migrate at start-up, as the owner (TestDatabase)
        // all test contexts sign the audit log with one key generated into ~/.planscreen/audit-keys
        props.put("planscreen.audit.signing.generate-if-missing", "true");
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("planscreen-test-database", props));
    }
}

package io.planscreen.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Where integration tests find PostgreSQL with pgvector: the database named by
 * {@code PLANSCREEN_TEST_DB_URL} (what {@code scripts/test} provisions), else a Testcontainers
 * {@code pgvector/pgvector:pg17} when a Docker engine answers. With neither, tests fail and say how to
 * get one; they never skip.
 */
public final class TestDatabase {

    private static volatile Map<String, String> properties;

    private TestDatabase() {}

    public static synchronized Map<String, String> properties() {
        if (properties == null) {
            properties = resolve();
        }
        return properties;
    }

    private static Map<String, String> resolve() {
        String url = System.getenv("PLANSCREEN_TEST_DB_URL");
        Map<String, String> props = new LinkedHashMap<>();
        if (url != null && !url.isBlank()) {
            String appUser = env("PLANSCREEN_TEST_DB_USER", "planscreen_app");
            props.put("spring.datasource.url", url);
            props.put("spring.datasource.username", appUser);
            props.put("spring.datasource.password", env("PLANSCREEN_TEST_DB_PASSWORD", "planscreen_app"));
            props.put("spring.flyway.user", env("PLANSCREEN_TEST_DB_OWNER_USER", "planscreen_owner"));
            props.put("spring.flyway.password", env("PLANSCREEN_TEST_DB_OWNER_PASSWORD", "planscreen_owner"));
            props.put("spring.flyway.placeholders.app_role", appUser);
            return props;
        }
        if (dockerAnswers()) {
            PostgreSQLContainer container = new PostgreSQLContainer(
                            DockerImageName.parse("pgvector/pgvector:pg17").asCompatibleSubstituteFor("postgres"))
                    .withInitScript("db/create-vector-extension.sql");
            container.start();
            props.put("spring.datasource.url", container.getJdbcUrl());
            props.put("spring.datasource.username", container.getUsername());
            props.put("spring.datasource.password", container.getPassword());
            props.put("spring.flyway.user", container.getUsername());
            props.put("spring.flyway.password", container.getPassword());
            props.put("spring.flyway.placeholders.app_role", container.getUsername());
            return props;
        }
        throw new IllegalStateException("""
                No test database. Integration tests need PostgreSQL with pgvector:
                  - run the tests with scripts/test (it provisions one), or
                  - export PLANSCREEN_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/planscreen_test after
                    scripts/postgres.sh (optionally PLANSCREEN_TEST_DB_USER/_PASSWORD/_OWNER_USER/_OWNER_PASSWORD), or
                  - start a Docker engine so Testcontainers can run pgvector/pgvector:pg17.""");
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError notThere) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

package io.planscreen.system;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Similarity search needs the vector extension: report its version, and DOWN when it is missing. */
@Component("pgvector")
class PgVectorHealthIndicator extends AbstractHealthIndicator {

    private final JdbcClient jdbc;

    PgVectorHealthIndicator(JdbcClient jdbc) {
        super("pgvector health check failed");
        this.jdbc = jdbc;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        var version = jdbc.sql("select extversion from pg_extension where extname = 'vector'")
                .query(String.class)
                .optional();
        String server = jdbc.sql("show server_version").query(String.class).single();
        if (version.isPresent()) {
            builder.up().withDetail("version", version.get()).withDetail("postgresql", server);
        } else {
            builder.down()
                    .withDetail("postgresql", server)
                    .withDetail("fix", "run scripts/postgres.sh (CREATE EXTENSION vector as a superuser)");
        }
    }
}

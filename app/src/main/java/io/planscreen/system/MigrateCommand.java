package io.planscreen.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scripts/migrate}: the schema owner's step, run before the service starts (and again on each upgrade).
 * Only this command holds the owner's password; the service connects as the app role and, outside the demo
 * profile, does not migrate. Locations and settings are read from the service's own application.yml.
 */
@Command(
        name = "migrate",
        mixinStandardHelpOptions = true,
        description = "Applies planscreen's database migrations as the schema owner.")
public final class MigrateCommand implements Callable<Integer> {

    @Option(names = "--url", description = "JDBC URL (default: $PLANSCREEN_DB_URL)")
    String url = env("PLANSCREEN_DB_URL", "");

    @Option(
            names = "--owner-user",
            description = "schema owner (default: $PLANSCREEN_DB_OWNER_USER or planscreen_owner)")
    String owner = env("PLANSCREEN_DB_OWNER_USER", "planscreen_owner");

    @Option(names = "--owner-password", description = "the owner's password (default: $PLANSCREEN_DB_OWNER_PASSWORD)")
    String ownerPassword = env("PLANSCREEN_DB_OWNER_PASSWORD", "");

    @Option(
            names = "--app-role",
            description = "the service's role, granted data rights (default: $PLANSCREEN_DB_USER or planscreen_app)")
    String appRole = env("PLANSCREEN_DB_USER", "planscreen_app");

    public static void main(String[] args) {
        System.exit(new CommandLine(new MigrateCommand()).execute(args));
    }

    @Override
    public Integer call() {
        if (url.isBlank() || ownerPassword.isBlank()) {
            System.err.println(
                    "migrate needs PLANSCREEN_DB_URL and PLANSCREEN_DB_OWNER_PASSWORD (or --url, --owner-password)");
            return 2;
        }
        MigrateResult result = Flyway.configure()
                .dataSource(url, owner, ownerPassword)
                .locations(locations().toArray(String[]::new))
                .outOfOrder(true)
                .placeholders(Map.of("app_role", appRole))
                .load()
                .migrate();
        System.out.printf(
                "migrated %s as %s: %d migrations applied, schema version %s%n",
                url, owner, result.migrationsExecuted, result.targetSchemaVersion);
        return 0;
    }

    /** spring.flyway.locations of the service's application.yml, in its order. */
    static List<String> locations() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties properties = yaml.getObject();
        List<String> locations = new ArrayList<>();
        for (int i = 0; properties != null && properties.containsKey("spring.flyway.locations[" + i + "]"); i++) {
            locations.add(properties.getProperty("spring.flyway.locations[" + i + "]"));
        }
        if (locations.isEmpty()) {
            throw new IllegalStateException("application.yml lists no spring.flyway.locations");
        }
        return locations;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

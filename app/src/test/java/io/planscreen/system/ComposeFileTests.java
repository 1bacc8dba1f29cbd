package io.planscreen.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** No Docker engine runs here, so check that compose.yaml and the Dockerfile agree with the repo and the app. */
class ComposeFileTests {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Path DOCKER = ROOT.resolve("docker");

    @SuppressWarnings("unchecked")
    private final Map<String, Object> compose = load();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> load() {
        try {
            return new Yaml().load(Files.readString(DOCKER.resolve("compose.yaml")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> service(String name) {
        return (Map<String, Object>) ((Map<String, Object>) compose.get("services")).get(name);
    }

    @Test
    @SuppressWarnings("unchecked")
    void database_is_pgvector_with_an_init_script_that_creates_the_extension_and_roles() throws IOException {
        Map<String, Object> db = service("db");
        assertThat(db.get("image")).isEqualTo("pgvector/pgvector:pg17");
        List<String> volumes = (List<String>) db.get("volumes");
        String initMount = volumes.stream()
                .filter(v -> v.contains("docker-entrypoint-initdb.d"))
                .findFirst()
                .orElseThrow();
        Path initDir = DOCKER.resolve(initMount.split(":")[0]).normalize();
        assertThat(initDir).isDirectory();
        String init = Files.readString(initDir.resolve("01-planscreen.sql"));
        Map<String, Object> env = (Map<String, Object>) service("app").get("environment");
        assertThat(init)
                .contains("create extension if not exists vector")
                .contains("role " + env.get("PLANSCREEN_DB_USER"))
                .contains("role " + env.get("PLANSCREEN_DB_OWNER_USER"));
        Map<String, Object> dbEnv = (Map<String, Object>) db.get("environment");
        assertThat((String) env.get("PLANSCREEN_DB_URL")).endsWith("/" + dbEnv.get("POSTGRES_DB"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void app_environment_names_only_settings_the_application_reads() throws IOException {
        String applicationYml = Files.readString(ROOT.resolve("app/src/main/resources/application.yml"));
        Map<String, Object> env = (Map<String, Object>) service("app").get("environment");
        for (String key : env.keySet()) {
            if (key.startsWith("SPRING_")) {
                continue; // Spring's own relaxed binding
            }
            assertThat(applicationYml).as("application.yml reads ${%s}", key).contains("${" + key + ":");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void dockerfile_exists_and_copies_only_what_the_repo_has() throws IOException {
        Map<String, Object> build = (Map<String, Object>) service("app").get("build");
        Path context = DOCKER.resolve((String) build.get("context")).normalize();
        Path dockerfile = context.resolve((String) build.get("dockerfile"));
        assertThat(dockerfile).isRegularFile();
        String text = Files.readString(dockerfile);
        Matcher copy = Pattern.compile("(?m)^COPY (?!--from)(\\S+) ").matcher(text);
        int copies = 0;
        while (copy.find()) {
            assertThat(context.resolve(copy.group(1))).exists();
            copies++;
        }
        assertThat(copies).isGreaterThanOrEqualTo(4);
        assertThat(text).contains("USER planscreen").contains("HEALTHCHECK").contains("DJL_CACHE_DIR");
    }

    @Test
    void ollama_is_optional() {
        assertThat(service("ollama").get("profiles")).isEqualTo(List.of("ollama"));
    }
}

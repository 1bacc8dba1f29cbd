package io.planscreen.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

class DatabaseCredentialsCheckTests {

    @Test
    void without_a_database_password_the_start_up_stops_with_the_variable_to_set() {
        StandardEnvironment environment = environment("spring.datasource.password", "");

        assertThatThrownBy(() -> DatabaseCredentialsCheck.check(environment))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PLANSCREEN_DB_PASSWORD");
    }

    @Test
    void migrating_at_start_up_needs_the_owner_password() {
        StandardEnvironment environment = environment(
                "spring.datasource.password", "secret", "spring.flyway.enabled", "true", "spring.flyway.password", "");

        assertThatThrownBy(() -> DatabaseCredentialsCheck.check(environment))
                .hasMessageContaining("PLANSCREEN_DB_OWNER_PASSWORD")
                .hasMessageContaining("scripts/migrate");
        assertThatCode(() -> DatabaseCredentialsCheck.check(environment("spring.datasource.password", "secret")))
                .doesNotThrowAnyException();
    }

    @Test
    void only_the_local_profile_of_the_demo_and_the_tools_has_default_passwords_and_migrates_at_start_up() {
        Properties main = yaml("application.yml");
        Properties local = yaml("application-local.yml");

        assertThat(main.getProperty("spring.datasource.password")).isEqualTo("${PLANSCREEN_DB_PASSWORD:}");
        assertThat(main.getProperty("spring.flyway.password")).isEqualTo("${PLANSCREEN_DB_OWNER_PASSWORD:}");
        assertThat(main.getProperty("spring.flyway.enabled")).isEqualTo("${PLANSCREEN_MIGRATE_AT_START:false}");
        assertThat(main.getProperty("spring.profiles.group.demo")).isEqualTo("local");
        assertThat(local.getProperty("spring.flyway.enabled")).isEqualTo("true");
        assertThat(yaml("application-demo.yml").getProperty("spring.datasource.password"))
                .isNull();
        assertThat(MigrateCommand.locations())
                .contains("classpath:db/migration/security", "classpath:db/migration/audit");
    }

    private static StandardEnvironment environment(String... pairs) {
        Properties properties = new Properties();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            properties.setProperty(pairs[i], pairs[i + 1]);
        }
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new PropertiesPropertySource("test", properties));
        return environment;
    }

    private static Properties yaml(String name) {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource(name));
        return yaml.getObject();
    }
}

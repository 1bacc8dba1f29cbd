package io.planscreen.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.planscreen.security.UserAccounts;
import io.planscreen.support.DatabaseProxy;
import io.planscreen.support.HttpTestClient;
import io.planscreen.support.HttpTestClient.Response;
import io.planscreen.support.SignedInSession;
import io.planscreen.support.TestDatabase;
import io.planscreen.support.TestUsers;
import io.planscreen.support.TestUsers.TestUser;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;

/**
 * The probe's database outage: the service's connections run through a relay the test cuts. Basic sign-in,
 * API calls and pages answer 503 {@code server.unavailable} within the pool's connection timeout (not 401 after
 * 30 s, not 500), and the service recovers by itself when the database is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseOutageIntegrationTests {

    static final DatabaseProxy DATABASE = relayTo(TestDatabase.properties().get("spring.datasource.url"));

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @TestConfiguration
    static class ThroughTheRelay {

        /** Only the service's pool goes through the relay; Flyway migrates directly before the test starts. */
        @Bean
        static BeanPostProcessor relayedPool() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String name) {
                    if (bean instanceof HikariDataSource pool) {
                        pool.setJdbcUrl(DATABASE.relay(pool.getJdbcUrl()));
                    }
                    return bean;
                }
            };
        }
    }

    @AfterAll
    static void closeRelay() {
        DATABASE.close();
    }

    @Test
    void an_outage_is_a_quick_503_for_api_sign_in_and_pages_and_the_service_recovers_by_itself() {
        HttpTestClient http = new HttpTestClient(port);
        TestUser applicant = new TestUsers(accounts).applicant();
        String basic = HttpTestClient.basic(applicant.username(), TestUsers.PASSWORD);
        SignedInSession browser = new SignedInSession(port).signedInAs(applicant.username(), TestUsers.PASSWORD);
        assertThat(http.get("/api/applications", "Authorization", basic).status())
                .isEqualTo(200);

        DATABASE.stop();
        try {
            long started = System.nanoTime();
            Response api = http.get("/api/applications", "Authorization", basic, "Accept-Language", "en");
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            HttpResponse<String> page = browser.get("/applicant", "Accept", "text/html", "Accept-Language", "ko");
            HttpResponse<String> signIn = new SignedInSession(port).signIn(applicant.username(), TestUsers.PASSWORD);

            assertThat(api.status()).isEqualTo(503);
            assertThat(api.contentType()).startsWith("application/problem+json");
            assertThat(api.json().get("code").asString()).isEqualTo("server.unavailable");
            assertThat(api.json().get("title").asString()).isEqualTo("Temporarily unavailable");
            assertThat(took).isLessThan(Duration.ofSeconds(10));
            System.out.printf("[outage] API answered 503 in %d ms%n", took.toMillis());
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(page.body()).contains("일시적으로 사용할 수 없습니다").doesNotContain("Temporarily");
            assertThat(signIn.statusCode()).isEqualTo(503);
        } finally {
            DATABASE.start();
        }

        // the pool reconnects on its own: no restart, no operator
        long back = System.nanoTime();
        int status = 0;
        while (status != 200
                && System.nanoTime() - back < Duration.ofSeconds(20).toNanos()) {
            status = http.get("/api/applications", "Authorization", basic).status();
            if (status != 200) {
                sleep(250);
            }
        }
        assertThat(status)
                .as("answers again within 20 s of the database coming back")
                .isEqualTo(200);
        System.out.printf(
                "[outage] answering again %d ms after the database came back%n",
                Duration.ofNanos(System.nanoTime() - back).toMillis());
        assertThat(browser.get("/applicant").statusCode()).isEqualTo(200);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static DatabaseProxy relayTo(String jdbcUrl) {
        Matcher hostPort = Pattern.compile("//([^:/]+)(?::(\\d+))?/").matcher(jdbcUrl);
        if (!hostPort.find()) {
            throw new IllegalStateException("cannot read host and port from " + jdbcUrl);
        }
        return new DatabaseProxy(
                hostPort.group(1), hostPort.group(2) == null ? 5432 : Integer.parseInt(hostPort.group(2)));
    }
}

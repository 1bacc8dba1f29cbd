package io.planscreen.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.security.Role;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.AuditableDecision;
import io.planscreen.shared.CompanyId;
import io.planscreen.support.Browser;
import io.planscreen.support.TestUsers;
import io.planscreen.support.TestUsers.TestUser;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The auditor's and the admin's paths in a real headless Chromium, in Korean and English. Skipped (not failed)
 * on a machine without Chromium: {@code scripts/system-packages.sh --with-browser} installs it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
class AuditAdminBrowserIntegrationTests {

    final ChromeDriver browser = Browser.shared();

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(accounts);
    }

    @Test
    void an_auditor_goes_from_home_to_the_log_filters_it_and_downloads_it_in_korean() {
        ApplicationId app = recordedApplication();
        Browser.signIn(browser, base(), users.auditor().username(), TestUsers.PASSWORD, "ko");
        assertThat(browser.getCurrentUrl()).endsWith("/audit/home");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ko");
        assertThat(browser.findElement(By.id("activity")).getText()).startsWith("최근 30일");

        browser.findElement(By.linkText("결정 기록")).click();
        WebElement filters = browser.findElement(By.cssSelector("details.filters-box"));
        assertThat(filters.getAttribute("open")).as("filters folded away").isNull();
        filters.findElement(By.tagName("summary")).click();
        browser.findElement(By.name("application")).sendKeys(app.value().toString());
        new Select(browser.findElement(By.name("step"))).selectByVisibleText("평가위원 결정");
        browser.findElement(By.cssSelector("details.filters-box button[type=submit]"))
                .click();
        // the filtered page replaces this one: read its rows, not the unfiltered page's still on screen
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("application="));

        List<WebElement> rows = browser.findElements(By.cssSelector("#decisions tbody tr[data-step]"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("평가위원 결정", "조사 의뢰", "사유: 문단이 겹침", "KST");
        assertThat(browser.getPageSource()).doesNotContain("review.decision<", "REFER<");

        String csv = download(browser.findElement(By.id("export-csv")).getAttribute("href"));
        assertThat(csv)
                .startsWith("200 id,recorded_at")
                .contains("review.decision")
                .doesNotContain("scoring.broker");
        String json = download(browser.findElement(By.id("export-json")).getAttribute("href"));
        assertThat(json).startsWith("200 [").contains("\"outcome\":\"REFER\"");
    }

    @Test
    void an_auditor_verifies_the_chain_and_reads_the_charts_in_english() {
        recordedApplication();
        Browser.signIn(browser, base(), users.auditor().username(), TestUsers.PASSWORD, "en");
        browser.findElement(By.linkText("Verify chain")).click();
        assertThat(browser.findElement(By.id("verification")).getText()).startsWith("Chain verified");

        browser.findElement(By.linkText("Charts")).click();
        assertThat(browser.findElements(By.cssSelector("#chart-program svg rect.bar")))
                .isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#chart-month svg line.interval")))
                .isNotEmpty();
        assertThat(browser.findElement(By.id("chart-area")).getText()).containsAnyOf("Capital area", "Outside");

        browser.findElement(By.linkText("Model")).click();
        assertThat(browser.findElements(By.cssSelector("#roc svg circle.point")))
                .isNotEmpty();
        // the active version's held-out figures: v9's test split, or v10's final set read once
        assertThat(browser.findElement(By.id("model-metrics")).getText())
                .containsAnyOf("Test (unseen agencies)", "Final (read once, unseen agencies)");
    }

    @Test
    void an_admin_changes_a_users_role_and_programs_in_english_and_reads_the_dead_letter_in_korean() {
        TestUser admin = users.admin();
        TestUser applicant = users.applicant();
        Browser.signIn(browser, base(), admin.username(), TestUsers.PASSWORD, "en");
        assertThat(browser.getCurrentUrl()).endsWith("/admin");
        browser.findElement(By.linkText("Users")).click();
        // the list is paged: the admin finds the user by name
        browser.findElement(By.cssSelector("#users-search input[name=q]")).sendKeys(applicant.username());
        browser.findElement(By.cssSelector("#users-search button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("q="));
        assertThat(browser.findElement(By.id("users-range")).getText()).isEqualTo("1–1 of 1 users");
        WebElement row = browser.findElement(By.cssSelector("tr[data-username='" + applicant.username() + "']"));
        new Select(row.findElement(By.name("role"))).selectByVisibleText("Evaluator");
        row.findElement(By.cssSelector("input[name=programIds][value='smtech-rnd']"))
                .click();
        row.findElement(By.cssSelector("button[type=submit]")).click();
        assertThat(browser.findElement(By.id("saved")).getText()).contains(applicant.username());
        UserAccounts.UserSummary changed = accounts.users().stream()
                .filter(u -> u.username().equals(applicant.username()))
                .findFirst()
                .orElseThrow();
        assertThat(changed.role()).isEqualTo(Role.EVALUATOR);
        assertThat(changed.programs()).extracting(p -> p.value()).containsExactly("smtech-rnd");

        browser.findElement(By.linkText("Model versions")).click();
        WebElement reason = browser.findElement(By.cssSelector("#models form input[name=reason]"));
        assertThat(reason.getAttribute("required"))
                .as("no switch without a reason")
                .isNotNull();

        browser.get(base() + "/admin/dead-letter?lang=ko");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("처리 실패 대기열");
        assertThat(browser.findElement(By.linkText("지원사업")).getAttribute("href"))
                .endsWith("/admin/programs");
    }

    /** An application with a flagged score and an evaluator's referral, recorded as the modules record them. */
    private ApplicationId recordedApplication() {
        CompanyId company = users.company("부산광역시");
        ApplicationId app = new ApplicationId(UUID.randomUUID());
        // intake's row, without a screening job: the charts read company and program from it, no worker picks it up
        jdbc.update(
                "insert into application (id, company_id, program_id, declared_name, document_type, sha256,"
                        + " size_bytes, content, uploaded_by) values (?, ?, 'startup-psst', ?, 'PDF', ?, 1, ?, 'test')",
                app.value(),
                company.value(),
                "browser-" + app.value().toString().substring(0, 8) + ".pdf",
                UUID.randomUUID().toString().replace("-", "") + "0".repeat(32),
                new byte[] {1});
        publish(AuditableDecision.model("broker-detector", "v1")
                .decided(
                        app,
                        "scoring.broker",
                        "22".repeat(32),
                        "{\"band\":\"HIGH\",\"flagged\":true,\"probability\":0.91}",
                        "")
                .withWeights("11".repeat(32)));
        publish(AuditableDecision.human(users.evaluator("startup-psst").username())
                .decided(app, "review.decision", "33".repeat(32), "{\"outcome\":\"REFER\"}", "문단이 겹침"));
        return app;
    }

    private void publish(AuditableDecision decision) {
        transactions.executeWithoutResult(tx -> events.publishEvent(decision));
    }

    /** The link fetched with the page's own session (cookies), as clicking it would: "status body". */
    private String download(String href) {
        Object result = browser.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text().then(t => done(r.status + ' ' + t)))"
                        + ".catch(e => done('failed ' + e));",
                href);
        return String.valueOf(result);
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}

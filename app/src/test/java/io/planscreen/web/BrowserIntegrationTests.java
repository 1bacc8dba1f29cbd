package io.planscreen.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.screening.ApplicationStatus;
import io.planscreen.screening.Screening;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.support.Browser;
import io.planscreen.support.PlanPdfs;
import io.planscreen.support.TestUsers;
import io.planscreen.support.TestUsers.TestUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The pages in a real headless Chromium: sign in, see the application, decide, in Korean and English. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
class BrowserIntegrationTests {

    final ChromeDriver browser = Browser.shared();

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Screening screening;

    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(accounts);
    }

    @Test
    void an_evaluator_signs_in_finds_the_application_in_the_queue_and_clears_it_with_a_reason() {
        CompanyId company = users.company("부산광역시");
        ApplicationId id = screened(company);
        TestUser evaluator = users.evaluator("startup-psst");

        signIn(evaluator, "en");
        assertThat(browser.getCurrentUrl()).endsWith("/review");
        browser.findElement(By.linkText("Startup package (PSST)")).click();
        browser.findElement(By.cssSelector("tr[data-id='" + id.value() + "'] a.open"))
                .click();
        statusBecomes("Screened");

        browser.findElement(By.id("outcome-CLEAR")).click();
        browser.findElement(By.id("decide")).click();
        assertThat(browser.findElement(By.id("status")).getText())
                .as("the browser refuses an empty reason (required)")
                .isEqualTo("Screened");

        browser.findElement(By.id("reason")).sendKeys("Figures match the registry; no reuse.");
        browser.findElement(By.id("decide")).click();

        assertThat(browser.findElement(By.id("saved")).isDisplayed()).isTrue();
        statusBecomes("Decided");
        assertThat(browser.findElement(By.cssSelector("#decisions li[data-state='FINAL']"))
                        .getText())
                .contains("Clear", "Figures match the registry; no reuse.");
        assertThat(screening.view(id).orElseThrow().status()).isEqualTo(ApplicationStatus.DECIDED);
    }

    @Test
    void a_referral_in_the_browser_waits_for_a_second_evaluator_in_korean() {
        ApplicationId id = screened(users.company("서울특별시"));
        TestUser first = users.evaluator("startup-psst");
        TestUser second = users.evaluator("startup-psst");

        signIn(first, "ko");
        browser.get(url("/review/applications/" + id.value()));
        browser.findElement(By.id("outcome-REFER")).click();
        browser.findElement(By.id("reason")).sendKeys("다른 회사 계획서와 문단이 겹침");
        browser.findElement(By.id("decide")).click();
        statusBecomes("검토 중");
        browser.findElement(By.id("confirm-reason")).sendKeys("스스로 확인");
        browser.findElement(By.id("confirm")).click();
        assertThat(browser.findElement(By.id("refused")).getText()).contains("다른 평가위원의 확인 필요");

        browser.manage().deleteAllCookies();
        signIn(second, "ko");
        browser.get(url("/review/applications/" + id.value()));
        browser.findElement(By.id("confirm-reason")).sendKeys("재사용 문단 확인");
        browser.findElement(By.id("confirm")).click();
        statusBecomes("결정 완료");
    }

    @Test
    void an_applicant_sees_only_their_own_applications_and_another_companys_is_not_found() {
        CompanyId mine = users.company("광주광역시");
        ApplicationId own = screened(mine);
        ApplicationId other = screened(users.company("대전광역시"));
        TestUser applicant = users.applicant(mine);

        signIn(applicant, "en");
        assertThat(browser.getCurrentUrl()).endsWith("/applicant");
        assertThat(browser.findElements(By.cssSelector("#applications tr[data-id='" + own.value() + "']")))
                .hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#applications tr[data-id='" + other.value() + "']")))
                .isEmpty();

        browser.get(url("/applicant/applications/" + own.value()));
        statusBecomes("Screened");
        browser.get(url("/applicant/applications/" + other.value()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Application not found");
    }

    @Test
    void an_applicant_uploads_a_plan_sees_it_screened_and_an_evaluator_decides_it_with_the_evidence_page_in_view()
            throws Exception {
        CompanyId company = users.company("부산광역시");
        TestUser applicant = users.applicant(company);
        TestUser evaluator = users.evaluator("startup-psst");
        Path plan = Files.createTempFile("사업계획서-", ".pdf");
        Files.write(plan, PlanPdfs.psst("브라우저 주식회사", "220-81-62517", 2));

        signIn(applicant, "en");
        new Select(browser.findElement(By.id("upload-program"))).selectByValue("startup-psst");
        browser.findElement(By.id("upload-file")).sendKeys(plan.toString());
        browser.findElement(By.id("upload-submit")).click();
        // the click returns before the upload's redirect on a loaded machine: wait for the application page
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("/applicant/applications/"));
        String applicationUrl = browser.getCurrentUrl();
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .pollingEvery(Duration.ofMillis(500))
                .until(d -> {
                    d.navigate().refresh();
                    return d.findElement(By.id("status")).getText().equals("Screened");
                });
        assertThat(browser.findElement(By.id("fields")).getText()).contains("220-81-62517");

        browser.manage().deleteAllCookies();
        signIn(evaluator, "en");
        browser.get(url("/review/programs/startup-psst"));
        String id = applicationUrl.substring(applicationUrl.lastIndexOf('/') + 1);
        browser.findElement(By.cssSelector("tr[data-id='" + id + "'] a.open")).click();
        browser.findElement(By.cssSelector("#fields a.evidence")).click();
        WebElement page = browser.findElement(By.id("page-image"));
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> ((Number) ((JavascriptExecutor) d).executeScript("return arguments[0].naturalWidth", page))
                                .intValue()
                        > 0);
        assertThat(page.getAttribute("src")).contains("highlight=");

        browser.findElement(By.id("outcome-REQUEST_INFO")).click();
        browser.findElement(By.id("reason")).sendKeys("Attach the 4대보험 가입자명부.");
        browser.findElement(By.id("decide")).click();
        // the form posts and the page reloads: re-find the status until the new page shows it
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("status")).getText().equals("Decided"));

        browser.manage().deleteAllCookies();
        signIn(applicant, "en");
        browser.get(applicationUrl);
        statusBecomes("Decided");
    }

    @Test
    void an_applicant_checks_a_plan_and_reads_the_self_assessment_report_in_korean() throws Exception {
        TestUser applicant = users.applicant();
        Path plan = Files.createTempFile("점검-", ".pdf");
        Files.write(plan, PlanPdfs.psst("점검 주식회사", "124-81-00998", 1));

        signIn(applicant, "ko");
        browser.findElement(By.id("check-file")).sendKeys(plan.toString());
        browser.findElement(By.id("check-submit")).click();

        WebElement report = browser.findElement(By.id("self-assessment-report"));
        assertThat(report.findElement(By.tagName("h1")).getText()).isEqualTo("자가 점검 결과");
        assertThat(browser.findElements(By.cssSelector("#rubric tr[data-criterion]")))
                .hasSize(6);
        assertThat(report.getText()).doesNotContain("확률").contains("저장하지 않았습니다");
    }

    private ApplicationId screened(CompanyId company) {
        ApplicationId id = new ApplicationId(UUID.randomUUID());
        jdbc.sql("""
                        insert into screening_job (application_id, company_id, program_id, declared_name, status,
                                                   next_stage, received_at, lane)
                        values (?, ?, 'startup-psst', ?, 'SCREENED', null, now(), 'browser-tests')
                        """)
                .params(
                        id.value(),
                        company.value(),
                        "plan-" + id.value().toString().substring(0, 8) + ".pdf")
                .update();
        return id;
    }

    private void signIn(TestUser user, String language) {
        browser.get(url("/login?lang=" + language));
        browser.findElement(By.id("username")).sendKeys(user.username());
        browser.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.findElement(By.id("login-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until((WebDriver d) -> !d.getCurrentUrl().contains("/login"));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Form posts reload the page: re-find the status until it reads {@code expected} (fails after 20 s). */
    private void statusBecomes(String expected) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("status")).getText().equals(expected));
    }
}

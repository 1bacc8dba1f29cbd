package io.planscreen.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.screening.ApplicationStatus;
import io.planscreen.screening.Screening;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.support.Browser;
import io.planscreen.support.BrowserPages;
import io.planscreen.support.PlanPdfs;
import io.planscreen.support.TestApplications;
import io.planscreen.support.TestUsers;
import io.planscreen.support.TestUsers.TestUser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The applicant's loop (upload → status updating itself → outcome → answer) and the evaluator's (queue →
 * review with the risk explained → decision), in headless Chromium, in English and in Korean.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(Browser.class)
class ApplicantAndEvaluatorBrowserIntegrationTests {

    static final byte[] SCAN = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

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

    BrowserPages pages;

    @BeforeEach
    void setUp() {
        users = new TestUsers(accounts);
        pages = new BrowserPages(browser, port);
    }

    @Test
    void in_english_an_applicant_watches_screening_finish_is_warned_about_another_company_and_answers_a_request()
            throws Exception {
        CompanyId company = users.company("부산광역시");
        String ownNumber = accounts.company(company).orElseThrow().businessRegistrationNumber();
        TestUser applicant = users.applicant(company);
        TestUser evaluator = users.evaluator("startup-psst");
        Path plan = Files.createTempFile("plan-", ".pdf");
        Files.write(plan, PlanPdfs.psst("다른회사 주식회사", "124-81-00998", 1));

        pages.signIn(applicant, "en");
        browser.findElement(By.id("upload-file")).sendKeys(plan.toString());
        browser.findElement(By.id("upload-submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().contains("/applicant/applications/"));
        String applicationUrl = browser.getCurrentUrl();
        // no refresh here: the page's own script follows the status until screening is done
        pages.textBecomes("status", "Screened", Duration.ofSeconds(120));

        WebElement warning = browser.findElement(By.id("company-warning"));
        assertThat(warning.getText()).contains("124-81-00998", ownNumber, "다른회사 주식회사");
        // the budget as written in 만원, typed where the page offers it (a correction, or the missing item)
        By correctBudget = By.id("correct-total_budget_krw");
        WebElement budget = browser.findElements(correctBudget).isEmpty()
                ? browser.findElement(By.id("supply-total_budget_krw"))
                : browser.findElement(correctBudget);
        budget.sendKeys("5,500만원");
        budget.submit();
        pages.textBecomes(
                "corrected",
                "Your correction was saved. The value read from the plan is kept beside it.",
                Duration.ofSeconds(20));
        assertThat(browser.findElement(By.cssSelector("#fields tr[data-key='total_budget_krw'] .value"))
                        .getText())
                .isEqualTo("55,000,000");
        assertThat(browser.findElements(By.cssSelector("#missing li"))).isNotEmpty();
        assertThat(browser.findElement(By.id("missing")).getText()).contains("SME confirmation", "Contact e-mail");

        browser.findElement(By.id("correct-business_registration_number")).sendKeys(ownNumber);
        WebElement earlierPage = browser.findElement(By.id("corrected"));
        browser.findElement(By.id("correct-save-business_registration_number")).click();
        // the saved page replaces this one, which says the same of the first correction: read the new one
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(earlierPage));
        assertThat(pages.text("corrected")).contains("correction was saved");
        assertThat(browser.findElement(By.id("company-warning")).getText())
                .as("the number now matches; the name still differs")
                .doesNotContain("124-81-00998")
                .contains("다른회사 주식회사");

        pages.signIn(evaluator, "en");
        pages.open("/review/programs/startup-psst");
        assertThat(pages.text("risk-legend")).contains("0–100", "decides nothing");
        String id = applicationUrl.substring(applicationUrl.lastIndexOf('/') + 1);
        browser.findElement(By.cssSelector("tr[data-id='" + id + "'] a.open")).click();
        assertThat(pages.text("risk-explained"))
                .contains("only orders the queue", "Broker-likelihood model probability");
        browser.findElement(By.id("outcome-REQUEST_INFO")).click();
        browser.findElement(By.id("reason")).sendKeys("Attach the SME confirmation.");
        browser.findElement(By.id("decide")).click();
        pages.statusBecomes("Decided");

        pages.signIn(applicant, "en");
        browser.get(applicationUrl);
        assertThat(pages.text("outcome-label")).isEqualTo("Request more information");
        assertThat(pages.text("outcome-reason")).isEqualTo("Attach the SME confirmation.");
        Path roster = Files.createTempFile("roster-", ".png");
        Files.write(roster, SCAN);
        browser.findElement(By.id("answer-note")).sendKeys("The SME confirmation is attached.");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("answer-document")))
                .selectByValue("sme_confirmation");
        browser.findElement(By.id("answer-file")).sendKeys(roster.toString());
        browser.findElement(By.id("answer-submit")).click();
        pages.statusBecomes("In review");
        assertThat(pages.text("answered")).contains("answer was sent");
        assertThat(browser.findElements(By.id("answer-form")))
                .as("answered once")
                .isEmpty();
        assertThat(browser.findElement(By.cssSelector("#missing li[data-key='sme_confirmation']"))
                        .getAttribute("data-supplied"))
                .isEqualTo("true");

        pages.signIn(evaluator, "en");
        pages.open("/review/applications/" + id);
        assertThat(pages.text("answers"))
                .contains(
                        "The SME confirmation is attached.",
                        roster.getFileName().toString());
    }

    @Test
    void in_korean_an_evaluator_asks_for_a_document_and_the_applicant_reads_the_reason_and_answers() {
        CompanyId company = users.company("광주광역시");
        TestUser applicant = users.applicant(company);
        TestUser evaluator = users.evaluator("startup-psst");
        ApplicationId id = stored(company);

        pages.signIn(evaluator, "ko");
        pages.open("/review/programs/startup-psst");
        assertThat(pages.text("risk-legend")).contains("위험도 (0–100)", "결정하지 않습니다");
        browser.findElement(By.cssSelector("tr[data-id='" + id.value() + "'] a.open"))
                .click();
        assertThat(pages.text("risk-explained")).contains("순서일 뿐 결정이 아닙니다");
        browser.findElement(By.id("outcome-REQUEST_INFO")).click();
        browser.findElement(By.id("reason")).sendKeys("사업자등록증을 제출해 주세요");
        browser.findElement(By.id("decide")).click();
        pages.statusBecomes("결정 완료");

        pages.signIn(applicant, "ko");
        pages.open("/applicant/applications/" + id.value());
        assertThat(pages.text("status")).isEqualTo("결정 완료");
        assertThat(pages.text("outcome-label")).isEqualTo("보완 요청");
        assertThat(pages.text("outcome-reason")).isEqualTo("사업자등록증을 제출해 주세요");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ko");

        browser.findElement(By.id("answer-note")).sendKeys("사업자등록증은 우편으로 보냈습니다");
        browser.findElement(By.id("answer-submit")).click();
        pages.statusBecomes("검토 중");
        assertThat(pages.text("answered")).contains("답변을 보냈습니다");
        assertThat(screening.view(id).orElseThrow().status()).isEqualTo(ApplicationStatus.IN_REVIEW);

        browser.findElement(By.id("lang-en")).click();
        pages.statusBecomes("In review");
        assertThat(browser.getCurrentUrl())
                .as("the switch keeps the page's parameters")
                .contains("answered", "lang=en");
        assertThat(pages.text("answered")).contains("answer was sent");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.cssSelector("link[rel='icon']")).getAttribute("href"))
                .endsWith("/images/favicon.svg");
    }

    private ApplicationId stored(CompanyId company) {
        return TestApplications.screenedWithOriginal(jdbc, company, "startup-psst", "browser-tests");
    }
}

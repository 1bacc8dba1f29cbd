package io.planscreen.security.internal;

import io.planscreen.security.Role;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo profile's people, so a visitor can sign in as each role at once (credentials in the README). */
@Component
@Profile("demo")
@Order(0)
class DemoUsers implements ApplicationRunner {

    static final String PASSWORD = "demo1234";

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final JdbcUserAccounts accounts;

    DemoUsers(JdbcUserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        CompanyId seoul = accounts.createCompany("주식회사 데모테크", "220-81-62517", "서울특별시");
        CompanyId busan = accounts.createCompany("부산바이오 주식회사", "124-81-00998", "부산광역시");
        Set<ProgramId> programs = Set.of(new ProgramId("startup-psst"), new ProgramId("smtech-rnd"));
        accounts.saveUser("applicant", PASSWORD, Role.APPLICANT, seoul, Set.of(), "김지원 (데모테크)");
        accounts.saveUser("applicant2", PASSWORD, Role.APPLICANT, busan, Set.of(), "박서연 (부산바이오)");
        accounts.saveUser("evaluator", PASSWORD, Role.EVALUATOR, null, programs, "이평가 (평가위원)");
        accounts.saveUser("evaluator2", PASSWORD, Role.EVALUATOR, null, programs, "최검토 (평가위원)");
        accounts.saveUser("auditor", PASSWORD, Role.AUDITOR, null, Set.of(), "정감사 (감사)");
        accounts.saveUser("admin", PASSWORD, Role.ADMIN, null, Set.of(), "관리자");
        accounts.markDemo(Set.of("applicant", "applicant2", "evaluator", "evaluator2", "auditor", "admin"));
        log.info(
                "demo users ready: applicant, applicant2, evaluator, evaluator2, auditor, admin (password {})",
                PASSWORD);
    }
}

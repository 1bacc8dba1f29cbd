package io.planscreen.intake.internal;

import io.planscreen.intake.PlanSubmission;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.PlanScreenException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The demo profile's sample applications: the generated Korean plans shipped in {@code resources/demo/}
 * ({@code scripts/demo-plans} writes them), submitted through the real intake so the queue has screened
 * applications to click through. The first goes to the demo applicant's company, the second to applicant2's,
 * the rest to the companies the manifest names. Re-running is harmless: the same bytes answer with the
 * earlier application.
 */
@Component
@Profile("demo")
@Order(10)
class DemoApplications implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoApplications.class);

    private static final List<String> DEMO_APPLICANT_BRNS = List.of("220-81-62517", "124-81-00998");

    private final PlanSubmission submission;

    private final UserAccounts accounts;

    DemoApplications(PlanSubmission submission, UserAccounts accounts) {
        this.submission = submission;
        this.accounts = accounts;
    }

    /** One manifest line: the shipped file, the name it is submitted under, and the company that sends it. */
    record DemoPlan(String file, String name, String program, String company, String brn, String region) {

        static DemoPlan parse(String line) {
            String[] cells = line.split("\t");
            return new DemoPlan(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        List<DemoPlan> plans = manifest();
        int submitted = 0;
        for (int i = 0; i < plans.size(); i++) {
            DemoPlan plan = plans.get(i);
            CompanyId company = i < DEMO_APPLICANT_BRNS.size()
                    ? accounts.companyByBusinessRegistrationNumber(DEMO_APPLICANT_BRNS.get(i))
                            .orElseGet(() -> companyOf(plan))
                    : companyOf(plan);
            try {
                submission.submitPlan(company, plan.program(), plan.name(), read("demo/" + plan.file()), "demo");
                submitted++;
            } catch (PlanScreenException refused) {
                log.warn(
                        "demo plan {} refused: {}",
                        plan.file(),
                        refused.problem().code());
            }
        }
        log.info("demo applications ready: {} sample plans submitted to the pipeline", submitted);
    }

    private CompanyId companyOf(DemoPlan plan) {
        return accounts.createCompany(plan.company(), plan.brn(), plan.region());
    }

    static List<DemoPlan> manifest() {
        return new String(read("demo/plans.tsv"), StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(DemoPlan::parse)
                .toList();
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("demo resource missing: " + path, e);
        }
    }
}

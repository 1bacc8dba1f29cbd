package io.planscreen.intake.internal;

import io.planscreen.intake.PlanSubmission;
import io.planscreen.ml.corpus.CorpusGenerator;
import io.planscreen.ml.corpus.CorpusPlan;
import io.planscreen.ml.render.PlanRenderers;
import io.planscreen.ml.render.RenderOptions;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.PlanScreenException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's sample applications: Korean plans from the synthetic corpus, rendered to PDF and
 * submitted through the real intake, so the queue has screened applications to click through. Several
 * come from one broker agency (reuse and a high broker likelihood show), the rest are own-voice.
 * Re-running is harmless: the same bytes answer with the earlier application.
 */
@Component
@Profile("demo")
@Order(10)
class DemoApplications implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoApplications.class);

    private static final long SEED = 2026L;

    private final PlanSubmission submission;

    private final UserAccounts accounts;

    DemoApplications(PlanSubmission submission, UserAccounts accounts) {
        this.submission = submission;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<CorpusPlan> plans = pick(new CorpusGenerator().generate(CorpusGenerator.Settings.of(SEED, 160)));
        CompanyId seoul =
                accounts.companyByBusinessRegistrationNumber("220-81-62517").orElse(null);
        CompanyId busan =
                accounts.companyByBusinessRegistrationNumber("124-81-00998").orElse(null);
        int submitted = 0;
        for (int i = 0; i < plans.size(); i++) {
            CorpusPlan plan = plans.get(i);
            CompanyId company = i == 0 && seoul != null
                    ? seoul
                    : i == 1 && busan != null
                            ? busan
                            : accounts.createCompany(
                                    plan.company().nameKo(),
                                    plan.company().brn(),
                                    plan.company().region().officialName());
            byte[] pdf = PlanRenderers.render(plan.plan(), RenderOptions.plain(RenderOptions.Format.PDF));
            try {
                submission.submitPlan(company, plan.program(), "사업계획서-" + plan.id() + ".pdf", pdf, "demo");
                submitted++;
            } catch (PlanScreenException refused) {
                log.warn(
                        "demo plan {} refused: {}", plan.id(), refused.problem().code());
            }
        }
        log.info("demo applications ready: {} sample plans submitted to the pipeline", submitted);
    }

    /** Four plans of one broker agency and four own-voice plans, Korean, both programs. */
    private static List<CorpusPlan> pick(List<CorpusPlan> generated) {
        List<CorpusPlan> korean =
                generated.stream().filter(p -> p.language().equals("ko")).toList();
        String agency = korean.stream()
                .filter(CorpusPlan::broker)
                .filter(p -> p.brokerSections().size() > 2)
                .map(CorpusPlan::agency)
                .findFirst()
                .orElse(null);
        List<CorpusPlan> broker = korean.stream()
                .filter(p -> agency != null && agency.equals(p.agency()))
                .limit(4)
                .toList();
        List<CorpusPlan> own = korean.stream().filter(p -> !p.broker()).limit(4).toList();
        List<CorpusPlan> out = new ArrayList<>();
        for (int i = 0; i < Math.max(broker.size(), own.size()); i++) {
            if (i < broker.size()) {
                out.add(broker.get(i));
            }
            if (i < own.size()) {
                out.add(own.get(i));
            }
        }
        return out;
    }
}

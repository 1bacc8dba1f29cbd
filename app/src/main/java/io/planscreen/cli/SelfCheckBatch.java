package io.planscreen.cli;

import io.planscreen.security.CurrentUser;
import io.planscreen.security.Role;
import io.planscreen.security.UserAccounts;
import io.planscreen.selfassessment.SelfAssessmentReport;
import io.planscreen.selfassessment.SelfAssessments;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProgramId;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;

/** A company's check before applying, for each file: the self-assessment, which keeps nothing. */
final class SelfCheckBatch {

    private final SelfAssessments assessments;

    private final UserAccounts accounts;

    private final PlanCompanies companies;

    private final Locale locale;

    private final ProgramId program;

    SelfCheckBatch(ConfigurableApplicationContext context, PlanCompanies companies, Locale locale, ProgramId program) {
        this.assessments = context.getBean(SelfAssessments.class);
        this.accounts = context.getBean(UserAccounts.class);
        this.companies = companies;
        this.locale = locale;
        this.program = program;
    }

    List<BatchReport.Row> run(List<Path> files, PrintStream err) throws IOException {
        List<BatchReport.Row> rows = new ArrayList<>();
        for (Path file : files) {
            byte[] content = Files.readAllBytes(file);
            long start = System.nanoTime();
            PlanCompanies.PlanCompany company = companies.of(file, content).orElse(null);
            // the company as the applicant; an unknown one is not created: a self-check stores nothing
            CompanyId id = company == null
                    ? new CompanyId(UUID.randomUUID())
                    : accounts.companyByBusinessRegistrationNumber(company.brn())
                            .orElseGet(() -> new CompanyId(UUID.randomUUID()));
            CurrentUser applicant = new CurrentUser("batch-self-check", Role.APPLICANT, id, Set.of());
            String sha256 = HexFormat.of().formatHex(ScreenCommand.sha256(content));
            String name = PlanCompanies.describe(company);
            String source = company == null ? PlanCompanies.UNIDENTIFIED : company.source();
            try {
                SelfAssessmentReport report = assessments.assess(
                        applicant, content, file.getFileName().toString(), program, locale);
                rows.add(new BatchReport.Row(
                        file.getFileName().toString(),
                        sha256,
                        name,
                        source,
                        null,
                        ScreenCommand.CHECKED,
                        null,
                        0,
                        List.of(),
                        report.fields().size(),
                        report.findings().size(),
                        0,
                        report.completeness().missingFields().size(),
                        report.originality().genericPassages().size(),
                        null,
                        Duration.ofNanos(System.nanoTime() - start).toMillis()));
            } catch (PlanScreenException refused) {
                rows.add(BatchReport.Row.withoutOutcome(
                        file.getFileName().toString(),
                        sha256,
                        name,
                        source,
                        ScreenCommand.REFUSED,
                        refused.problem().code()));
            }
            ScreenCommand.progress(err, "checked", rows.size(), files.size());
        }
        return rows;
    }
}

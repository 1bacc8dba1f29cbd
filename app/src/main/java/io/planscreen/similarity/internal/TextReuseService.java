package io.planscreen.similarity.internal;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.reuse.PlanNeighbourhood;
import io.planscreen.ml.reuse.PlanReuse;
import io.planscreen.ml.reuse.TemplateRule;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.AuditableDecision;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import io.planscreen.shared.Sha256;
import io.planscreen.similarity.ReuseReport;
import io.planscreen.similarity.ReuseSummary;
import io.planscreen.similarity.TextReuse;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
@EnableConfigurationProperties(SimilarityProperties.class)
class TextReuseService implements TextReuse {

    static final String REPRESENTATION_VERSION = "minhash64-char3/5+ngram256+plan-minhash128-char5-v2";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ReuseStore store;

    private final ReuseReports reports;

    private final ReuseFinder finder;

    private final ApplicationEventPublisher events;

    TextReuseService(DataSource dataSource, SimilarityProperties properties, ApplicationEventPublisher events) {
        this.store = new ReuseStore(dataSource);
        this.reports = new ReuseReports(dataSource);
        this.finder = new ReuseFinder(
                dataSource,
                new ReuseFinder.Settings(
                        properties.candidatePlans(),
                        properties.efSearch(),
                        new TemplateRule(properties.templateMinCompanies(), properties.templateShare()),
                        properties.passagesShown(),
                        PlanNeighbourhood.POOL));
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public ReuseReport preview(PlanText plan, CompanyId company) {
        return finder.find(finder.prepare(plan, ReuseStore.ANY_PROGRAM), company.value());
    }

    @Override
    @Transactional(readOnly = true)
    public ReuseReport preview(PlanText plan, CompanyId company, ProgramId program) {
        return finder.find(finder.prepare(plan, program.value()), company.value());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReuseReport> report(ApplicationId application) {
        return reports.report(application.value()).map(json -> JSON.readValue(json, ReuseReport.class));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<ApplicationId, CompanyId> companiesOf(Collection<ApplicationId> applications) {
        Map<ApplicationId, CompanyId> out = new HashMap<>();
        reports.companiesOf(applications.stream().map(ApplicationId::value).toList())
                .forEach((application, company) -> out.put(new ApplicationId(application), new CompanyId(company)));
        return out;
    }

    @Override
    public Map<ApplicationId, ReuseSummary> reuseSummaries(Collection<ApplicationId> applications) {
        Map<ApplicationId, ReuseSummary> out = new HashMap<>();
        reports.summaries(applications.stream().map(ApplicationId::value).toList())
                .forEach((id, summary) -> out.put(new ApplicationId(id), summary));
        return out;
    }

    /**
     * Stores the application's paragraphs (replacing an earlier run), finds reuse against other
     * companies' applications, stores the report and records the decision — one transaction.
     */
    @Transactional
    public ReuseReport compute(ApplicationId application, CompanyId company, ProgramId program, PlanText plan) {
        ReuseFinder.Prepared prepared = finder.prepare(plan, program.value());
        ReuseReport report = finder.find(prepared, company.value());
        store.store(
                application.value(),
                company.value(),
                program.value(),
                prepared.vector(),
                prepared.paragraphs(),
                prepared.planSignature());
        String json = JSON.writeValueAsString(report);
        reports.save(application.value(), json);
        events.publishEvent(AuditableDecision.model("text-reuse", REPRESENTATION_VERSION)
                .decided(
                        application,
                        "similarity.reuse",
                        sha256(plan.fullText()),
                        json,
                        "%d of %d paragraphs found in other companies' applications (%d companies, max similarity %.2f); %d template paragraphs ignored; whole plan: max similarity %.2f to another company's application, %d at or above %.2f; among the program's other plans: %.4f at rank 1, %.4f at ranks 2-4, %.4f at 5-20, %.4f at 21-60"
                                .formatted(
                                        report.paragraphsReused(),
                                        report.paragraphsChecked(),
                                        report.otherCompanies(),
                                        report.maxSimilarity(),
                                        report.templateParagraphs(),
                                        report.planSimilarity(),
                                        report.similarPlans(),
                                        PlanReuse.SIMILAR_LEVEL,
                                        report.planNeighbour1(),
                                        report.planNeighbours2to4(),
                                        report.planNeighbours5to20(),
                                        report.planNeighbours21to60())));
        return report;
    }

    static String sha256(String text) {
        return Sha256.hex(text);
    }
}

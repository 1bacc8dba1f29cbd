package io.planscreen.selfassessment.internal;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.extraction.FieldExtraction;
import io.planscreen.intake.DocumentChecks;
import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.plan.SectionKind;
import io.planscreen.parsing.DocumentParsing;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.parsing.PlanTexts;
import io.planscreen.security.CurrentUser;
import io.planscreen.selfassessment.SelfAssessmentReport;
import io.planscreen.selfassessment.SelfAssessmentReport.Completeness;
import io.planscreen.selfassessment.SelfAssessmentReport.Note;
import io.planscreen.selfassessment.SelfAssessmentReport.Originality;
import io.planscreen.selfassessment.SelfAssessmentReport.Passage;
import io.planscreen.selfassessment.SelfAssessmentReport.RubricFeedback;
import io.planscreen.selfassessment.SelfAssessments;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.AuditableDecision;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import io.planscreen.shared.ProgramId;
import io.planscreen.shared.Sha256;
import io.planscreen.similarity.ReuseReport;
import io.planscreen.similarity.TextReuse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the offline half of the pipeline on a plan the company is still writing, asks the LLM for rubric
 * feedback when one is configured, and forgets the plan: the bytes live only for this call; the audit entry
 * keeps the hash, counts and what produced the rubric.
 */
@Service
class SelfAssessmentService implements SelfAssessments {

    /** Paragraphs at least this similar to other companies' plans read as template text... */
    static final double GENERIC_SIMILARITY = 0.5;

    /**
     * ...when that many other companies share them. Fewer would make the self-check an oracle: a plan copied from
     * one company would learn which passages that company wrote (the probe got another company's address back).
     */
    static final int TEMPLATE_COMPANIES = 3;

    private final DocumentParsing parsing;

    private final FieldExtraction extraction;

    private final TextReuse reuse;

    private final DocumentChecks checks;

    private final ApplicationEventPublisher events;

    private final MessageSource messages;

    private final CompanyRateLimiter limiter;

    private final LlmRubric llmRubric;

    private final TransactionTemplate transactions;

    SelfAssessmentService(
            DocumentParsing parsing,
            FieldExtraction extraction,
            TextReuse reuse,
            DocumentChecks checks,
            ApplicationEventPublisher events,
            MessageSource messages,
            SelfAssessmentProperties properties,
            LlmRubric llmRubric,
            TransactionTemplate transactions) {
        this.parsing = parsing;
        this.extraction = extraction;
        this.reuse = reuse;
        this.checks = checks;
        this.events = events;
        this.messages = messages;
        this.limiter = new CompanyRateLimiter(properties.perCompany(), properties.window(), Clock.systemUTC());
        this.llmRubric = llmRubric;
        this.transactions = transactions;
    }

    @Override
    public SelfAssessmentReport assess(
            CurrentUser applicant, byte[] content, String declaredName, ProgramId program, Locale locale) {
        if (!limiter.tryAcquire(applicant.requireCompany())) {
            throw new PlanScreenException(ProblemCode.RATE_LIMITED);
        }
        if (content.length == 0) {
            throw new PlanScreenException(ProblemCode.DOCUMENT_MISSING);
        }
        String template = template(program);
        DocumentType type = checks.inspect(content, declaredName);
        ParsedDocument parsed = parsing.parse(content, type);
        ExtractionResult extracted = extraction.extractOffline(parsed, program);
        PlanText plan = PlanTexts.from(parsed);

        List<SectionKind> expected = SectionKind.of(template);
        Set<String> present =
                plan.sections().stream().map(PlanText.Section::kind).collect(Collectors.toSet());
        Completeness completeness = new Completeness(
                extracted.paperwork().items().stream()
                        .filter(i -> "company".equals(i.source()) && "field".equalsIgnoreCase(i.kind()))
                        .map(i -> locale.getLanguage().equals("en") ? i.labelEn() : i.labelKo())
                        .toList(),
                expected.stream()
                        .filter(k -> present.contains(k.name()))
                        .map(k -> title(k, locale))
                        .toList(),
                expected.stream()
                        .filter(k -> !present.contains(k.name()))
                        .map(k -> title(k, locale))
                        .toList());

        List<RubricRules.Criterion> offline = RubricRules.evaluate(plan, expected);
        LlmRubric.Outcome judged = llmRubric.judge(plan, offline, locale);
        List<RubricFeedback> rubric = new ArrayList<>();
        for (RubricRules.Criterion c : offline) {
            String title = title(c.kind(), locale);
            LlmRubric.Judged llm = judged.accepted().get(c.kind());
            rubric.add(
                    llm == null
                            ? new RubricFeedback(
                                    c.kind().name(),
                                    title,
                                    c.level(),
                                    c.adviceCodes().stream()
                                            .map(code -> messages.getMessage(code, new Object[] {title}, code, locale))
                                            .toList())
                            : new RubricFeedback(c.kind().name(), title, llm.level(), llm.advice()));
        }
        String rubricSource = judged.contributed() ? llmRubric.modelName() : "offline";

        List<Note> notes = new ArrayList<>();
        notes.add(
                judged.contributed()
                        ? note(
                                "llm_rubric",
                                locale,
                                llmRubric.modelName(),
                                llmRubric.prompt().path())
                        : note("offline_rubric", locale));
        switch (judged.status()) {
            case PARTLY_USED -> notes.add(note("llm_output_partly_invalid", locale));
            case INVALID -> notes.add(note("llm_output_invalid", locale));
            case UNAVAILABLE -> notes.add(note("llm_unavailable", locale));
            case USED, NOT_ASKED -> {}
        }
        Originality originality = originality(plan, applicant, locale);

        String sha256 = sha256(content);
        boolean asked = judged.asked();
        AuditableDecision decision = AuditableDecision.human(applicant.username())
                .decided(
                        null,
                        "selfassessment.checked",
                        sha256,
                        auditJson(program, completeness, extracted, rubric, rubricSource, judged, originality),
                        "self-assessment; the plan was not retained")
                .withModel(extracted.extractorVersion() + (asked ? "+" + llmRubric.modelName() : ""), null)
                .withPrompt(
                        asked ? llmRubric.prompt().path() : null,
                        asked ? llmRubric.prompt().sha256() : null);
        // only the audit entry needs the database: no connection is held while the LLM answers
        transactions.executeWithoutResult(tx -> events.publishEvent(decision));
        return new SelfAssessmentReport(
                program,
                type,
                sha256,
                parsed.pages().size(),
                completeness,
                extracted.fields(),
                extracted.findings(),
                extracted.paperwork(),
                rubric,
                rubricSource,
                judged.contributed() ? llmRubric.prompt().path() : null,
                originality,
                notes);
    }

    private Note note(String code, Locale locale, Object... args) {
        return new Note(code, messages.getMessage("selfassessment.note." + code, args, locale));
    }

    private Originality originality(PlanText plan, CurrentUser applicant, Locale locale) {
        String guidance = messages.getMessage("selfassessment.originality.guidance", null, locale);
        ReuseReport report = reuse.preview(plan, applicant.requireCompany());
        // Only the company's own paragraphs, and only those many companies share: the other plans' text, their
        // number and the score stay private.
        Map<Integer, List<ApplicationId>> holders = new HashMap<>();
        for (ReuseReport.ReuseCluster cluster : report.clusters()) {
            holders.put(
                    cluster.span().paragraph(),
                    cluster.members().stream()
                            .filter(m -> m.similarity() >= GENERIC_SIMILARITY)
                            .map(ReuseReport.Member::application)
                            .toList());
        }
        Map<ApplicationId, CompanyId> companies = reuse.companiesOf(
                holders.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
        Map<Integer, Passage> own = new LinkedHashMap<>();
        for (ReuseReport.ReusedPassage passage : report.passages()) {
            long sharedBy = holders.getOrDefault(passage.paragraph(), List.of()).stream()
                    .map(companies::get)
                    .filter(Objects::nonNull)
                    .distinct()
                    .count();
            if (passage.similarity() >= GENERIC_SIMILARITY && sharedBy >= TEMPLATE_COMPANIES) {
                own.putIfAbsent(passage.paragraph(), new Passage(passage.paragraph(), passage.text()));
            }
        }
        return new Originality(guidance, List.copyOf(own.values()));
    }

    static String template(ProgramId program) {
        String code = program.value();
        if (code.contains("smtech") || code.contains("rnd")) {
            return "SMTECH";
        }
        if (code.contains("psst") || code.contains("startup")) {
            return "PSST";
        }
        throw new PlanScreenException(ProblemCode.PROGRAM_NOT_FOUND, code);
    }

    private static String title(SectionKind kind, Locale locale) {
        return locale.getLanguage().equals("en") ? kind.englishTitle() : kind.koreanTitle();
    }

    private static String auditJson(
            ProgramId program,
            Completeness completeness,
            ExtractionResult extracted,
            List<RubricFeedback> rubric,
            String rubricSource,
            LlmRubric.Outcome judged,
            Originality originality) {
        String levels = rubric.stream()
                .map(r -> "\"" + r.criterion() + "\":\"" + r.level() + "\"")
                .collect(Collectors.joining(",", "{", "}"));
        return "{\"program\":\"" + program.value() + "\",\"missingFields\":"
                + completeness.missingFields().size() + ",\"missingSections\":"
                + completeness.missingSections().size() + ",\"findings\":"
                + extracted.findings().size() + ",\"rubric\":" + levels + ",\"rubricSource\":\""
                + rubricSource + "\",\"rubricLlm\":\"" + judged.status().name().toLowerCase(Locale.ROOT)
                + "\",\"rubricLlmDropped\":" + judged.dropped().size() + ",\"rubricLlmCharsSent\":"
                + judged.charsSent() + ",\"genericPassages\":"
                + originality.genericPassages().size() + "}";
    }

    static String sha256(byte[] content) {
        return Sha256.hex(content);
    }
}

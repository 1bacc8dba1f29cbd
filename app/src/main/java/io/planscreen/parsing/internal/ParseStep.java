package io.planscreen.parsing.internal;

import io.planscreen.intake.Applications;
import io.planscreen.intake.StoredDocument;
import io.planscreen.parsing.DocumentParsing;
import io.planscreen.parsing.ParsedDocument;
import io.planscreen.screening.PipelineStage;
import io.planscreen.screening.PipelineStep;
import io.planscreen.screening.StepResult;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.AuditableDecision;
import io.planscreen.shared.PlanScreenException;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pipeline's PARSE stage: reads the stored original, parses it, stores the result (upsert, so a re-run
 * overwrites) and records its audit decision in the same transaction. A document
 * that cannot be parsed is unusable input, told to the company by its document.* code.
 */
@Component
class ParseStep implements PipelineStep {

    private final Applications applications;

    private final DocumentParsing parsing;

    private final ParsedDocumentRepository repository;

    private final TransactionTemplate transactions;

    private final ApplicationEventPublisher events;

    private final JsonMapper json;

    ParseStep(
            Applications applications,
            DocumentParsing parsing,
            ParsedDocumentRepository repository,
            TransactionTemplate transactions,
            ApplicationEventPublisher events,
            JsonMapper json) {
        this.applications = applications;
        this.parsing = parsing;
        this.repository = repository;
        this.transactions = transactions;
        this.events = events;
        this.json = json;
    }

    @Override
    public PipelineStage stage() {
        return PipelineStage.PARSE;
    }

    @Override
    public StepResult run(ApplicationId application) {
        StoredDocument original = applications
                .original(application)
                .orElseThrow(() -> new IllegalStateException("no stored original for " + application));
        ParsedDocument document;
        try {
            document = parsing.parse(original.content(), original.type());
        } catch (PlanScreenException problem) {
            if (!problem.problem().code().startsWith("document.")) {
                throw problem;
            }
            String reason = problem.problem().code() + (problem.getCause() == null ? "" : ": " + problem.getCause());
            transactions.executeWithoutResult(tx -> events.publishEvent(decision(
                    original,
                    "parsing.rejected",
                    "parser:" + original.type().name(),
                    "{\"code\":\"%s\"}".formatted(problem.problem().code()),
                    reason)));
            return StepResult.rejectInput(problem.problem(), reason);
        }
        transactions.executeWithoutResult(tx -> {
            repository.upsert(application, original.sha256(), document);
            events.publishEvent(decision(
                    original, "parsing.parsed", document.parserVersion(), summary(document), explanation(document)));
        });
        return StepResult.done();
    }

    private AuditableDecision decision(
            StoredDocument original, String step, String modelVersion, String output, String explanation) {
        return AuditableDecision.system("parsing")
                .decided(original.application(), step, original.sha256(), output, explanation)
                .withModel(modelVersion, null);
    }

    private static String explanation(ParsedDocument document) {
        ParsedDocument.NotRead notRead = document.notRead();
        if (notRead != null) {
            return "not read (" + notRead.code() + "): no readable text; a human must read the original";
        }
        return document.needsOcr()
                ? "parsed; some pages have no text layer and could not be OCR'd: a human must read them"
                : "parsed";
    }

    /** What the audit keeps of a parse: counts and flags, not the plan's text (canonical key order). */
    private String summary(ParsedDocument document) {
        Map<ParsedDocument.HiddenKind, Long> hidden = new EnumMap<>(ParsedDocument.HiddenKind.class);
        document.hiddenText().forEach(h -> hidden.merge(h.kind(), 1L, Long::sum));
        Map<String, Object> out = new TreeMap<>();
        out.put("hidden", hidden);
        out.put("needsOcr", document.needsOcr());
        out.put("pages", document.pages().size());
        out.put("parserVersion", document.parserVersion());
        out.put("sections", document.sections().size());
        out.put("tables", document.tables().size());
        out.put("textLength", document.text().length());
        out.put("warnings", document.warnings());
        return json.writeValueAsString(out);
    }
}

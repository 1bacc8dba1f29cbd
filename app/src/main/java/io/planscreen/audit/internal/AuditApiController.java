package io.planscreen.audit.internal;

import io.planscreen.security.CurrentUser;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProgramId;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The auditor's read-only API: search and export decisions, human overrides, the fairness report, and
 * reproduction (a POST because it runs models, but it changes nothing and writes nothing).
 */
@RestController
@RequestMapping("/api/audit")
@PreAuthorize("hasRole('AUDITOR')")
class AuditApiController {

    private final Decisions decisions;

    private final Reproduction reproduction;

    private final Overrides overrides;

    private final Fairness fairness;

    private final AuditProperties properties;

    private final JsonMapper json;

    AuditApiController(
            Decisions decisions,
            Reproduction reproduction,
            Overrides overrides,
            Fairness fairness,
            AuditProperties properties,
            JsonMapper json) {
        this.decisions = decisions;
        this.reproduction = reproduction;
        this.overrides = overrides;
        this.fairness = fairness;
        this.properties = properties;
        this.json = json;
    }

    @Operation(summary = "Search the decision log (model and human decisions)")
    @GetMapping("/decisions")
    List<DecisionView> search(
            @RequestParam(required = false) @Nullable UUID application,
            @RequestParam(required = false) @Nullable String modelVersion,
            @RequestParam(required = false) @Nullable String step,
            @RequestParam(required = false) @Nullable String outcome,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "200") int limit,
            CurrentUser user) {
        return decisions.search(criteria(application, modelVersion, step, outcome, from, to, limit)).stream()
                .map(found -> DecisionView.of(found, json))
                .toList();
    }

    /** The same search as a download: {@code format=csv} (default) or {@code json}. */
    @Operation(summary = "Export the decision log as CSV or JSON")
    @GetMapping("/decisions/export")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) @Nullable UUID application,
            @RequestParam(required = false) @Nullable String modelVersion,
            @RequestParam(required = false) @Nullable String step,
            @RequestParam(required = false) @Nullable String outcome,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(defaultValue = "csv") String format,
            CurrentUser user) {
        List<Decisions.Found> found = decisions.search(
                criteria(application, modelVersion, step, outcome, from, to, properties.exportLimit()));
        return DecisionCsv.download(found, format, json);
    }

    @Operation(summary = "Read one record of the decision log")
    @GetMapping("/decisions/{id}")
    DecisionView one(@PathVariable long id, CurrentUser user) {
        return decisions
                .find(id)
                .map(found -> DecisionView.of(found, json))
                .orElseThrow(() -> new PlanScreenException(AuditProblems.RECORD_NOT_FOUND, id));
    }

    @Operation(summary = "Reproduce a recorded model decision and compare it with the record")
    @PostMapping("/decisions/{id}/reproduce")
    Reproduction.ReproductionReport reproduce(@PathVariable long id, CurrentUser user) {
        return reproduction.reproduce(id);
    }

    @Operation(summary = "How often evaluators decided against the model's flag")
    @GetMapping("/overrides")
    Overrides.Report overrides(
            @RequestParam(required = false) @Nullable String program,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            CurrentUser user) {
        DateRange range = DateRange.of(from, to);
        return overrides.report(range.from(), range.to(), program == null ? null : new ProgramId(program));
    }

    @Operation(summary = "Flag and decision rates by group, with their confidence intervals")
    @GetMapping("/fairness")
    Fairness.Report fairness(
            @RequestParam String program,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            CurrentUser user) {
        DateRange range = DateRange.of(from, to);
        return fairness.report(new ProgramId(program), range.from(), range.to());
    }

    /** The page's filters ({@link DecisionFilter}) from the API's typed parameters, at most the export limit. */
    private Decisions.Criteria criteria(
            @Nullable UUID application,
            @Nullable String modelVersion,
            @Nullable String step,
            @Nullable String outcome,
            @Nullable String from,
            @Nullable String to,
            int limit) {
        return new DecisionFilter(
                        application == null ? null : application.toString(), modelVersion, step, outcome, from, to)
                .criteria(Math.max(1, Math.min(limit, properties.exportLimit())), 0);
    }
}

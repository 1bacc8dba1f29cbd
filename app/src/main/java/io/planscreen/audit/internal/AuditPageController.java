package io.planscreen.audit.internal;

import io.planscreen.security.CurrentUser;
import io.planscreen.shared.ProgramId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's pages (read-only): decisions with the chain's state, human overrides, the fairness report. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('AUDITOR')")
class AuditPageController {

    private final Decisions decisions;

    private final Checkpoints checkpoints;

    private final Overrides overrides;

    private final Fairness fairness;

    AuditPageController(Decisions decisions, Checkpoints checkpoints, Overrides overrides, Fairness fairness) {
        this.decisions = decisions;
        this.checkpoints = checkpoints;
        this.overrides = overrides;
        this.fairness = fairness;
    }

    @GetMapping
    String decisions(
            @RequestParam(required = false) @Nullable UUID application,
            @RequestParam(required = false) @Nullable String modelVersion,
            @RequestParam(required = false) @Nullable String step,
            @RequestParam(required = false) @Nullable String outcome,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            CurrentUser user,
            Model model) {
        model.addAttribute(
                "decisions",
                decisions.search(new Decisions.Criteria(
                        application,
                        AuditApiController.blankToNull(modelVersion),
                        AuditApiController.blankToNull(step),
                        AuditApiController.blankToNull(outcome),
                        DateRange.optional(from, false),
                        DateRange.optional(to, true),
                        200)));
        model.addAttribute("verification", checkpoints.verify());
        model.addAttribute("latestCheckpoint", checkpoints.latest().orElse(null));
        return "audit/decisions";
    }

    @GetMapping("/overrides")
    String overrides(
            @RequestParam(required = false) @Nullable String program,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            CurrentUser user,
            Model model) {
        DateRange range = DateRange.of(from, to);
        String code = AuditApiController.blankToNull(program);
        model.addAttribute(
                "report", overrides.report(range.from(), range.to(), code == null ? null : new ProgramId(code)));
        return "audit/overrides";
    }

    @GetMapping("/fairness")
    String fairness(
            @RequestParam(required = false) @Nullable String program,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            CurrentUser user,
            Model model) {
        String code = AuditApiController.blankToNull(program);
        if (code != null) {
            DateRange range = DateRange.of(from, to);
            model.addAttribute("report", fairness.report(new ProgramId(code), range.from(), range.to()));
        }
        return "audit/fairness";
    }
}

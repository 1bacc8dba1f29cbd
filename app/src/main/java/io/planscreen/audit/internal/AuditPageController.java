package io.planscreen.audit.internal;

import io.planscreen.security.CurrentUser;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProgramId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The auditor's pages (read-only): a home page, the decision log with its exports and the chain's
 * verification (on the page session, so the browser's links work), human overrides, the fairness report.
 */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('AUDITOR')")
class AuditPageController {

    static final int PAGE_SIZE = 25;

    /** The steps and outcome words the log's filters offer, in the order people look for them. */
    static final List<String> STEPS = List.of(
            "scoring.broker",
            "review.decision",
            "review.referral-proposed",
            "screening.status",
            "intake.accepted",
            "intake.rejected",
            "parsing.parsed",
            "extraction.fields",
            "extraction.correction",
            "similarity.reuse",
            "selfassessment.checked",
            "admin.model-activated",
            "admin.program-saved",
            "admin.user-access",
            "admin.company-created",
            "registry.model-registered");

    static final List<String> OUTCOMES = List.of("FLAGGED", "NOT_FLAGGED", "CLEAR", "REQUEST_INFO", "REFER");

    private final Decisions decisions;

    private final DecisionRows rows;

    private final Checkpoints checkpoints;

    private final Overrides overrides;

    private final Fairness fairness;

    private final AuditProperties properties;

    private final JsonMapper json;

    AuditPageController(
            Decisions decisions,
            DecisionRows rows,
            Checkpoints checkpoints,
            Overrides overrides,
            Fairness fairness,
            AuditProperties properties,
            JsonMapper json) {
        this.decisions = decisions;
        this.rows = rows;
        this.checkpoints = checkpoints;
        this.overrides = overrides;
        this.fairness = fairness;
        this.properties = properties;
        this.json = json;
    }

    @GetMapping("/home")
    String home(CurrentUser user, Model model, Locale locale) {
        Instant since = Instant.now().minus(30, ChronoUnit.DAYS);
        model.addAttribute("activity", decisions.activity(since));
        model.addAttribute(
                "recent",
                rows.rows(decisions.search(new Decisions.Criteria(null, null, null, null, null, null, 5, 0)), locale));
        model.addAttribute("latestCheckpoint", checkpoints.latest().orElse(null));
        model.addAttribute("rows", rows);
        return "audit/home";
    }

    @GetMapping
    String decisions(
            DecisionFilter filter,
            @RequestParam(defaultValue = "0") int page,
            CurrentUser user,
            Model model,
            Locale locale) {
        int current = Math.max(0, page);
        List<Decisions.Found> found = List.of();
        boolean badRange = false;
        try {
            if (!filter.badApplication()) {
                found = decisions.search(filter.criteria(PAGE_SIZE + 1, current * PAGE_SIZE));
            }
        } catch (PlanScreenException unreadableDate) {
            badRange = true; // said on the page, beside the form, instead of an error page
        }
        model.addAttribute("badRange", badRange);
        model.addAttribute("decisions", rows.rows(found.subList(0, Math.min(PAGE_SIZE, found.size())), locale));
        model.addAttribute("page", current);
        model.addAttribute("hasNext", found.size() > PAGE_SIZE);
        model.addAttribute("badApplication", filter.badApplication());
        model.addAttribute("filtered", filter.any());
        model.addAttribute("steps", STEPS);
        model.addAttribute("outcomes", OUTCOMES);
        model.addAttribute("zone", rows.zone().getId());
        model.addAttribute("latestCheckpoint", checkpoints.latest().orElse(null));
        model.addAttribute("rows", rows);
        return "audit/decisions";
    }

    /** The log's search as a download from the page (the API's export needs API credentials). */
    @GetMapping("/export")
    ResponseEntity<byte[]> export(
            DecisionFilter filter, @RequestParam(defaultValue = "csv") String format, CurrentUser user) {
        return DecisionCsv.download(decisions.search(filter.criteria(properties.exportLimit(), 0)), format, json);
    }

    @GetMapping("/verify")
    String verify(CurrentUser user, Model model) {
        model.addAttribute("verification", checkpoints.verify());
        model.addAttribute("latestCheckpoint", checkpoints.latest().orElse(null));
        model.addAttribute("rows", rows);
        return "audit/verify";
    }

    @GetMapping("/overrides")
    String overrides(
            @RequestParam(required = false) @Nullable String program,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            CurrentUser user,
            Model model) {
        DateRange range = DateRange.of(from, to);
        String code = DecisionFilter.blankToNull(program);
        model.addAttribute(
                "report", overrides.report(range.from(), range.to(), code == null ? null : new ProgramId(code)));
        model.addAttribute("rows", rows);
        return "audit/overrides";
    }

    @GetMapping("/fairness")
    String fairness(
            @RequestParam(required = false) @Nullable String program,
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            CurrentUser user,
            Model model) {
        String code = DecisionFilter.blankToNull(program);
        if (code != null) {
            DateRange range = DateRange.of(from, to);
            model.addAttribute("report", fairness.report(new ProgramId(code), range.from(), range.to()));
        }
        return "audit/fairness";
    }
}

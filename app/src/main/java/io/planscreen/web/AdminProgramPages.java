package io.planscreen.web;

import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.extraction.ProgramUploads;
import io.planscreen.extraction.Programs;
import io.planscreen.security.CurrentUser;
import io.planscreen.shared.AuditableDecision;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.Sha256;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's programs page: the programs in force with their versions, and a new program or version uploaded
 * as YAML, validated exactly as {@code POST /api/admin/programs} does, without a release. A saved version is an
 * audited decision; a refused one shows what is wrong and keeps the text for correcting.
 */
@Controller
@RequestMapping("/admin/programs")
@PreAuthorize("hasRole('ADMIN')")
class AdminProgramPages {

    private final Programs programs;

    private final ProgramUploads uploads;

    private final ApplicationEventPublisher events;

    private final TransactionTemplate transactions;

    AdminProgramPages(
            Programs programs,
            ProgramUploads uploads,
            ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.programs = programs;
        this.uploads = uploads;
        this.events = events;
        this.transactions = transactions;
    }

    @GetMapping
    String programs(CurrentUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("programs", programs.list());
        return "admin/programs";
    }

    @PostMapping
    String upload(@RequestParam String yaml, CurrentUser user, RedirectAttributes redirect) {
        ProgramDefinition saved;
        try {
            // the version and its audit record in one transaction; a refused definition leaves neither
            saved = transactions.execute(tx -> saveAudited(yaml, user));
        } catch (PlanScreenException refused) {
            redirect.addFlashAttribute("error", "admin.programs.invalid");
            redirect.addFlashAttribute(
                    "problems",
                    Arrays.stream(refused.arguments()).map(String::valueOf).collect(Collectors.joining("; ")));
            redirect.addFlashAttribute("yaml", yaml);
            return "redirect:/admin/programs";
        }
        redirect.addFlashAttribute("saved", saved.id() + " v" + saved.version());
        return "redirect:/admin/programs";
    }

    private ProgramDefinition saveAudited(String yaml, CurrentUser user) {
        ProgramDefinition saved = uploads.upload(yaml, "admin", user.username());
        events.publishEvent(AuditableDecision.human(user.username())
                .decided(
                        null,
                        "admin.program-saved",
                        Sha256.hex(yaml),
                        "{\"program\":\"" + saved.id() + "\",\"version\":" + saved.version() + ",\"via\":\"page\"}",
                        "program definition saved")
                .withModel(saved.id() + "@v" + saved.version(), null));
        return saved;
    }
}

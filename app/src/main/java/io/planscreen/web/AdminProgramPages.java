package io.planscreen.web;

import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.extraction.ProgramUploads;
import io.planscreen.extraction.Programs;
import io.planscreen.security.CurrentUser;
import io.planscreen.shared.PlanScreenException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's programs page: the programs in force with their versions, and a new program or version uploaded
 * as YAML, validated and audited exactly as {@code POST /api/admin/programs} does (by the catalog), without a
 * release. A refused one shows what is wrong and keeps the text for correcting.
 */
@Controller
@RequestMapping("/admin/programs")
@PreAuthorize("hasRole('ADMIN')")
class AdminProgramPages {

    private final Programs programs;

    private final ProgramUploads uploads;

    AdminProgramPages(Programs programs, ProgramUploads uploads) {
        this.programs = programs;
        this.uploads = uploads;
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
            saved = uploads.upload(yaml, user.username());
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
}

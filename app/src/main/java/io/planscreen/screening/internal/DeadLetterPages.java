package io.planscreen.screening.internal;

import io.planscreen.security.CurrentUser;
import io.planscreen.shared.PlanScreenException;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The dead-letter queue as a page: what failed, where and why, and a button that sends it back through. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class DeadLetterPages {

    private final DeadLetterController api;

    private final ZoneId zone;

    DeadLetterPages(DeadLetterController api, @Value("${planscreen.audit.zone:Asia/Seoul}") ZoneId zone) {
        this.api = api;
        this.zone = zone;
    }

    @GetMapping("/admin/dead-letter")
    String dead(CurrentUser user, Model model) {
        model.addAttribute("jobs", api.dead());
        model.addAttribute("zone", zone);
        return "admin/dead-letter";
    }

    @PostMapping("/admin/dead-letter/{id}/retry")
    String retry(@PathVariable UUID id, CurrentUser user, RedirectAttributes redirect) {
        try {
            api.retry(id);
            redirect.addFlashAttribute("saved", id.toString());
        } catch (PlanScreenException notDead) {
            redirect.addFlashAttribute("error", "admin.deadLetter.notDead");
        }
        return "redirect:/admin/dead-letter";
    }
}

package io.planscreen.registry.internal;

import io.planscreen.security.CurrentUser;
import io.planscreen.shared.PlanScreenException;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's page of model versions: which is active, its card, and switching with a stated reason (audited). */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ModelPages {

    private final JdbcModelRegistry registry;

    private final ZoneId zone;

    ModelPages(JdbcModelRegistry registry, @Value("${planscreen.audit.zone:Asia/Seoul}") ZoneId zone) {
        this.registry = registry;
        this.zone = zone;
    }

    @GetMapping("/admin/models")
    String models(CurrentUser user, Model model) {
        model.addAttribute("models", registry.all());
        model.addAttribute("zone", zone);
        return "admin/models";
    }

    @PostMapping("/admin/models/{name}/active")
    String activate(
            @PathVariable String name,
            @RequestParam String version,
            @RequestParam String reason,
            CurrentUser user,
            RedirectAttributes redirect) {
        if (reason.isBlank() || reason.length() > 500) {
            redirect.addFlashAttribute("error", "admin.models.reasonRequired");
            return "redirect:/admin/models";
        }
        try {
            registry.activate(name, version, user.username(), reason);
        } catch (PlanScreenException unknown) {
            redirect.addFlashAttribute("error", "admin.models.unknown");
            return "redirect:/admin/models";
        }
        redirect.addFlashAttribute("saved", name + " " + version);
        return "redirect:/admin/models";
    }
}

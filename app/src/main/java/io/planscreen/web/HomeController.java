package io.planscreen.web;

import io.planscreen.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    /** Each role lands where its work is. */
    @GetMapping("/")
    String home(CurrentUser user) {
        return switch (user.role()) {
            case APPLICANT -> "redirect:/applicant";
            case EVALUATOR -> "redirect:/review";
            case AUDITOR -> "redirect:/audit/home";
            case ADMIN -> "redirect:/admin";
        };
    }
}

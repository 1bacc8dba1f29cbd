package io.planscreen.web;

import io.planscreen.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String home(CurrentUser user, Model model) {
        model.addAttribute("user", user);
        return "home";
    }
}

package io.planscreen.web;

import io.planscreen.shared.PlanScreenException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** On pages a problem is a page in the reader's language, not problem+json. */
@ControllerAdvice(assignableTypes = {ApplicantPages.class, ReviewPages.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(PlanScreenException.class)
    String problem(PlanScreenException ex, Model model, Locale locale, HttpServletResponse response) {
        ProblemDetail problem = ProblemDetail.forStatus(ex.problem().status());
        String code = "problem." + ex.problem().code();
        problem.setTitle(messages.getMessage(code + ".title", null, ex.problem().code(), locale));
        problem.setDetail(messages.getMessage(code + ".detail", ex.arguments(), "", locale));
        problem.setProperty("code", ex.problem().code());
        response.setStatus(ex.problem().status().value());
        model.addAttribute("problem", problem);
        return "error";
    }
}

package io.planscreen.web;

import io.planscreen.intake.Attachments;
import io.planscreen.review.Outcomes;
import io.planscreen.review.ReviewOutcome;
import io.planscreen.review.Reviews;
import io.planscreen.security.CurrentUser;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import io.planscreen.shared.ProgramId;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The evaluator's pages: programs, the risk-ordered queue, the application with its evidence, the decision form. */
@Controller
@PreAuthorize("hasRole('EVALUATOR')")
class ReviewPages {

    private final Reviews reviews;

    private final MessageSource messages;

    private final Outcomes outcomes;

    private final Attachments attachments;

    ReviewPages(Reviews reviews, MessageSource messages, Outcomes outcomes, Attachments attachments) {
        this.reviews = reviews;
        this.messages = messages;
        this.outcomes = outcomes;
        this.attachments = attachments;
    }

    @GetMapping("/review")
    String programs(CurrentUser user, Model model) {
        model.addAttribute(
                "programs",
                user.programIds().stream().map(ProgramId::value).sorted().toList());
        return "review/programs";
    }

    @GetMapping("/review/programs/{program}")
    String queue(
            @PathVariable String program,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "false") boolean flagged,
            @RequestParam(defaultValue = "false") boolean hiddenText,
            @RequestParam(required = false) @Nullable String assignee,
            CurrentUser user,
            Model model) {
        String wanted = status == null || status.isBlank() ? null : status;
        String who = assignee == null || assignee.isBlank() ? null : assignee;
        model.addAttribute("program", program);
        model.addAttribute(
                "items",
                reviews.queue(user, new ProgramId(program), new Reviews.QueueFilter(wanted, flagged, hiddenText, who)));
        model.addAttribute("status", wanted);
        model.addAttribute("flagged", flagged);
        model.addAttribute("hiddenText", hiddenText);
        model.addAttribute("assignee", who);
        return "review/queue";
    }

    @GetMapping("/review/applications/{id}")
    String application(@PathVariable UUID id, CurrentUser user, Model model) {
        model.addAttribute("view", reviews.view(user, new ApplicationId(id)));
        model.addAttribute("answers", outcomes.answers(user, new ApplicationId(id)));
        model.addAttribute("attachments", attachments.of(new ApplicationId(id)));
        model.addAttribute("me", user.username());
        model.addAttribute("outcomes", ReviewOutcome.values());
        return "review/application";
    }

    @GetMapping(value = "/review/applications/{id}/pages/{page}.png")
    ResponseEntity<byte[]> page(
            @PathVariable UUID id,
            @PathVariable int page,
            @RequestParam(required = false) @Nullable String highlight,
            CurrentUser user) {
        Reviews.Range range = null;
        if (highlight != null && highlight.matches("\\d+-\\d+")) {
            String[] parts = highlight.split("-");
            range = new Reviews.Range(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .body(reviews.pageImage(user, new ApplicationId(id), page, range));
    }

    /** A document the company attached, served as what its content is (checked at upload), never inline as HTML. */
    @GetMapping("/review/applications/{id}/attachments/{attachment}")
    ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable long attachment, CurrentUser user) {
        ApplicationId application = new ApplicationId(id);
        reviews.view(user, application);
        Attachments.Attachment file = attachments.of(application).stream()
                .filter(a -> a.id() == attachment)
                .findFirst()
                .orElseThrow(() -> new PlanScreenException(ProblemCode.NOT_FOUND));
        byte[] content = attachments
                .content(application, attachment)
                .orElseThrow(() -> new PlanScreenException(ProblemCode.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(file.declaredName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }

    @PostMapping("/review/applications/{id}/decision")
    String decide(
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable String outcome,
            @RequestParam(defaultValue = "") String reason,
            CurrentUser user,
            Locale locale,
            RedirectAttributes flash) {
        return act(id, flash, locale, () -> {
            if (outcome == null || outcome.isBlank()) {
                throw new PlanScreenException(ProblemCode.BAD_REQUEST);
            }
            reviews.decide(user, new ApplicationId(id), ReviewOutcome.valueOf(outcome), reason);
        });
    }

    @PostMapping("/review/applications/{id}/confirmation")
    String confirm(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String reason,
            CurrentUser user,
            Locale locale,
            RedirectAttributes flash) {
        return act(id, flash, locale, () -> reviews.confirmReferral(user, new ApplicationId(id), reason));
    }

    @PostMapping("/review/applications/{id}/assignment")
    String assign(
            @PathVariable UUID id,
            @RequestParam String evaluator,
            CurrentUser user,
            Locale locale,
            RedirectAttributes flash) {
        return act(id, flash, locale, () -> reviews.assign(user, new ApplicationId(id), evaluator.strip()));
    }

    /** Runs a form action; a refused one comes back to the page with the reason, in the reader's language. */
    private String act(UUID id, RedirectAttributes flash, Locale locale, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("saved", true);
        } catch (PlanScreenException refused) {
            if (refused.problem().status().value() == 404) {
                throw refused; // another program's application: a plain "not found" page, nothing more
            }
            String code = "problem." + refused.problem().code();
            flash.addFlashAttribute(
                    "refused",
                    messages.getMessage(code + ".title", null, refused.problem().code(), locale) + ": "
                            + messages.getMessage(code + ".detail", refused.arguments(), "", locale));
        }
        return "redirect:/review/applications/" + id;
    }
}

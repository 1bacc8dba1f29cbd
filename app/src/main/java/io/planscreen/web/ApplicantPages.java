package io.planscreen.web;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.extraction.FieldCorrection;
import io.planscreen.extraction.FieldExtraction;
import io.planscreen.intake.ApplicationFacts;
import io.planscreen.intake.Attachments;
import io.planscreen.intake.PlanSubmission;
import io.planscreen.review.Outcomes;
import io.planscreen.screening.ApplicationStatus;
import io.planscreen.screening.ApplicationView;
import io.planscreen.screening.Screening;
import io.planscreen.security.CurrentUser;
import io.planscreen.security.UserAccounts;
import io.planscreen.selfassessment.SelfAssessmentReport;
import io.planscreen.selfassessment.SelfAssessments;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import io.planscreen.shared.ProgramId;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/** The company's pages: its applications and their status, and the self-assessment. */
@Controller
@PreAuthorize("hasRole('APPLICANT')")
class ApplicantPages {

    static final List<String> PROGRAMS = List.of("startup-psst", "smtech-rnd");

    private final Screening screening;

    private final SelfAssessments selfAssessments;

    private final FieldExtraction extraction;

    private final FieldCorrection corrections;

    private final PlanSubmission applications;

    private final Outcomes outcomes;

    private final Attachments attachments;

    private final UserAccounts accounts;

    private final MessageSource messages;

    ApplicantPages(
            Screening screening,
            SelfAssessments selfAssessments,
            FieldExtraction extraction,
            FieldCorrection corrections,
            PlanSubmission applications,
            Outcomes outcomes,
            Attachments attachments,
            UserAccounts accounts,
            MessageSource messages) {
        this.screening = screening;
        this.applications = applications;
        this.selfAssessments = selfAssessments;
        this.extraction = extraction;
        this.corrections = corrections;
        this.outcomes = outcomes;
        this.attachments = attachments;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/applicant")
    String home(CurrentUser user, Model model) {
        List<ApplicationView> mine = screening.ofCompany(user.requireCompany());
        Map<String, Outcomes.ApplicantOutcome> decided = new HashMap<>();
        mine.stream()
                .filter(a -> a.status() == ApplicationStatus.DECIDED || a.status() == ApplicationStatus.IN_REVIEW)
                .forEach(a -> outcomes.outcome(user, a.id()).ifPresent(o -> decided.put(a.id().toString(), o)));
        model.addAttribute("applications", mine);
        model.addAttribute("outcomes", decided);
        model.addAttribute("programs", PROGRAMS);
        return "applicant/home";
    }

    @GetMapping("/applicant/applications/{id}")
    String application(@PathVariable UUID id, CurrentUser user, Locale locale, Model model) {
        ApplicationView view = own(id, user);
        @Nullable
        ExtractionResult extracted = extraction.extracted(view.id(), locale).orElse(null);
        List<Attachments.Attachment> attached = attachments.of(view.id());
        model.addAttribute("app", view);
        model.addAttribute("extraction", extracted);
        model.addAttribute("outcome", outcomes.outcome(user, view.id()).orElse(null));
        model.addAttribute("attachments", attached);
        if (extracted != null) {
            model.addAttribute(
                    "fields",
                    extracted.fields().stream()
                            .map(f -> new FieldRow(f, AmountFormat.display(f, locale)))
                            .toList());
            model.addAttribute("missing", MissingItem.of(extracted, attached, locale));
            accounts.company(user.requireCompany())
                    .map(company -> CompanyCheck.of(company, extracted))
                    .filter(CompanyCheck::mismatch)
                    .ifPresent(check -> model.addAttribute("companyCheck", check));
        }
        return "applicant/application";
    }

    /** What the page's script polls while screening runs; the page reloads when the status moves. */
    @GetMapping(value = "/applicant/applications/{id}/status", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> status(@PathVariable UUID id, CurrentUser user, Locale locale) {
        ApplicationView view = own(id, user);
        return Map.of(
                "status",
                view.status().name(),
                "label",
                messages.getMessage(
                        "status." + view.status(), null, view.status().name(), locale),
                "final",
                view.status().isFinal());
    }

    @PostMapping("/applicant/applications/{id}/fields")
    String correct(
            @PathVariable UUID id,
            @RequestParam("key") String key,
            @RequestParam("value") String value,
            CurrentUser user) {
        ApplicationView view = own(id, user);
        corrections.correct(user, view.id(), key, value);
        return "redirect:/applicant/applications/" + id + "?corrected=" + key + "#fields";
    }

    @PostMapping("/applicant/applications/{id}/answer")
    String answer(
            @PathVariable UUID id,
            @RequestParam(name = "note", defaultValue = "") String note,
            @RequestParam(name = "documentKey", defaultValue = "other") String documentKey,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            CurrentUser user)
            throws IOException {
        ApplicationView view = own(id, user);
        Outcomes.@Nullable Upload upload = file == null || file.isEmpty()
                ? null
                : new Outcomes.Upload(
                        documentKey,
                        file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                        file.getBytes());
        outcomes.answer(user, view.id(), note, upload);
        return "redirect:/applicant/applications/" + id + "?answered";
    }

    private ApplicationView own(UUID id, CurrentUser user) {
        return screening
                .view(new ApplicationId(id))
                .filter(v -> user.mayRead(v.company(), v.program()))
                .orElseThrow(() -> new PlanScreenException(ProblemCode.APPLICATION_NOT_FOUND));
    }

    /** A field as the page shows it: the value in a reader's form beside the plan's own words. */
    record FieldRow(ExtractionResult.ExtractedField field, String display) {}

    @PostMapping("/applicant/applications")
    String submit(
            @RequestParam("file") MultipartFile file, @RequestParam("programId") String programId, CurrentUser user)
            throws IOException {
        if (file.isEmpty()) {
            throw new PlanScreenException(ProblemCode.DOCUMENT_MISSING);
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        ApplicationFacts facts =
                applications.submitPlan(user.requireCompany(), programId, name, file.getBytes(), user.username());
        return "redirect:/applicant/applications/" + facts.id().value();
    }

    @PostMapping("/applicant/self-assessment")
    String selfAssess(
            @RequestParam("file") MultipartFile file,
            @RequestParam("programId") String programId,
            CurrentUser user,
            Locale locale,
            Model model)
            throws IOException {
        if (file.isEmpty()) {
            throw new PlanScreenException(ProblemCode.DOCUMENT_MISSING);
        }
        SelfAssessmentReport report = selfAssessments.assess(
                user,
                file.getBytes(),
                file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                new ProgramId(programId),
                locale);
        model.addAttribute("report", report);
        model.addAttribute("fileName", file.getOriginalFilename());
        return "applicant/self-assessment";
    }
}

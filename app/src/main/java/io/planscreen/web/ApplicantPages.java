package io.planscreen.web;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.extraction.FieldExtraction;
import io.planscreen.intake.ApplicationFacts;
import io.planscreen.intake.PlanSubmission;
import io.planscreen.screening.ApplicationView;
import io.planscreen.screening.Screening;
import io.planscreen.security.CurrentUser;
import io.planscreen.selfassessment.SelfAssessmentReport;
import io.planscreen.selfassessment.SelfAssessments;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import io.planscreen.shared.ProgramId;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The company's pages: its applications and their status, and the self-assessment. */
@Controller
@PreAuthorize("hasRole('APPLICANT')")
class ApplicantPages {

    static final List<String> PROGRAMS = List.of("startup-psst", "smtech-rnd");

    private final Screening screening;

    private final SelfAssessments selfAssessments;

    private final ObjectProvider<FieldExtraction> extraction;

    private final PlanSubmission applications;

    ApplicantPages(
            Screening screening,
            SelfAssessments selfAssessments,
            ObjectProvider<FieldExtraction> extraction,
            PlanSubmission applications) {
        this.screening = screening;
        this.applications = applications;
        this.selfAssessments = selfAssessments;
        this.extraction = extraction;
    }

    @GetMapping("/applicant")
    String home(CurrentUser user, Model model) {
        model.addAttribute("applications", screening.ofCompany(user.requireCompany()));
        model.addAttribute("programs", PROGRAMS);
        return "applicant/home";
    }

    @GetMapping("/applicant/applications/{id}")
    String application(@PathVariable UUID id, CurrentUser user, Model model) {
        ApplicationView view = screening
                .view(new ApplicationId(id))
                .filter(v -> user.mayRead(v.company(), v.program()))
                .orElseThrow(() -> new PlanScreenException(ProblemCode.APPLICATION_NOT_FOUND));
        @Nullable
        ExtractionResult extracted = extraction.stream()
                .findFirst()
                .flatMap(e -> e.extracted(view.id()))
                .orElse(null);
        model.addAttribute("app", view);
        model.addAttribute("extraction", extracted);
        return "applicant/application";
    }

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

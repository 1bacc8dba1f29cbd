package io.planscreen.selfassessment.internal;

import io.planscreen.security.CurrentUser;
import io.planscreen.selfassessment.SelfAssessmentReport;
import io.planscreen.selfassessment.SelfAssessments;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import io.planscreen.shared.ProgramId;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class SelfAssessmentController {

    private final SelfAssessments assessments;

    SelfAssessmentController(SelfAssessments assessments) {
        this.assessments = assessments;
    }

    @Operation(summary = "Check a plan before applying: completeness, rubric feedback, findings (nothing is kept)")
    @PostMapping(value = "/api/self-assessments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('APPLICANT')")
    SelfAssessmentReport assess(
            @RequestPart(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "programId", required = false) @Nullable String programId,
            CurrentUser user,
            Locale locale) {
        if (file == null || file.isEmpty()) {
            throw new PlanScreenException(ProblemCode.DOCUMENT_MISSING);
        }
        if (programId == null || programId.isBlank()) {
            throw new PlanScreenException(ProblemCode.PROGRAM_ID_INVALID, "");
        }
        try {
            return assessments.assess(
                    user,
                    file.getBytes(),
                    file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                    new ProgramId(programId.strip()),
                    locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

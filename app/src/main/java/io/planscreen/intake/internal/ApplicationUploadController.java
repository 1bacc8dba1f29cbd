package io.planscreen.intake.internal;

import io.planscreen.intake.ApplicationFacts;
import io.planscreen.security.CurrentUser;
import io.planscreen.shared.PlanScreenException;
import io.planscreen.shared.ProblemCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Companies submit their business plan; parsing and screening follow as a background job. */
@RestController
@RequestMapping("/api/applications")
class ApplicationUploadController {

    private final IntakeService intake;

    ApplicationUploadController(IntakeService intake) {
        this.intake = intake;
    }

    /** The upload's answer: where to follow the application's progress. */
    record Submitted(
            String id, String status, boolean duplicate, String type, String sha256, Map<String, String> links) {}

    @ApiResponse(
            responseCode = "202",
            description = "Accepted (or already received: duplicate=true); follow the Location header")
    @Operation(summary = "Submit a business plan; screening runs in the background (202 with the status link)")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('APPLICANT')")
    ResponseEntity<Submitted> submit(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "programId", required = false) @Nullable String programId,
            CurrentUser user)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw new PlanScreenException(ProblemCode.DOCUMENT_MISSING);
        }
        if (programId == null || programId.isBlank()) {
            throw new PlanScreenException(ProblemCode.PROGRAM_ID_INVALID, "");
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        IntakeService.Accepted accepted =
                intake.submit(user.requireCompany(), programId.strip(), name, file.getBytes(), user.username());
        ApplicationFacts facts = accepted.facts();
        String self = "/api/applications/" + facts.id();
        // A repeated upload answers with the application it already created; its status is at the link.
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create(self))
                .body(new Submitted(
                        facts.id().toString(),
                        accepted.duplicate() ? "DUPLICATE" : "RECEIVED",
                        accepted.duplicate(),
                        facts.type().name(),
                        facts.sha256(),
                        Map.of("status", self)));
    }
}

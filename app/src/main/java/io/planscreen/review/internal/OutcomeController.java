package io.planscreen.review.internal;

import io.planscreen.review.Outcomes;
import io.planscreen.security.CurrentUser;
import io.planscreen.shared.ApplicationId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The decision as the company reads it, and the company's answer to a request for information. */
@RestController
class OutcomeController {

    private final Outcomes outcomes;

    OutcomeController(Outcomes outcomes) {
        this.outcomes = outcomes;
    }

    /** 204 while no decision is in effect (screening, review, or a referral awaiting its confirmation). */
    @ApiResponse(responseCode = "200", description = "A decision is in effect")
    @ApiResponse(responseCode = "204", description = "No decision in effect yet")
    @Operation(summary = "The decision in effect, its reason and whether an answer is awaited (204 while none)")
    @GetMapping("/api/applications/{id}/outcome")
    @PreAuthorize("hasAnyRole('APPLICANT', 'EVALUATOR', 'AUDITOR')")
    ResponseEntity<Outcomes.ApplicantOutcome> outcome(@PathVariable UUID id, CurrentUser user) {
        return outcomes.outcome(user, new ApplicationId(id))
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @ApiResponse(responseCode = "201", description = "The answer was recorded; the application is back in review")
    @Operation(summary = "Answer a request for information with a note, a document or both")
    @PostMapping(value = "/api/applications/{id}/answers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('APPLICANT')")
    ResponseEntity<Outcomes.Answer> answer(
            @PathVariable UUID id,
            @RequestParam(name = "note", required = false) @Nullable String note,
            @RequestParam(name = "documentKey", required = false) @Nullable String documentKey,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            CurrentUser user)
            throws IOException {
        Outcomes.Answer answer =
                outcomes.answer(user, new ApplicationId(id), note == null ? "" : note, upload(documentKey, file));
        return ResponseEntity.status(HttpStatus.CREATED).body(answer);
    }

    static Outcomes.@Nullable Upload upload(@Nullable String documentKey, @Nullable MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            return null;
        }
        return new Outcomes.Upload(
                documentKey == null ? "other" : documentKey.strip(),
                file.getOriginalFilename() == null ? "" : file.getOriginalFilename(),
                file.getBytes());
    }
}

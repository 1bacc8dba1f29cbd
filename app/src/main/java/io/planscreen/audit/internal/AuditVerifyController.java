package io.planscreen.audit.internal;

import io.planscreen.security.CurrentUser;
import io.planscreen.shared.PlanScreenException;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Chain verification and the signed checkpoints auditors export and anchor elsewhere. */
@RestController
@RequestMapping("/api/audit")
class AuditVerifyController {

    private final Checkpoints checkpoints;

    AuditVerifyController(Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Operation(summary = "Verify the audit log's hash chain and signed checkpoints")
    @GetMapping("/verify")
    @PreAuthorize("hasRole('AUDITOR')")
    VerificationReport verify(CurrentUser user) {
        return checkpoints.verify();
    }

    @Operation(summary = "List the signed checkpoints of the audit log")
    @GetMapping("/checkpoints")
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
    List<Checkpoint> list(CurrentUser user) {
        return checkpoints.all();
    }

    @Operation(summary = "The latest signed checkpoint")
    @GetMapping("/checkpoints/latest")
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
    Checkpoint latest(CurrentUser user) {
        return checkpoints
                .latest()
                .orElseThrow(() -> new PlanScreenException(AuditProblems.CHECKPOINT_NOT_FOUND, "latest"));
    }

    @Operation(summary = "Read one signed checkpoint")
    @GetMapping("/checkpoints/{id}")
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
    Checkpoint one(@PathVariable long id, CurrentUser user) {
        return checkpoints.find(id).orElseThrow(() -> new PlanScreenException(AuditProblems.CHECKPOINT_NOT_FOUND, id));
    }

    /** The key checkpoints are verified with; publish it wherever checkpoints are anchored. */
    @Operation(summary = "The public key that signs checkpoints")
    @GetMapping("/checkpoints/public-key")
    @PreAuthorize("hasAnyRole('AUDITOR', 'ADMIN')")
    Checkpoints.PublicKeyExport publicKey(CurrentUser user) {
        return checkpoints.publicKey();
    }

    /** A checkpoint now, besides the daily one (before a release, a migration, an export). */
    @Operation(summary = "Sign a checkpoint of the audit log now")
    @PostMapping("/checkpoints")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    Checkpoint create(CurrentUser user) {
        return checkpoints.create();
    }
}

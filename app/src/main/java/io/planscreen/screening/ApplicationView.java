package io.planscreen.screening;

import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An application's status as its company, evaluators and auditors see it. */
public record ApplicationView(
        ApplicationId id,
        CompanyId company,
        ProgramId program,
        String declaredName,
        ApplicationStatus status,
        @Nullable PipelineStage nextStage,
        int attempts,
        @Nullable String problemCode,
        Instant receivedAt,
        Instant updatedAt,
        List<StatusStep> history) {

    public record StatusStep(
            ApplicationStatus status, Instant at, @Nullable String code) {}
}

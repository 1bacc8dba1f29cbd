package io.planscreen.intake;

import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import java.time.Instant;

/** One line of an application list. */
public record ApplicationSummary(
        ApplicationId id, CompanyId company, ProgramId program, String status, Instant createdAt, Instant updatedAt) {}

package io.planscreen.intake;

import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.ProgramId;
import java.time.Instant;

/** What intake knows of an application, without the bytes. */
public record ApplicationFacts(
        ApplicationId id,
        CompanyId company,
        ProgramId program,
        String declaredName,
        DocumentType type,
        String sha256,
        long size,
        Instant receivedAt) {}

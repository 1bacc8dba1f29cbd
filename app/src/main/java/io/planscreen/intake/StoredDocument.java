package io.planscreen.intake;

import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.ProgramId;

/** The original as sent: exact bytes, their SHA-256, the declared name and the detected type. */
public record StoredDocument(
        ApplicationId application,
        CompanyId company,
        ProgramId program,
        String declaredName,
        DocumentType type,
        String sha256,
        byte[] content) {}

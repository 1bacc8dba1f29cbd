package io.planscreen.intake;

import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.DocumentType;
import io.planscreen.shared.ProgramId;

/**
 * An upload was accepted and its original bytes are stored. Published inside the accepting
 * transaction, so a synchronous listener (screening's job queue) commits or rolls back with it.
 */
public record ApplicationReceived(
        ApplicationId application,
        CompanyId company,
        ProgramId program,
        String declaredName,
        String sha256,
        DocumentType type,
        long size) {}

package io.planscreen.intake;

import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Documents a company attaches to its application after the plan (e.g. the 사업자등록증 an evaluator asked for). */
public interface Attachments {

    /**
     * Checks the file like an upload (PDF, HWP, HWPX, DOCX; PNG or JPEG scans), stores it and audits it.
     *
     * @param documentKey the program's document key it stands for (e.g. "business_registration"), or "other"
     */
    Attachment attach(
            CompanyId company,
            ApplicationId application,
            String documentKey,
            String declaredName,
            byte[] content,
            String username);

    /** The stored bytes of one of the application's attachments. */
    Optional<byte[]> content(ApplicationId application, long attachment);

    /** Oldest first; no bytes. */
    List<Attachment> of(ApplicationId application);

    record Attachment(
            long id,
            ApplicationId application,
            String documentKey,
            String declaredName,
            String mediaType,
            String sha256,
            long size,
            String uploadedBy,
            Instant uploadedAt) {}
}

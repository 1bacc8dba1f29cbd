package io.planscreen.intake.internal;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits an upload must meet before it is accepted (README, "Limits").
 *
 * @param maxSize largest file accepted (413 document.too_large above)
 * @param maxPages most pages a PDF may declare (422 document.too_many_pages above)
 * @param maxArchiveEntries most entries a DOCX/HWPX ZIP may list (422 document.archive_bomb above)
 * @param maxUncompressedSize most bytes a DOCX/HWPX may declare and actually inflate to
 * @param maxNestingDepth archives inside archives (DOCX embeddings) followed at most this deep
 * @param inspectionTimeout wall clock for the upload checks (opening the PDF, inflating the ZIP)
 */
@Validated
@ConfigurationProperties("planscreen.intake")
record IntakeProperties(
        @DefaultValue("20MB") DataSize maxSize,
        @DefaultValue("300") @Min(1) int maxPages,
        @DefaultValue("1000") @Min(1) int maxArchiveEntries,
        @DefaultValue("200MB") DataSize maxUncompressedSize,
        @DefaultValue("3") @Min(0) int maxNestingDepth,
        @DefaultValue("20s") Duration inspectionTimeout) {}

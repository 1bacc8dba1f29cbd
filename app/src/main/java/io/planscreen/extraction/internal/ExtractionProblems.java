package io.planscreen.extraction.internal;

import io.planscreen.shared.ProblemCode;
import org.springframework.http.HttpStatus;

/** Extraction's own problem codes (texts in i18n/extraction_*.properties). */
final class ExtractionProblems {

    static final ProblemCode PROGRAM_INVALID =
            new ProblemCode("extraction.program_invalid", HttpStatus.UNPROCESSABLE_CONTENT);

    static final ProblemCode FIELD_UNKNOWN = new ProblemCode("extraction.field_unknown", HttpStatus.NOT_FOUND);

    static final ProblemCode CORRECTION_INVALID =
            new ProblemCode("extraction.correction_invalid", HttpStatus.UNPROCESSABLE_CONTENT);

    static final ProblemCode NOT_EXTRACTED = new ProblemCode("extraction.not_extracted", HttpStatus.NOT_FOUND);

    private ExtractionProblems() {}
}

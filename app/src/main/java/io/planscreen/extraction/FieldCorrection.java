package io.planscreen.extraction;

import io.planscreen.security.CurrentUser;
import io.planscreen.shared.ApplicationId;

/** The company's corrections of fields read from its plan. */
public interface FieldCorrection {

    /**
     * Kept beside the extracted value (never over it), normalised like the plan's own ("3억원" →
     * "300000000") and recorded as a human decision. Only the company that applied may correct.
     */
    ExtractionResult.ExtractedField correct(CurrentUser user, ApplicationId application, String key, String value);
}

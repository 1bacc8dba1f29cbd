package io.planscreen.selfassessment;

import io.planscreen.security.CurrentUser;
import io.planscreen.shared.ProgramId;
import java.util.Locale;

/** Self-assessment's facade (REST API and web page). Synchronous; keeps nothing but an audit entry with the hash. */
public interface SelfAssessments {

    /**
     * Checks the file with intake's document checks (same document.* problems as an upload), then reports on
     * it; the declared name only serves to refuse a file named as another format than its content.
     */
    SelfAssessmentReport assess(
            CurrentUser applicant, byte[] content, String declaredName, ProgramId program, Locale locale);

    default SelfAssessmentReport assess(CurrentUser applicant, byte[] content, ProgramId program, Locale locale) {
        return assess(applicant, content, "", program, locale);
    }
}

package io.planscreen.selfassessment;

import io.planscreen.security.CurrentUser;
import io.planscreen.shared.ProgramId;
import java.util.Locale;

/** Self-assessment's facade (REST API and web page). Synchronous; keeps nothing but an audit entry with the hash. */
public interface SelfAssessments {

    SelfAssessmentReport assess(CurrentUser applicant, byte[] content, ProgramId program, Locale locale);
}

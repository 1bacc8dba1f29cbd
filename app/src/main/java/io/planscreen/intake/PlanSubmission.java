package io.planscreen.intake;

import io.planscreen.shared.CompanyId;

/** Submitting a plan from inside the service (the web pages), exactly as {@code POST /api/applications} does. */
public interface PlanSubmission {

    /** Same checks and problems as the upload endpoint; a repeated upload answers with its earlier application. */
    ApplicationFacts submitPlan(
            CompanyId company, String programCode, String declaredName, byte[] content, String username);
}

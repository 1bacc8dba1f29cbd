package io.planscreen.similarity;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import java.util.Optional;

/** Similarity's facade. */
public interface TextReuse {

    /** Finds reuse against other companies' stored applications without storing this plan (self-assessment). */
    ReuseReport preview(PlanText plan, CompanyId company);

    /** The stored report of an application, once the pipeline's similarity stage ran. */
    Optional<ReuseReport> report(ApplicationId application);
}

package io.planscreen.similarity;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Similarity's facade. */
public interface TextReuse {

    /** Finds reuse against other companies' stored applications without storing this plan (self-assessment). */
    ReuseReport preview(PlanText plan, CompanyId company);

    /** As {@link #preview(PlanText, CompanyId)}, with the program's own template text excluded. */
    ReuseReport preview(PlanText plan, CompanyId company, ProgramId program);

    /** The stored report of an application, once the pipeline's similarity stage ran. */
    Optional<ReuseReport> report(ApplicationId application);

    /** Headline figures of the stored reports of these applications in one read (the module overrides this fallback, which reads each one whole); absent until computed. */
    default Map<ApplicationId, ReuseSummary> reuseSummaries(Collection<ApplicationId> applications) {
        Map<ApplicationId, ReuseSummary> out = new HashMap<>();
        applications.forEach(a -> report(a).ifPresent(r -> out.put(a, ReuseSummary.of(r))));
        return out;
    }

    /** The company of each of these applications the similarity store holds (absent ones are left out). */
    Map<ApplicationId, CompanyId> companiesOf(Collection<ApplicationId> applications);
}

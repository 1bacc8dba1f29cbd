package io.planscreen.screening;

import io.planscreen.security.CurrentUser;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** Screening's facade: read an application's status and move it through the human part. */
public interface Screening {

    Optional<ApplicationView> view(ApplicationId application);

    /**
     * Which applications this caller may read (its tenant, its programs): the filter every piece of evidence
     * naming another application passes before it is shown. Remembers each answer for the one request.
     */
    default Predicate<ApplicationId> readableBy(CurrentUser user) {
        Map<ApplicationId, Boolean> seen = new ConcurrentHashMap<>();
        return id -> seen.computeIfAbsent(id, a -> view(a).map(v -> user.mayRead(v.company(), v.program()))
                .orElse(false));
    }

    /** A company's applications, newest first (the applicant's own list). */
    List<ApplicationView> ofCompany(CompanyId company);

    /** A program's applications, newest first (review queue). */
    List<ApplicationView> inProgram(ProgramId program);

    /** SCREENED → IN_REVIEW (an evaluator took it); no-op if already there. */
    void markInReview(ApplicationId application);

    /** → DECIDED, by a human decision recorded by review. */
    void markDecided(ApplicationId application);

    /** DECIDED → IN_REVIEW: the company answered a request for information; evaluators decide again. */
    void markAnswered(ApplicationId application);

    /** The company withdrew; nothing more is done with it. */
    void markWithdrawn(ApplicationId application);
}

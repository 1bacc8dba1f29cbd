package io.planscreen.screening;

import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import java.util.List;
import java.util.Optional;

/** Screening's facade: read an application's status and move it through the human part. */
public interface Screening {

    Optional<ApplicationView> view(ApplicationId application);

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

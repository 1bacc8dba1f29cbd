package io.planscreen.intake;

import io.planscreen.shared.ApplicationId;
import java.util.Optional;

/** Intake's facade for the rest of the pipeline: read originals back (parsing, reproduction). */
public interface Applications {

    Optional<StoredDocument> original(ApplicationId application);

    /** Company, program, file facts; no bytes. */
    Optional<ApplicationFacts> facts(ApplicationId application);
}

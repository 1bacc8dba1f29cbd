package io.planscreen.scoring;

import io.planscreen.shared.ProblemCode;
import org.springframework.http.HttpStatus;

/** Scoring's problem codes (messages in i18n/scoring_*.properties). */
public final class ScoringProblems {

    public static final ProblemCode MODEL_VERSION_UNKNOWN =
            new ProblemCode("scoring.model_version_unknown", HttpStatus.NOT_FOUND);

    public static final ProblemCode NOT_SCORED = new ProblemCode("scoring.not_scored", HttpStatus.NOT_FOUND);

    /** The stored feature vector predates a feature the requested version reads (e.g. v2-era vector, v3). */
    public static final ProblemCode FEATURES_MISSING = new ProblemCode("scoring.features_missing", HttpStatus.CONFLICT);

    private ScoringProblems() {}
}

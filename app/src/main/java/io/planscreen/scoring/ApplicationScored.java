package io.planscreen.scoring;

import io.planscreen.shared.ApplicationId;

/** The broker classifier scored an application; a flag routes it to closer human review, nothing more. */
public record ApplicationScored(
        ApplicationId application,
        double probability,
        BrokerAssessment.Band band,
        boolean flagged,
        String modelVersion) {}

package io.planscreen.similarity;

import io.planscreen.shared.ApplicationId;

/** The similarity stage stored an application's paragraphs and its reuse report. */
public record SimilarityComputed(ApplicationId application, int paragraphsReused, double maxSimilarity) {}

package io.planscreen.audit.internal;

import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The decision log's filters, as the auditor's page and the API both take them (all optional, blank = any),
 * and the one place they become a search of the log.
 */
record DecisionFilter(
        @Nullable String application,
        @Nullable String modelVersion,
        @Nullable String step,
        @Nullable String outcome,
        @Nullable String from,
        @Nullable String to) {

    @Nullable
    UUID applicationId() {
        String v = blankToNull(application);
        if (v == null) {
            return null;
        }
        try {
            return UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** An application filter that is not an application id (the page says so instead of searching). */
    boolean badApplication() {
        return applicationId() == null && blankToNull(application) != null;
    }

    boolean any() {
        return Stream.of(application, modelVersion, step, outcome, from, to).anyMatch(v -> blankToNull(v) != null);
    }

    /** @throws io.planscreen.shared.PlanScreenException {@code audit.bad_range} for a date it cannot read */
    Decisions.Criteria criteria(int limit, int offset) {
        return new Decisions.Criteria(
                applicationId(),
                blankToNull(modelVersion),
                blankToNull(step),
                blankToNull(outcome),
                DateRange.optional(from, false),
                DateRange.optional(to, true),
                limit,
                offset);
    }

    static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package io.planscreen.screening;

/** Where an application stands. REJECTED_INPUT and FAILED are final until an admin retries. */
public enum ApplicationStatus {
    RECEIVED,
    PARSED,
    EXTRACTED,
    SCORED,
    SCREENED,
    IN_REVIEW,
    DECIDED,
    REJECTED_INPUT,
    FAILED,
    WITHDRAWN;

    public boolean isFinal() {
        return this == DECIDED || this == REJECTED_INPUT || this == FAILED || this == WITHDRAWN;
    }
}

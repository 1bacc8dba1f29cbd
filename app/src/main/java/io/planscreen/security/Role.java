package io.planscreen.security;

/** The four kinds of user; see DESIGN.md for what each may and may never do. */
public enum Role {
    APPLICANT,
    EVALUATOR,
    AUDITOR,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}

package io.planscreen.shared;

import java.util.UUID;

/** The applicant company, the tenant boundary for applicants. */
public record CompanyId(UUID value) {

    public static CompanyId of(String value) {
        return new CompanyId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

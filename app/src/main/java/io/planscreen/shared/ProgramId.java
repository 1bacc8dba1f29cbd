package io.planscreen.shared;

import java.util.regex.Pattern;

/** A grant program's stable code, e.g. {@code startup-psst} or {@code smtech-rnd}. */
public record ProgramId(String value) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    public ProgramId {
        if (!CODE.matcher(value).matches()) {
            throw new PlanScreenException(ProblemCode.PROGRAM_ID_INVALID, value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

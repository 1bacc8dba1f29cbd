package io.planscreen.security;

import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The authenticated caller as the domain sees it. Controllers take it as a parameter; tenant checks
 * ({@link #mayAccessCompany}, {@link #mayAccessProgram}) live here so every module asks the same way.
 */
public record CurrentUser(
        String username, Role role, @Nullable CompanyId companyId, Set<ProgramId> programIds) {

    public CurrentUser {
        programIds = Set.copyOf(programIds);
        if (role == Role.APPLICANT && companyId == null) {
            throw new IllegalArgumentException("an applicant is always bound to a company");
        }
    }

    public boolean is(Role expected) {
        return role == expected;
    }

    /** Applicants see only their own company; evaluators reach companies through their programs. */
    public boolean mayAccessCompany(CompanyId company) {
        return role != Role.APPLICANT || company.equals(companyId);
    }

    public boolean mayAccessProgram(ProgramId program) {
        return switch (role) {
            case EVALUATOR -> programIds.contains(program);
            case APPLICANT, AUDITOR, ADMIN -> true;
        };
    }

    /** May this caller read an application of the given company in the given program? */
    public boolean mayRead(CompanyId company, ProgramId program) {
        return switch (role) {
            case APPLICANT -> company.equals(companyId);
            case EVALUATOR -> programIds.contains(program);
            case AUDITOR -> true;
            case ADMIN -> false;
        };
    }

    public CompanyId requireCompany() {
        if (companyId == null) {
            throw new IllegalStateException(username + " is not bound to a company");
        }
        return companyId;
    }
}

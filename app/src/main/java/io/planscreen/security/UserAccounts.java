package io.planscreen.security;

import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Companies and users: used by the admin API, the demo data and tests. */
public interface UserAccounts {

    CompanyId createCompany(String name, String businessRegistrationNumber, String region);

    /** Creates the user, or updates role, password, company and programs when the name exists. */
    void saveUser(
            String username,
            String rawPassword,
            Role role,
            @Nullable CompanyId company,
            Set<ProgramId> programs,
            String displayName);

    Optional<CompanyId> companyByBusinessRegistrationNumber(String businessRegistrationNumber);

    Optional<Company> company(CompanyId id);

    List<UserSummary> users();

    /**
     * One page of the users whose username or name contains {@code query} (any user when blank), by username:
     * the admin's list stays one page however many users there are.
     */
    UserPage users(String query, int page, int size);

    /** A page of users and how many match in all. */
    record UserPage(List<UserSummary> users, int total) {}

    /** Every company, by name. */
    List<Company> companies();

    /**
     * An admin's change of who a user is allowed to be: role, company (applicants) and programs (evaluators);
     * password and name stay. Refused (IllegalArgumentException) when the combination breaks a sign-in invariant.
     *
     * @return false when there is no such user
     */
    boolean changeAccess(String username, Role role, @Nullable CompanyId company, Set<ProgramId> programs);

    record Company(CompanyId id, String name, String businessRegistrationNumber, String region) {}

    record UserSummary(
            String username, Role role, @Nullable CompanyId company, Set<ProgramId> programs, String displayName) {}
}

package io.planscreen.support;

import io.planscreen.ml.plan.BusinessRegistrationNumbers;
import io.planscreen.security.Role;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Creates users with unique names so tests sharing one database never see each other's data.
 * Every user's password is {@link #PASSWORD}.
 */
public final class TestUsers {

    public static final String PASSWORD = "test-password";

    private final UserAccounts accounts;

    public TestUsers(UserAccounts accounts) {
        this.accounts = accounts;
    }

    public record TestUser(
            String username, Role role, @Nullable CompanyId company) {}

    /** A company with a valid, unique business registration number. */
    public CompanyId company(String region) {
        return accounts.createCompany("테스트 주식회사 " + suffix(), randomValidBrn(), region);
    }

    public TestUser applicant(CompanyId company) {
        return save(Role.APPLICANT, company);
    }

    public TestUser applicant() {
        return applicant(company("서울특별시"));
    }

    public TestUser evaluator(String... programs) {
        String name = "evaluator-" + suffix();
        Set<ProgramId> ids = Arrays.stream(programs).map(ProgramId::new).collect(Collectors.toSet());
        accounts.saveUser(name, PASSWORD, Role.EVALUATOR, null, ids, name);
        return new TestUser(name, Role.EVALUATOR, null);
    }

    public TestUser auditor() {
        return save(Role.AUDITOR, null);
    }

    public TestUser admin() {
        return save(Role.ADMIN, null);
    }

    private TestUser save(Role role, @Nullable CompanyId company) {
        String name = role.name().toLowerCase() + "-" + suffix();
        accounts.saveUser(name, PASSWORD, role, company, Set.of(), name);
        return new TestUser(name, role, company);
    }

    private static String suffix() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 41), 36);
    }

    /** A random BRN whose check digit is right (DESIGN.md), for a corporation. */
    public static String randomValidBrn() {
        return BusinessRegistrationNumbers.random(ThreadLocalRandom.current(), true);
    }
}

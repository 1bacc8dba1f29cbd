package io.planscreen.security.internal;

import io.planscreen.security.CurrentUser;
import io.planscreen.security.Role;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcUserAccounts implements UserAccounts, UserDetailsService {

    private final JdbcClient jdbc;

    private final PasswordEncoder passwords;

    /** Demo accounts (published password) sign in only where the demo profile runs. */
    private final boolean demoAccountsAllowed;

    JdbcUserAccounts(JdbcClient jdbc, PasswordEncoder passwords, Environment environment) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.demoAccountsAllowed = environment.matchesProfiles("demo");
    }

    @Override
    @Transactional
    public CompanyId createCompany(String name, String businessRegistrationNumber, String region) {
        Optional<CompanyId> existing = companyByBusinessRegistrationNumber(businessRegistrationNumber);
        if (existing.isPresent()) {
            return existing.get();
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into company (id, name, brn, region) values (?, ?, ?, ?)")
                .params(id, name, businessRegistrationNumber, region)
                .update();
        return new CompanyId(id);
    }

    @Override
    public Optional<CompanyId> companyByBusinessRegistrationNumber(String businessRegistrationNumber) {
        return jdbc.sql("select id from company where brn = ?")
                .param(businessRegistrationNumber)
                .query(UUID.class)
                .optional()
                .map(CompanyId::new);
    }

    @Override
    public Optional<Company> company(CompanyId id) {
        return jdbc.sql("select id, name, brn, region from company where id = ?")
                .param(id.value())
                .query((rs, n) -> new Company(
                        new CompanyId(rs.getObject("id", UUID.class)),
                        rs.getString("name"),
                        rs.getString("brn"),
                        rs.getString("region")))
                .optional();
    }

    @Override
    @Transactional
    public void saveUser(
            String username,
            String rawPassword,
            Role role,
            @Nullable CompanyId company,
            Set<ProgramId> programs,
            String displayName) {
        new CurrentUser(username, role, company, programs); // same invariants as at sign-in
        jdbc.sql("""
                        insert into app_user (username, password_hash, role, company_id, display_name)
                        values (?, ?, ?, ?, ?)
                        on conflict (username) do update set password_hash = excluded.password_hash,
                          role = excluded.role, company_id = excluded.company_id,
                          display_name = excluded.display_name
                        """)
                .params(
                        username,
                        passwords.encode(rawPassword),
                        role.name(),
                        company == null ? null : company.value(),
                        displayName)
                .update();
        replacePrograms(username, programs);
    }

    @Override
    public List<UserSummary> users() {
        return jdbc.sql("select username, role, company_id, display_name from app_user order by username")
                .query((rs, n) -> summary(rs))
                .list();
    }

    @Override
    public UserPage users(String query, int page, int size) {
        String like =
                "%" + query.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String where = " from app_user where username ilike ? or display_name ilike ?";
        int total = jdbc.sql("select count(*)" + where)
                .params(like, like)
                .query(Integer.class)
                .single();
        List<UserSummary> users = jdbc.sql("select username, role, company_id, display_name" + where
                        + " order by username limit ? offset ?")
                .params(like, like, size, (long) Math.max(0, page) * size)
                .query((rs, n) -> summary(rs))
                .list();
        return new UserPage(users, total);
    }

    private UserSummary summary(ResultSet rs) throws SQLException {
        UUID company = rs.getObject("company_id", UUID.class);
        String username = rs.getString("username");
        return new UserSummary(
                username,
                Role.valueOf(rs.getString("role")),
                company == null ? null : new CompanyId(company),
                programsOf(username),
                rs.getString("display_name"));
    }

    @Override
    public List<Company> companies() {
        return jdbc.sql("select id, name, brn, region from company order by name, brn")
                .query((rs, n) -> new Company(
                        new CompanyId(rs.getObject("id", UUID.class)),
                        rs.getString("name"),
                        rs.getString("brn"),
                        rs.getString("region")))
                .list();
    }

    @Override
    @Transactional
    public boolean changeAccess(String username, Role role, @Nullable CompanyId company, Set<ProgramId> programs) {
        Set<ProgramId> kept = role == Role.EVALUATOR ? programs : Set.of();
        CompanyId bound = role == Role.APPLICANT ? company : null;
        new CurrentUser(username, role, bound, kept); // same invariants as at sign-in
        int changed = jdbc.sql("update app_user set role = ?, company_id = ? where username = ?")
                .params(role.name(), bound == null ? null : bound.value(), username)
                .update();
        if (changed == 0) {
            return false;
        }
        replacePrograms(username, kept);
        return true;
    }

    private void replacePrograms(String username, Set<ProgramId> programs) {
        jdbc.sql("delete from evaluator_program where username = ?")
                .param(username)
                .update();
        for (ProgramId program : programs) {
            jdbc.sql("insert into evaluator_program (username, program_id) values (?, ?)")
                    .params(username, program.value())
                    .update();
        }
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return currentState(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    /** The user as the database has it now: role, company, programs, enabled; empty when gone. */
    Optional<PlanScreenUserDetails> currentState(String username) {
        record Row(
                String username,
                String hash,
                Role role,
                @Nullable UUID company,
                boolean enabled) {}
        @Nullable
        Row row = jdbc.sql("""
                        select username, password_hash, role, company_id, enabled from app_user
                        where username = ? and (not demo or ?)""")
                .params(username, demoAccountsAllowed)
                .query((rs, n) -> new Row(
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        Role.valueOf(rs.getString("role")),
                        rs.getObject("company_id", UUID.class),
                        rs.getBoolean("enabled")))
                .optional()
                .orElse(null);
        if (row == null) {
            return Optional.empty();
        }
        CurrentUser user = new CurrentUser(
                row.username(),
                row.role(),
                row.company() == null ? null : new CompanyId(row.company()),
                programsOf(row.username()));
        return Optional.of(new PlanScreenUserDetails(user, row.hash(), row.enabled()));
    }

    /** Marks the demo profile's seeded accounts, which only a demo instance accepts. */
    void markDemo(Set<String> usernames) {
        for (String username : usernames) {
            jdbc.sql("update app_user set demo = true where username = ?")
                    .param(username)
                    .update();
        }
    }

    private Set<ProgramId> programsOf(String username) {
        return jdbc
                .sql("select program_id from evaluator_program where username = ? order by program_id")
                .param(username)
                .query(String.class)
                .list()
                .stream()
                .map(ProgramId::new)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}

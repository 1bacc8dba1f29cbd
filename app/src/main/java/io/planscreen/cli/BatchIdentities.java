package io.planscreen.cli;

import io.planscreen.ml.plan.BusinessRegistrationNumbers;
import io.planscreen.security.Role;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.CompanyId;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/** Signs in as each file's company: one applicant per company (batch-<BRN>), created when missing. */
final class BatchIdentities {

    private final UserAccounts accounts;

    private final Map<String, Identity> byBrn = new HashMap<>();

    private @Nullable Identity unidentified;

    BatchIdentities(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** @param authorization HTTP Basic for the company's batch applicant */
    record Identity(CompanyId company, String name, String source, String username, String authorization) {}

    Identity of(PlanCompanies.@Nullable PlanCompany company) {
        if (company == null) {
            if (unidentified == null) {
                // a plan that names no valid company still gets screened, under one company of its own
                String suffix = UUID.randomUUID().toString().substring(0, 8);
                unidentified = create(
                        "batch " + suffix,
                        BusinessRegistrationNumbers.random(ThreadLocalRandom.current(), true),
                        "미상",
                        PlanCompanies.UNIDENTIFIED);
            }
            return unidentified;
        }
        return byBrn.computeIfAbsent(
                company.brn(), brn -> create(company.name(), brn, company.region(), company.source()));
    }

    private Identity create(String name, String brn, String region, String source) {
        CompanyId id = accounts.createCompany(name, brn, region);
        String known = accounts.company(id).map(UserAccounts.Company::name).orElse(name);
        String user = "batch-" + brn.replace("-", "");
        String password = UUID.randomUUID().toString();
        accounts.saveUser(user, password, Role.APPLICANT, id, Set.of(), "planscreen batch · " + known);
        return new Identity(
                id,
                known,
                source,
                user,
                "Basic "
                        + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
}

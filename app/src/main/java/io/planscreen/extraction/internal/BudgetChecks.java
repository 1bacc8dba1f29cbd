package io.planscreen.extraction.internal;

import io.planscreen.extraction.ExtractionResult.Severity;
import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.ml.plan.FieldKeys;
import java.util.List;
import java.util.Optional;

/**
 * The program's budget rules on the extracted amounts: the parts add up to the total, the grant's share and
 * cap (a raised cap with the option that allows it, e.g. 성공환원형), the applicant's cash minimum and in-kind
 * maximum. Findings go to the {@link FieldChecks} they belong to.
 */
final class BudgetChecks {

    private final FieldChecks checks;

    private final ProgramDefinition program;

    BudgetChecks(FieldChecks checks, ProgramDefinition program) {
        this.checks = checks;
        this.program = program;
    }

    void run() {
        Optional<Long> total = checks.amount(FieldKeys.TOTAL_BUDGET_KRW);
        Optional<Long> gov = checks.amount(FieldKeys.GOV_GRANT_KRW);
        Optional<Long> cash = checks.amount(FieldKeys.PRIVATE_CASH_KRW);
        Optional<Long> inKind = checks.amount(FieldKeys.PRIVATE_IN_KIND_KRW);
        List<String> budgetKeys = List.of(
                FieldKeys.TOTAL_BUDGET_KRW,
                FieldKeys.GOV_GRANT_KRW,
                FieldKeys.PRIVATE_CASH_KRW,
                FieldKeys.PRIVATE_IN_KIND_KRW);
        if (total.isPresent() && gov.isPresent() && (cash.isPresent() || inKind.isPresent())) {
            long privateShare = cash.orElse(0L) + inKind.orElse(0L);
            if (gov.get() + privateShare != total.get()) {
                checks.add(
                        "budget_sum",
                        Severity.ERROR,
                        budgetKeys,
                        checks.evidence(budgetKeys),
                        checks.money(gov.get()),
                        checks.money(privateShare),
                        checks.money(gov.get() + privateShare),
                        checks.money(total.get()));
            }
        }
        if (total.isPresent() && gov.isPresent() && total.get() > 0) {
            double share = gov.get() / (double) total.get();
            if (share > program.budget().govShareMax() + 1e-9) {
                checks.add(
                        "gov_share_cap",
                        Severity.ERROR,
                        List.of(FieldKeys.GOV_GRANT_KRW, FieldKeys.TOTAL_BUDGET_KRW),
                        checks.evidence(List.of(FieldKeys.GOV_GRANT_KRW, FieldKeys.TOTAL_BUDGET_KRW)),
                        FieldChecks.percent(share),
                        FieldChecks.percent(program.budget().govShareMax()));
            }
        }
        ProgramDefinition.RaisedGrantMax raised = program.budget().raisedGrantMax();
        String chosen = raised == null
                ? null
                : checks.field(raised.field()).map(FieldChecks::value).orElse(null);
        long cap = program.budget().govGrantMaxKrw(chosen);
        gov.filter(g -> g > cap)
                .ifPresent(g -> checks.add(
                        "gov_grant_cap",
                        Severity.ERROR,
                        List.of(FieldKeys.GOV_GRANT_KRW),
                        checks.evidence(List.of(FieldKeys.GOV_GRANT_KRW)),
                        checks.money(g),
                        checks.money(cap)));
        share(
                "private_cash_min",
                cash,
                total,
                FieldKeys.PRIVATE_CASH_KRW,
                program.budget().privateCashMinShare(),
                false);
        Double inKindMax = program.budget().privateInKindMaxShare();
        if (inKindMax != null) {
            share("private_in_kind_max", inKind, total, FieldKeys.PRIVATE_IN_KIND_KRW, inKindMax, true);
        }
    }

    /** A warning when a part's share of the total is below (or, for a cap, above) the program's bound. */
    private void share(String code, Optional<Long> part, Optional<Long> total, String key, double bound, boolean cap) {
        if (total.isEmpty() || part.isEmpty() || total.get() <= 0) {
            return;
        }
        double share = part.get() / (double) total.get();
        if (cap ? share > bound + 1e-9 : share + 1e-9 < bound) {
            List<String> keys = List.of(key, FieldKeys.TOTAL_BUDGET_KRW);
            checks.add(
                    code,
                    Severity.WARNING,
                    keys,
                    checks.evidence(keys),
                    FieldChecks.percent(share),
                    FieldChecks.percent(bound));
        }
    }
}

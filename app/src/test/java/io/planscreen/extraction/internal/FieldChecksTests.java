package io.planscreen.extraction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.extraction.ExtractionResult.ExtractedField;
import io.planscreen.extraction.ExtractionResult.Finding;
import io.planscreen.extraction.ExtractionResult.Severity;
import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.ml.plan.FieldKeys;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldChecksTests {

    final ProgramDefinition psst = Plans.program("startup-psst");

    final ProgramDefinition smtech = Plans.program("smtech-rnd");

    @ParameterizedTest
    @CsvSource({
        "220-81-62517, true",
        "124-81-00998, true",
        "123-45-67890, false",
        "220-81-62518, false",
        "2208162517, true"
    })
    void brn_check_digit(String brn, boolean valid) {
        assertThat(BusinessRegistrationNumbers.valid(brn)).isEqualTo(valid);
    }

    @Test
    void brn_entity_type_from_the_middle_digits() {
        assertThat(BusinessRegistrationNumbers.entity("220-81-62517"))
                .contains(BusinessRegistrationNumbers.Entity.CORPORATION);
        assertThat(BusinessRegistrationNumbers.entity("123-45-67890"))
                .contains(BusinessRegistrationNumbers.Entity.INDIVIDUAL);
        assertThat(BusinessRegistrationNumbers.entity("123-82-67890"))
                .contains(BusinessRegistrationNumbers.Entity.NONPROFIT);
    }

    @Test
    void a_consistent_plan_has_no_errors() {
        List<Finding> findings = check(
                psst,
                Locale.KOREAN,
                OfflineExtractorTests.PSST_GOLD.entrySet().stream()
                        .map(e -> field(e.getKey(), e.getValue()))
                        .toList());

        assertThat(findings).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(findings)
                .anyMatch(f -> f.code().equals("brn_entity") && f.message().contains("법인사업자"));
    }

    @Test
    void the_leap_package_caps_in_kind_at_a_fifth_and_raises_the_grant_cap_with_success_return() {
        ProgramDefinition leap = Plans.program("startup-leap-2025");
        List<ExtractedField> plain = List.of(
                field(FieldKeys.TOTAL_BUDGET_KRW, "400000000"),
                field(FieldKeys.GOV_GRANT_KRW, "250000000"),
                field(FieldKeys.PRIVATE_CASH_KRW, "40000000"),
                field(FieldKeys.PRIVATE_IN_KIND_KRW, "110000000"),
                field("success_return", "신청 안함"));
        List<ExtractedField> raised = new java.util.ArrayList<>(plain.subList(0, 4));
        raised.add(field("success_return", "성공환원형 신청"));

        List<Finding> without = check(leap, Locale.KOREAN, plain);
        List<Finding> with = check(leap, Locale.ENGLISH, raised);

        assertThat(without).anyMatch(f -> f.code().equals("gov_grant_cap"));
        assertThat(without)
                .anyMatch(f ->
                        f.code().equals("private_in_kind_max") && f.message().contains("27.5"));
        assertThat(with).noneMatch(f -> f.code().equals("gov_grant_cap"));
        assertThat(with)
                .anyMatch(f ->
                        f.code().equals("private_in_kind_max") && f.message().contains("at most 20"));
    }

    @Test
    void wrong_check_digit_is_an_error_with_its_evidence_in_korean_and_english() {
        List<ExtractedField> fields = List.of(field(FieldKeys.BRN, "123-45-67890"));

        Finding ko = only(check(psst, Locale.KOREAN, fields), "brn_checksum");
        Finding en = only(check(psst, Locale.ENGLISH, fields), "brn_checksum");

        assertThat(ko.severity()).isEqualTo(Severity.ERROR);
        assertThat(ko.message()).contains("123-45-67890", "검증번호");
        assertThat(en.message()).contains("123-45-67890", "check digit");
        assertThat(ko.evidence()).isEqualTo("p.1: 123-45-67890");
    }

    @Test
    void budget_that_does_not_add_up_and_breaks_the_caps() {
        List<ExtractedField> fields = List.of(
                field(FieldKeys.TOTAL_BUDGET_KRW, "100000000"),
                field(FieldKeys.GOV_GRANT_KRW, "90000000"),
                field(FieldKeys.PRIVATE_CASH_KRW, "5000000"),
                field(FieldKeys.PRIVATE_IN_KIND_KRW, "10000000"));

        List<Finding> findings = check(psst, Locale.ENGLISH, fields);

        assertThat(codes(findings)).contains("budget_sum", "gov_share_cap", "private_cash_min");
        assertThat(only(findings, "budget_sum").message()).contains("105,000,000", "100,000,000");
        assertThat(only(findings, "gov_share_cap").message()).contains("90%", "70%");
    }

    @Test
    void government_grant_above_the_program_limit() {
        List<Finding> findings = check(psst, Locale.KOREAN, List.of(field(FieldKeys.GOV_GRANT_KRW, "150000000")));

        assertThat(only(findings, "gov_grant_cap").message()).contains("150,000,000", "100,000,000");
    }

    @Test
    void dates_outside_the_program_period_and_in_the_wrong_order() {
        List<Finding> findings = check(
                smtech,
                Locale.ENGLISH,
                List.of(field(FieldKeys.DEV_START, "2029-01-01"), field(FieldKeys.DEV_END, "2025-01-01")));

        assertThat(codes(findings)).contains("outside_period", "dev_order");
    }

    @Test
    void eligibility_rules_company_age_and_revenue_cap() {
        List<Finding> old = check(psst, Locale.KOREAN, List.of(field(FieldKeys.FOUNDED_ON, "2010-01-01")));
        List<Finding> young = check(psst, Locale.KOREAN, List.of(field(FieldKeys.FOUNDED_ON, "2022-01-01")));
        List<Finding> rich = check(smtech, Locale.ENGLISH, List.of(field(FieldKeys.REVENUE_KRW, "200000000000")));

        assertThat(only(old, "eligibility_failed").message()).contains("창업 7년 이내");
        assertThat(codes(young)).doesNotContain("eligibility_failed");
        assertThat(only(rich, "eligibility_failed").message()).contains("150 billion");
    }

    @Test
    void a_correction_is_what_gets_checked() {
        ExtractedField wrong = field(FieldKeys.BRN, "123-45-67890");
        ExtractedField corrected = new ExtractedField(
                wrong.key(),
                wrong.value(),
                wrong.normalized(),
                1,
                wrong.quote(),
                0,
                12,
                0.9,
                "offline",
                "220-81-62517");

        assertThat(codes(check(psst, Locale.KOREAN, List.of(corrected)))).doesNotContain("brn_checksum");
    }

    @Test
    void paperwork_counts_plan_and_registry_sources() {
        List<ExtractedField> fields = OfflineExtractorTests.PSST_GOLD.entrySet().stream()
                .map(e -> field(e.getKey(), e.getValue()))
                .toList();

        var offline = PaperworkReports.report(psst, fields, Set.of());
        var withRegistry = PaperworkReports.report(psst, fields, Set.of("nts-tax-clearance"));

        // 17 required fields (all read) + 5 required documents, of which tax clearance has no stand-in fields
        assertThat(offline.requiredItems()).isEqualTo(22);
        assertThat(offline.satisfiedWithoutTyping()).isEqualTo(21);
        assertThat(withRegistry.satisfiedWithoutTyping()).isEqualTo(22);
        assertThat(withRegistry.items())
                .anyMatch(i -> i.key().equals("tax_clearance") && i.source().equals("registry"));
        assertThat(PaperworkReports.report(psst, List.of(), Set.of()).reductionRatio())
                .isZero();
    }

    static ExtractedField field(String key, String normalized) {
        return new ExtractedField(
                key, normalized, normalized, 1, normalized, 0, normalized.length(), 0.9, "offline", null);
    }

    static List<Finding> check(ProgramDefinition program, Locale locale, List<ExtractedField> fields) {
        return FieldChecks.check(program, fields, List.of(), TestServices.messages(), locale);
    }

    static List<String> codes(List<Finding> findings) {
        return findings.stream().map(Finding::code).toList();
    }

    static Finding only(List<Finding> findings, String code) {
        return findings.stream()
                .filter(f -> f.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError(code + " not in " + codes(findings)));
    }
}

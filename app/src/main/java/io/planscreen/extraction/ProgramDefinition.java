package io.planscreen.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A grant program as data: what its application form asks, which attachments it wants and what can
 * stand in for them, who is eligible, and how plans are scored. Loaded from {@code programs/*.yml} and
 * from admins; every change is a new {@code version}.
 *
 * @param template "PSST" or "SMTECH" (the plan template applicants use)
 * @param periodStart first day of the program's funding period (dates are checked against it)
 */
public record ProgramDefinition(
        String id,
        int version,
        String nameKo,
        String nameEn,
        String template,
        LocalDate periodStart,
        LocalDate periodEnd,
        Budget budget,
        List<FieldSpec> fields,
        List<DocumentSpec> documents,
        List<EligibilityRule> eligibility,
        List<RubricCriterion> rubric) {

    public ProgramDefinition {
        fields = List.copyOf(fields);
        documents = List.copyOf(documents);
        eligibility = List.copyOf(eligibility);
        rubric = List.copyOf(rubric);
    }

    public Optional<FieldSpec> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public ProgramDefinition withVersion(int newVersion) {
        return new ProgramDefinition(
                id,
                newVersion,
                nameKo,
                nameEn,
                template,
                periodStart,
                periodEnd,
                budget,
                fields,
                documents,
                eligibility,
                rubric);
    }

    /**
     * @param govShareMax the government's largest share of the total budget (0.75 = 75 %)
     * @param govGrantMaxKrw the largest government grant per project
     * @param privateCashMinShare the smallest cash share of the total budget the company pays
     */
    public record Budget(double govShareMax, long govGrantMaxKrw, double privateCashMinShare) {}

    /**
     * @param key a canonical key of {@link io.planscreen.ml.plan.FieldKeys}
     * @param type text, brn, date, region, ksic, integer, krw, tech_area, email, phone
     * @param validation an extra rule: "brn_checksum", "positive", "within_period", or null
     * @param fromPlan whether a business plan usually states it (the extractor looks for it)
     */
    public record FieldSpec(
            String key,
            String type,
            String labelKo,
            String labelEn,
            boolean required,
            boolean fromPlan,
            @Nullable String validation) {}

    /**
     * @param standInFields fields that, all read from the plan, make the attachment unnecessary (empty: none)
     * @param registry a registry look-up that can replace it (e.g. "nts-business-status"), or null
     */
    public record DocumentSpec(
            String key,
            String labelKo,
            String labelEn,
            boolean required,
            List<String> standInFields,
            @Nullable String registry) {

        public DocumentSpec {
            standInFields = List.copyOf(standInFields);
        }
    }

    /**
     * @param rule max_age_years (company age at the period start), max, min (numbers), region_in (list)
     * @param value the limit, e.g. "7" or "150000000000" or "SEOUL,GYEONGGI"
     */
    public record EligibilityRule(String id, String field, String rule, String value, String labelKo, String labelEn) {}

    /** @param sections plan sections (SectionKind names) the criterion mostly reads */
    public record RubricCriterion(String id, String labelKo, String labelEn, int weight, List<String> sections) {

        public RubricCriterion {
            sections = List.copyOf(sections);
        }
    }
}

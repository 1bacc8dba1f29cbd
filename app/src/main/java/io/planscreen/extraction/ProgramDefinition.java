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
     * @param privateInKindMaxShare the largest in-kind share of the total budget (null: no cap)
     * @param raisedGrantMax a higher grant cap for applicants who chose an option (null: none)
     */
    public record Budget(
            double govShareMax,
            long govGrantMaxKrw,
            double privateCashMinShare,
            @Nullable Double privateInKindMaxShare,
            @Nullable RaisedGrantMax raisedGrantMax) {

        public Budget(double govShareMax, long govGrantMaxKrw, double privateCashMinShare) {
            this(govShareMax, govGrantMaxKrw, privateCashMinShare, null, null);
        }

        /** The grant cap for an application whose choice field holds {@code chosen} (null: not stated). */
        public long govGrantMaxKrw(@Nullable String chosen) {
            return raisedGrantMax != null && raisedGrantMax.option().equals(chosen)
                    ? raisedGrantMax.maxKrw()
                    : govGrantMaxKrw;
        }
    }

    /**
     * "At most 2억원, 3억원 with 성공환원형": the cap is {@code maxKrw} when the choice {@code field} holds
     * {@code option}.
     */
    public record RaisedGrantMax(String field, String option, long maxKrw) {}

    /**
     * One field of the application form, as the program defines it: the extractor reads what this says and
     * nothing else.
     *
     * @param key the field's key (snake_case; the existing programs use {@link io.planscreen.ml.plan.FieldKeys})
     * @param type text, person, date, krw (an amount; {@code unit} says the unit a bare number is in), integer,
     *     choice (one of {@code options}), brn, phone, email, region, ksic, tech_area
     * @param validation an extra rule: "brn_checksum", "positive", "within_period", or null
     * @param fromPlan whether a business plan usually states it (the extractor looks for it)
     * @param labels the other labels and synonyms real forms and plans use for it
     * @param weakLabels labels too common to trust in prose without a colon (read in tables and after a colon)
     * @param tableLabels labels trusted only as a table cell ("현금" in a budget table)
     * @param sections the plan sections (SectionKind names) where it is usually stated
     * @param options the options of a choice, as the form prints them
     * @param unit the unit of a bare amount on the program's form (e.g. "백만원"), null for KRW
     * @param period a period label whose value holds this date (its start) and another field (its end)
     * @param prose the role the field plays in the prose sentences plans write about a company (company,
     *     representative, founded, address, industry, headcount, cash, in_kind), or null
     * @param zeroAllowed whether a stated zero (with its unit) is an answer, not a missing value
     * @param form where the field sits on the program's official form, when there is one
     */
    public record FieldSpec(
            String key,
            String type,
            String labelKo,
            String labelEn,
            boolean required,
            boolean fromPlan,
            @Nullable String validation,
            List<String> labels,
            List<String> weakLabels,
            List<String> tableLabels,
            List<String> sections,
            List<String> options,
            @Nullable String unit,
            @Nullable Period period,
            @Nullable String prose,
            boolean zeroAllowed,
            @Nullable FormCell form) {

        public FieldSpec {
            labels = labels == null ? List.of() : List.copyOf(labels);
            weakLabels = weakLabels == null ? List.of() : List.copyOf(weakLabels);
            tableLabels = tableLabels == null ? List.of() : List.copyOf(tableLabels);
            sections = sections == null ? List.of() : List.copyOf(sections);
            options = options == null ? List.of() : List.copyOf(options);
        }
    }

    /**
     * @param end the key of the date field that ends the period
     * @param labels the labels of the period ("협약기간", "Development period")
     * @param weakLabels period labels trusted only in tables and after a colon ("Period")
     */
    public record Period(String end, List<String> labels, List<String> weakLabels) {

        public Period {
            labels = labels == null ? List.of() : List.copyOf(labels);
            weakLabels = weakLabels == null ? List.of() : List.copyOf(weakLabels);
        }
    }

    /**
     * Where a field sits on the official form: the table (0-based, counting top-level tables in order), its
     * label's row and cell.
     */
    public record FormCell(int table, int row, int cell) {}

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

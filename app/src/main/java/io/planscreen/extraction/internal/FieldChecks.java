package io.planscreen.extraction.internal;

import io.planscreen.extraction.ExtractionResult.ExtractedField;
import io.planscreen.extraction.ExtractionResult.Finding;
import io.planscreen.extraction.ExtractionResult.Severity;
import io.planscreen.extraction.ProgramDefinition;
import io.planscreen.extraction.ProgramDefinition.EligibilityRule;
import io.planscreen.extraction.ProgramDefinition.FieldSpec;
import io.planscreen.ml.plan.FieldKeys;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;

/**
 * Checks the fields against each other and against the program: BRN check digit and entity type, budget
 * arithmetic and caps, dates within the program period, eligibility. Each failure is a finding a person
 * reads, with the evidence it rests on. Uses the applicant's correction where there is one.
 */
final class FieldChecks {

    private final ProgramDefinition program;

    private final Map<String, ExtractedField> fields = new LinkedHashMap<>();

    private final MessageSource messages;

    private final Locale locale;

    private final List<Finding> findings = new ArrayList<>();

    private FieldChecks(ProgramDefinition program, List<ExtractedField> fields, MessageSource messages, Locale locale) {
        this.program = program;
        this.messages = messages;
        this.locale = locale;
        fields.forEach(f -> this.fields.put(f.key(), f));
    }

    static List<Finding> check(
            ProgramDefinition program,
            List<ExtractedField> fields,
            List<InjectionDetector.Injection> injections,
            MessageSource messages,
            Locale locale) {
        FieldChecks checks = new FieldChecks(program, fields, messages, locale);
        checks.brn();
        new BudgetChecks(checks, program).run();
        checks.dates();
        checks.positive();
        checks.eligibility();
        checks.missing();
        for (InjectionDetector.Injection injection : injections) {
            String where = checks.text(injection.hidden() ? "hidden.hidden" : "hidden.visible");
            checks.add(
                    "prompt_injection", Severity.WARNING, List.of(), injection.excerpt(), where, injection.excerpt());
        }
        return List.copyOf(checks.findings);
    }

    static String value(ExtractedField field) {
        return field.correctedValue() != null ? field.correctedValue() : field.normalized();
    }

    private void brn() {
        field(FieldKeys.BRN).ifPresent(f -> {
            String brn = value(f);
            String label = label(FieldKeys.BRN);
            if (!BusinessRegistrationNumbers.valid(brn)) {
                add("brn_checksum", Severity.ERROR, List.of(FieldKeys.BRN), evidence(f), label, brn);
                return;
            }
            Optional<BusinessRegistrationNumbers.Entity> entity = BusinessRegistrationNumbers.entity(brn);
            if (entity.isEmpty()) {
                add("brn_entity_unknown", Severity.WARNING, List.of(FieldKeys.BRN), evidence(f), label, brn);
            } else {
                String type = text("entity." + entity.get().name().toLowerCase(Locale.ROOT));
                add("brn_entity", Severity.INFO, List.of(FieldKeys.BRN), evidence(f), label, brn, type);
            }
        });
    }

    private void dates() {
        for (FieldSpec spec : program.fields()) {
            if (!"within_period".equals(spec.validation())) {
                continue;
            }
            Optional<LocalDate> date = date(spec.key());
            if (date.isPresent()
                    && (date.get().isBefore(program.periodStart()) || date.get().isAfter(program.periodEnd()))) {
                add(
                        "outside_period",
                        Severity.WARNING,
                        List.of(spec.key()),
                        evidence(List.of(spec.key())),
                        label(spec.key()),
                        date.get().toString(),
                        program.periodStart().toString(),
                        program.periodEnd().toString());
            }
        }
        Optional<LocalDate> start = date(FieldKeys.DEV_START);
        Optional<LocalDate> end = date(FieldKeys.DEV_END);
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            add(
                    "dev_order",
                    Severity.ERROR,
                    List.of(FieldKeys.DEV_START, FieldKeys.DEV_END),
                    evidence(List.of(FieldKeys.DEV_START, FieldKeys.DEV_END)),
                    start.get().toString(),
                    end.get().toString());
        }
    }

    private void positive() {
        for (FieldSpec spec : program.fields()) {
            if ("positive".equals(spec.validation())) {
                field(spec.key())
                        .filter(f -> number(value(f)).map(n -> n.signum() <= 0).orElse(true))
                        .ifPresent(f -> add(
                                "not_positive",
                                Severity.ERROR,
                                List.of(spec.key()),
                                evidence(f),
                                label(spec.key()),
                                value(f)));
            }
        }
    }

    private void eligibility() {
        for (EligibilityRule rule : program.eligibility()) {
            String label = locale.getLanguage().equals("en") ? rule.labelEn() : rule.labelKo();
            Optional<ExtractedField> field = field(rule.field());
            if (field.isEmpty()) {
                add("eligibility_unknown", Severity.INFO, List.of(rule.field()), "", label(rule.field()));
                continue;
            }
            String value = value(field.get());
            boolean ok =
                    switch (rule.rule()) {
                        case "max_age_years" ->
                            parseDate(value)
                                    .map(d ->
                                            !d.isBefore(program.periodStart().minusYears(Long.parseLong(rule.value()))))
                                    .orElse(true);
                        case "max" ->
                            number(value)
                                    .map(n -> n.compareTo(new BigDecimal(rule.value())) <= 0)
                                    .orElse(true);
                        case "min" ->
                            number(value)
                                    .map(n -> n.compareTo(new BigDecimal(rule.value())) >= 0)
                                    .orElse(true);
                        case "region_in" ->
                            Arrays.asList(rule.value().split("\\s*,\\s*")).contains(value);
                        default -> true;
                    };
            if (!ok) {
                add("eligibility_failed", Severity.ERROR, List.of(rule.field()), evidence(field.get()), label, value);
            }
        }
    }

    private void missing() {
        for (FieldSpec spec : program.fields()) {
            if (spec.required() && spec.fromPlan() && !fields.containsKey(spec.key())) {
                add("required_missing", Severity.INFO, List.of(spec.key()), "", label(spec.key()));
            }
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------

    void add(String code, Severity severity, List<String> keys, String evidence, Object... args) {
        findings.add(new Finding(
                code, severity, messages.getMessage("finding." + code, args, code, locale), keys, evidence));
    }

    private String text(String code) {
        return messages.getMessage(code, null, code, locale);
    }

    private String label(String key) {
        return program.field(key)
                .map(f -> locale.getLanguage().equals("en") ? f.labelEn() : f.labelKo())
                .orElse(key);
    }

    Optional<ExtractedField> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    Optional<Long> amount(String key) {
        return field(key).flatMap(f -> number(value(f))).map(BigDecimal::longValue);
    }

    private Optional<LocalDate> date(String key) {
        return field(key).flatMap(f -> parseDate(value(f)));
    }

    private static Optional<LocalDate> parseDate(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<BigDecimal> number(String value) {
        try {
            return Optional.of(new BigDecimal(value.replace(",", "").strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private String evidence(ExtractedField f) {
        return "p." + f.page() + ": " + f.quote();
    }

    String evidence(List<String> keys) {
        List<String> parts = new ArrayList<>();
        for (String key : keys) {
            field(key).ifPresent(f -> parts.add(evidence(f)));
        }
        return String.join(" · ", parts);
    }

    String money(long krw) {
        return NumberFormat.getIntegerInstance(Locale.KOREA).format(krw);
    }

    static String percent(double share) {
        return BigDecimal.valueOf(share * 100)
                .setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}

package io.planscreen.extraction.internal;

import io.planscreen.extraction.ProgramDefinition.FieldSpec;
import io.planscreen.ml.plan.FieldKeys;
import io.planscreen.ml.plan.Region;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Whether an answered value may be used: well-formed for its type, one of the definition's options, not the
 * form's placeholder, and stated by its own quote. The schema asks for the same, but a server need not follow
 * it, so nothing is trusted for having been asked.
 */
final class LlmAnswerChecks {

    private LlmAnswerChecks() {}

    /** Null when the answer can be used; otherwise why not. */
    static @Nullable String problem(LlmAnswer.ReadField item, FieldSpec spec) {
        String reason = check(item, spec.type());
        if (reason != null) {
            return reason;
        }
        List<String> allowed = LlmFieldSchema.allowedValues(spec);
        if (spec.type().equals("choice") && !allowed.contains(item.normalized().strip())) {
            return "not one of the field's options";
        }
        return Placeholders.unfilled(item.value()) ? "the form's placeholder, not a value" : null;
    }

    /** Null when the value is well-formed and agrees with its quote; otherwise why not. */
    static @Nullable String check(LlmAnswer.ReadField item, String type) {
        if (blank(item.value()) || blank(item.normalized()) || blank(item.quote())) {
            return "value, normalized and quote are all required";
        }
        String n = item.normalized().strip();
        String quote = item.quote();
        return switch (type) {
            case "krw" ->
                !n.matches("\\d{1,15}")
                        ? "not a whole KRW amount"
                        : KrwAmounts.all(quote).contains(Long.parseLong(n))
                                ? null
                                : "the quote does not state this amount";
            case "integer" ->
                !n.matches("\\d{1,9}")
                        ? "not an integer"
                        : quote.replace(",", "").matches("(?s).*(?<!\\d)" + n + "(?!\\d).*")
                                ? null
                                : "the quote does not state this number";
            case "date" -> date(n, quote);
            case "brn" ->
                !n.matches("\\d{3}-\\d{2}-\\d{5}")
                        ? "not a business registration number"
                        : quote.replaceAll("\\D", "").contains(n.replace("-", ""))
                                ? null
                                : "the quote does not state this number";
            case "region" ->
                Arrays.stream(Region.values()).anyMatch(r -> r.name().equals(n)) ? null : "not a region";
            case "ksic" -> n.matches("[A-U]") ? null : "not a KSIC section";
            case "tech_area" -> FieldKeys.TECH_AREAS.contains(n) ? null : "not a technology area";
            case "email" ->
                n.matches("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}") && quote.contains(n)
                        ? null
                        : "not an e-mail address in the quote";
            case "phone" -> n.matches("[0-9-]{9,14}") ? null : "not a phone number";
            default -> quote.contains(item.value().strip()) ? null : "the quote does not contain the value";
        };
    }

    private static @Nullable String date(String normalized, String quote) {
        try {
            LocalDate date = LocalDate.parse(normalized);
            String digits = quote.replaceAll("\\D", " ");
            return digits.contains(String.valueOf(date.getYear())) ? null : "the quote does not state this date";
        } catch (DateTimeParseException e) {
            return "not an ISO date";
        }
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }
}

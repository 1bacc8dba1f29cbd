package io.planscreen.extraction.internal;

import io.planscreen.ml.plan.FieldKeys;
import io.planscreen.ml.plan.Region;
import java.util.Arrays;
import java.util.Optional;

/** An applicant's typed value, read with the same normalisers as the plan ("3억원" → "300000000"). */
final class CorrectionValues {

    private CorrectionValues() {}

    /** The normalised value, or empty when it cannot be a value of this type. */
    static Optional<String> normalize(String type, String input) {
        String v = input.strip();
        if (v.isEmpty() || v.length() > 500) {
            return Optional.empty();
        }
        return switch (type) {
            case "krw" ->
                v.matches("\\d{1,15}")
                        ? Optional.of(String.valueOf(Long.parseLong(v)))
                        : KrwAmounts.parseAt(v, 1, true)
                                .filter(a -> a.length() == v.length())
                                .map(a -> String.valueOf(a.krw()));
            case "integer" ->
                v.replace(",", "").matches("\\d{1,9}")
                        ? Optional.of(String.valueOf(Long.parseLong(v.replace(",", ""))))
                        : Optional.empty();
            case "date" -> IsoDates.parse(v).map(Object::toString);
            case "brn" ->
                v.replaceAll("[\\s-]", "").matches("\\d{10}")
                        ? Optional.of(v.replaceAll("[\\s-]", "").replaceFirst("(\\d{3})(\\d{2})(\\d{5})", "$1-$2-$3"))
                        : Optional.empty();
            case "region" ->
                Arrays.stream(Region.values()).anyMatch(r -> r.name().equals(v))
                        ? Optional.of(v)
                        : Region.fromText(v).map(Enum::name);
            case "ksic" -> v.matches("[A-U]") ? Optional.of(v) : Industries.ksicSection(v);
            case "tech_area" -> FieldKeys.TECH_AREAS.contains(v) ? Optional.of(v) : Industries.techArea(v);
            case "email" -> v.matches("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}") ? Optional.of(v) : Optional.empty();
            case "phone" -> v.matches("\\+?[0-9][0-9 -]{7,15}") ? Optional.of(v.replace(' ', '-')) : Optional.empty();
            default -> Optional.of(v);
        };
    }
}

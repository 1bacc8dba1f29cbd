package io.planscreen.web;

import io.planscreen.extraction.ExtractionResult.ExtractedField;
import io.planscreen.ml.plan.Region;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a field's value reads on a page: amounts in won as grouped digits ("5,500만원" reads 55,000,000 under
 * a "(원)" heading), counts as grouped digits, dates in ISO, a region code by the region's name; other values
 * as the plan wrote them. A
 * correction is shown in the same form, since it was normalised the same way.
 */
final class AmountFormat {

    private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

    private AmountFormat() {}

    static String display(ExtractedField field, Locale locale) {
        String normalized = field.correctedValue() != null ? field.correctedValue() : field.normalized();
        boolean numeric = field.key().endsWith("_krw") || field.key().equals("employees");
        if (numeric && DIGITS.matcher(normalized).matches()) {
            return NumberFormat.getIntegerInstance(locale).format(Long.parseLong(normalized));
        }
        if (field.key().equals("founded_on") || field.key().startsWith("dev_")) {
            return normalized;
        }
        String shown = field.correctedValue() != null ? field.correctedValue() : field.value();
        // a region is stored as its code (SEOUL): people read the region's name, as the plan writes it
        return Arrays.stream(Region.values())
                .filter(r -> r.name().equals(shown))
                .findFirst()
                .map(Region::officialName)
                .orElse(shown);
    }
}

package io.planscreen.evaluation;

import io.planscreen.ml.plan.FieldKeys;
import java.util.Locale;
import java.util.Set;

/**
 * "Exact after normalisation": both the extracted and the gold value are brought to the canonical
 * form of {@link FieldKeys} (numbers as digits, company names without legal form, case and spaces
 * folded) and then compared for equality.
 */
public final class FieldComparison {

    private static final Set<String> NUMBERS = Set.of(
            FieldKeys.EMPLOYEES,
            FieldKeys.REVENUE_KRW,
            FieldKeys.TOTAL_BUDGET_KRW,
            FieldKeys.GOV_GRANT_KRW,
            FieldKeys.PRIVATE_CASH_KRW,
            FieldKeys.PRIVATE_IN_KIND_KRW);

    /** Joins the values of a key the gold states more than once (Kleister TSV): matching any one is right. */
    public static final String ALTERNATIVES = "\u241F";

    private FieldComparison() {}

    public static boolean matches(String key, String extracted, String gold) {
        for (String alternative : gold.split(ALTERNATIVES)) {
            if (normalize(key, extracted).equals(normalize(key, alternative))) {
                return true;
            }
        }
        return false;
    }

    public static String normalize(String key, String value) {
        String v = value.strip();
        if (NUMBERS.contains(key) || key.equals(FieldKeys.BRN) || key.equals(FieldKeys.CONTACT_PHONE)) {
            String digits = v.replaceAll("[^0-9]", "");
            return digits.replaceFirst("^0+(?=\\d)", NUMBERS.contains(key) ? "" : "$0");
        }
        if (key.equals(FieldKeys.COMPANY_NAME)) {
            v = v.replace("㈜", "")
                    .replace("(주)", "")
                    .replace("주식회사", "")
                    .replaceAll("(?i),?\\s*(co\\.,?\\s*ltd\\.?|inc\\.?|corp\\.?|ltd\\.?)$", "");
        }
        return v.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT).replace(" ", "");
    }
}

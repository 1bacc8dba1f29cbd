package io.planscreen.web;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.security.UserAccounts;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Does the plan name the signed-in company? A plan naming another company (its 기업명 or 사업자등록번호) is
 * kept, but the company is warned before an evaluator reads it.
 *
 * @param planName what the plan says, or null when it does not say
 */
record CompanyCheck(
        String companyName,
        String companyNumber,
        @Nullable String planName,
        @Nullable String planNumber,
        boolean nameDiffers,
        boolean numberDiffers) {

    public boolean mismatch() {
        return nameDiffers || numberDiffers;
    }

    static CompanyCheck of(UserAccounts.Company company, ExtractionResult extraction) {
        String planName = value(extraction, "company_name");
        String planNumber = value(extraction, "business_registration_number");
        boolean numberDiffers =
                planNumber != null && !digits(planNumber).equals(digits(company.businessRegistrationNumber()));
        boolean nameDiffers = planName != null && !bareName(planName).equals(bareName(company.name()));
        return new CompanyCheck(
                company.name(), company.businessRegistrationNumber(), planName, planNumber, nameDiffers, numberDiffers);
    }

    private static @Nullable String value(ExtractionResult extraction, String key) {
        return extraction
                .field(key)
                .map(f -> f.correctedValue() != null ? f.correctedValue() : f.normalized())
                .filter(v -> !v.isBlank())
                .orElse(null);
    }

    private static String digits(String number) {
        return number.replaceAll("\\D", "");
    }

    /** "(주)플랜 스크린" and "주식회사 플랜스크린" name the same company. */
    static String bareName(String name) {
        return name.toLowerCase(Locale.ROOT)
                .replaceAll("\\b(inc|co|ltd|corp|corporation)\\b", "")
                .replaceAll("\\(주\\)|㈜|주식회사|\\(유\\)|유한회사|\\s|[.,]", "");
    }
}

package io.planscreen.ml.writers;

import io.planscreen.ml.corpus.Company;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A company applying to the call, with what its plan is about and what it asks for. Amounts in KRW; the form
 * writes them in 백만원.
 *
 * @param product what the item is ("배터리 진단 모듈"); {@code function} what it does better
 * @param staff people named in the 팀 구성 table: position, role, background
 */
record Applicant(
        Company company,
        ItemField field,
        String product,
        String function,
        String customer,
        String itemName,
        boolean corporation,
        String principalInvestigator,
        LocalDate devStart,
        LocalDate devEnd,
        long govGrant,
        long privateCash,
        long privateInKind,
        List<List<String>> staff) {

    long total() {
        return govGrant + privateCash + privateInKind;
    }

    String shortName() {
        return company.nameKo();
    }

    /** The values a house paragraph's slots take for this company. */
    Map<String, String> slots() {
        return Map.of(
                "c",
                company.nameKo(),
                "i",
                itemName,
                "p",
                product,
                "f",
                function,
                "k",
                customer,
                "r",
                company.representativeKo(),
                "g",
                company.region().aliases().get(0),
                "t",
                field.formName,
                "e",
                String.valueOf(company.employees()));
    }
}

package io.planscreen.similarity.internal;

import io.planscreen.extraction.ExtractionResult;
import io.planscreen.extraction.FieldExtraction;
import io.planscreen.ml.plan.FieldKeys;
import io.planscreen.security.UserAccounts;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The identifiers of an application's own company. Its registered name and BRN are its own; the plan's
 * 기업명/사업자등록번호 count only when no company record exists (a reused plan's table may still carry the former
 * client's, which must stay evidence rather than become this company's); its 대표자, 연구책임자, contact phone and
 * e-mail and the road address of its 소재지 always (as extracted, and as the applicant corrected them).
 */
@Component
class OwnIdentifiers {

    /** One identifier of the application's own company, normalised, and as shown to an evaluator. */
    record Own(IdentifierKind kind, String value, String shown) {}

    private record FieldForm(String key, IdentifierKind kind, Function<String, Optional<String>> form) {}

    private static final List<FieldForm> REGISTERED = List.of(
            new FieldForm(FieldKeys.COMPANY_NAME, IdentifierKind.COMPANY_NAME, IdentifierForms::companyName),
            new FieldForm(FieldKeys.BRN, IdentifierKind.BRN, IdentifierForms::brn));

    private static final List<FieldForm> ALWAYS = List.of(
            new FieldForm(FieldKeys.REPRESENTATIVE, IdentifierKind.REPRESENTATIVE, IdentifierForms::person),
            new FieldForm(FieldKeys.PRINCIPAL_INVESTIGATOR, IdentifierKind.INVESTIGATOR, IdentifierForms::person),
            new FieldForm(FieldKeys.CONTACT_PHONE, IdentifierKind.PHONE, IdentifierForms::phone),
            new FieldForm(FieldKeys.CONTACT_EMAIL, IdentifierKind.EMAIL, IdentifierForms::email),
            new FieldForm(FieldKeys.REGION, IdentifierKind.ADDRESS, IdentifierForms::address));

    private final UserAccounts accounts;

    private final FieldExtraction extraction;

    OwnIdentifiers(UserAccounts accounts, FieldExtraction extraction) {
        this.accounts = accounts;
        this.extraction = extraction;
    }

    List<Own> of(ApplicationId application, CompanyId company) {
        Map<String, Own> out = new LinkedHashMap<>();
        Optional<UserAccounts.Company> record = accounts.company(company);
        record.ifPresent(c -> {
            IdentifierForms.companyName(c.name()).ifPresent(v -> put(out, IdentifierKind.COMPANY_NAME, v, c.name()));
            IdentifierForms.brn(c.businessRegistrationNumber())
                    .ifPresent(v -> put(out, IdentifierKind.BRN, v, c.businessRegistrationNumber()));
        });
        Optional<ExtractionResult> extracted = extraction.extracted(application);
        if (extracted.isEmpty()) {
            return List.copyOf(out.values());
        }
        List<FieldForm> forms = new ArrayList<>(ALWAYS);
        if (record.isEmpty()) {
            forms.addAll(REGISTERED);
        }
        for (FieldForm f : forms) {
            extracted.get().field(f.key()).ifPresent(field -> {
                List<String> written = new ArrayList<>(List.of(field.value()));
                if (field.correctedValue() != null) {
                    written.add(field.correctedValue());
                }
                written.forEach(w -> f.form().apply(w).ifPresent(v -> put(out, f.kind(), v, w)));
            });
        }
        return List.copyOf(out.values());
    }

    private static void put(Map<String, Own> out, IdentifierKind kind, String value, String shown) {
        out.putIfAbsent(kind + "/" + value, new Own(kind, value, shown.strip()));
    }
}

package io.planscreen.similarity.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Decides which other applicants a plan names, from the stored identifiers its candidate values found. Per other
 * company: a BRN, phone number or e-mail address names it; so does a distinctive company name; a person's name,
 * a road address or a short or ordinary company name (only when written with (주)/주식회사) counts only with
 * another kind of identifier of the same company. The plan's own company's identifiers never count, and a
 * phone, e-mail, address or person held by more than {@link #MAX_HOLDERS} companies is shared (a business
 * centre's switchboard or building), not one applicant's.
 */
final class IdentifierMatcher {

    static final int MAX_HOLDERS = 3;

    /** Applications of one other company linked at most (a company applying many times is one writer's). */
    static final int MAX_APPLICATIONS_PER_COMPANY = 20;

    /** A stored identifier of one application. */
    record Stored(UUID application, UUID company, IdentifierKind kind, String value, String shown) {}

    /**
     * @param kinds the other application's identifiers this plan holds, with where it first writes each
     * @param ties the plan ties itself to that applicant's writer: it holds a BRN, phone or e-mail of it, or two
     *     kinds of its identifiers (a distinctive name alone links, as a plan may name a partner applicant)
     */
    record Hit(
            UUID application, UUID company, Map<IdentifierKind, PlanIdentifierScan.Occurrence> kinds, boolean ties) {}

    private IdentifierMatcher() {}

    static List<Hit> match(PlanIdentifierScan scan, List<Stored> found, UUID ownCompany, Set<String> ownValues) {
        Map<String, Set<UUID>> holders = new HashMap<>();
        for (Stored s : found) {
            holders.computeIfAbsent(s.value(), k -> new HashSet<>()).add(s.company());
        }
        Map<UUID, List<Stored>> byCompany = new LinkedHashMap<>();
        for (Stored s : found) {
            if (s.company().equals(ownCompany) || ownValues.contains(s.value())) {
                continue;
            }
            if (!s.kind().equals(IdentifierKind.BRN)
                    && !s.kind().equals(IdentifierKind.COMPANY_NAME)
                    && holders.get(s.value()).size() > MAX_HOLDERS) {
                continue;
            }
            PlanIdentifierScan.Occurrence at = scan.occurrence(s.value()).orElse(null);
            if (at == null || !counts(s, at)) {
                continue;
            }
            byCompany.computeIfAbsent(s.company(), k -> new ArrayList<>()).add(s);
        }
        List<Hit> hits = new ArrayList<>();
        byCompany.forEach((company, stored) -> {
            Set<String> classes = new HashSet<>();
            boolean strong = false;
            boolean distinctiveName = false;
            for (Stored s : stored) {
                classes.add(s.kind().evidenceClass());
                strong |= s.kind().strong();
                distinctiveName |= s.kind() == IdentifierKind.COMPANY_NAME && IdentifierForms.distinctive(s.value());
            }
            if (!strong && !distinctiveName && classes.size() < 2) {
                return; // a person's name, an address or a short name alone: too common to name a company
            }
            boolean ties = strong || classes.size() >= 2;
            Map<UUID, Map<IdentifierKind, PlanIdentifierScan.Occurrence>> perApplication = new LinkedHashMap<>();
            for (Stored s : stored) {
                perApplication
                        .computeIfAbsent(s.application(), k -> new EnumMap<>(IdentifierKind.class))
                        .putIfAbsent(s.kind(), scan.occurrence(s.value()).orElseThrow());
            }
            perApplication.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<UUID, ?> e) -> e.getKey()))
                    .limit(MAX_APPLICATIONS_PER_COMPANY)
                    .forEach(e -> hits.add(new Hit(e.getKey(), company, e.getValue(), ties)));
        });
        return hits;
    }

    /** A short or ordinary company name is only a name where the plan writes it with (주)/주식회사. */
    private static boolean counts(Stored s, PlanIdentifierScan.Occurrence at) {
        return s.kind() != IdentifierKind.COMPANY_NAME || IdentifierForms.distinctive(s.value()) || at.marked();
    }
}

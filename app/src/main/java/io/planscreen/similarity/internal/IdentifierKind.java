package io.planscreen.similarity.internal;

/**
 * What a company identifier is. A BRN, phone number or e-mail address names one company on its own; a
 * distinctive company name does too, though less surely (a plan may name a partner); a person's name, a street
 * address or a short company name that is an ordinary word speaks only together with another identifier of the
 * same company (common names, shared buildings, ordinary words).
 */
enum IdentifierKind {
    COMPANY_NAME,
    BRN,
    REPRESENTATIVE,
    INVESTIGATOR,
    PHONE,
    EMAIL,
    ADDRESS;

    /** Names one company by itself, beyond a plan naming a partner in prose. */
    boolean strong() {
        return this == BRN || this == PHONE || this == EMAIL;
    }

    /**
     * The class a weak identifier counts in: a representative and an investigator are often the same person,
     * so both count as one "person".
     */
    String evidenceClass() {
        return this == INVESTIGATOR ? REPRESENTATIVE.name() : name();
    }
}

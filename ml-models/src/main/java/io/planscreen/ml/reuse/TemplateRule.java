package io.planscreen.ml.reuse;

/**
 * When repeated text is the program's template rather than reuse: it is learnt from the applications,
 * not listed. Text that near-verbatim appears in the plans of at least {@code share} of a program's
 * companies (and at least {@code minCompanies} of them) is what every applicant repeats; a broker's
 * boilerplate reaches only its own clients, a much smaller share.
 */
public record TemplateRule(int minCompanies, double share) {

    public static final TemplateRule DEFAULT = new TemplateRule(8, 0.25);

    public boolean isTemplate(int companiesWithText, int companiesInProgram) {
        return companiesWithText >= Math.max(minCompanies, Math.ceil(share * companiesInProgram));
    }
}

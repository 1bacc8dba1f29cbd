package io.planscreen.extraction;

/** How many findings a stored extraction result holds, by severity, read without the result itself. */
public record FindingCounts(int errors, int warnings, int total) {

    public static FindingCounts of(ExtractionResult result) {
        int errors = 0;
        int warnings = 0;
        for (ExtractionResult.Finding finding : result.findings()) {
            if (finding.severity() == ExtractionResult.Severity.ERROR) {
                errors++;
            } else if (finding.severity() == ExtractionResult.Severity.WARNING) {
                warnings++;
            }
        }
        return new FindingCounts(errors, warnings, result.findings().size());
    }
}

package io.planscreen.similarity;

/** The headline figures of a stored {@link ReuseReport}, read without its passages and clusters. */
public record ReuseSummary(double maxSimilarity, int paragraphsReused, int otherCompanies) {

    public static ReuseSummary of(ReuseReport report) {
        return new ReuseSummary(report.maxSimilarity(), report.paragraphsReused(), report.otherCompanies());
    }
}

package io.planscreen.ml.reuse;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Where the plan sits among the other companies' plans of its program: the mean whole-plan similarity
 * ({@link PlanSignature}) at ranks 1, 2–4, 5–20 and 21–60 of a bounded pool, compared exhaustively
 * (missing ranks count 0). {@link PlanReuse} answers "is there one close plan anywhere"; this answers "how
 * many plans are close", which is what a broker selling one plan to many clients leaves behind even when
 * each copy is paraphrased, while a company writing its own plan in the program's common wording is close
 * to a few plans at most. Chosen by leave-one-agency-out cross-validation on the training and validation
 * agencies (see the v5 model card).
 *
 * <p>The pool is the {@link #POOL} most recently stored plans of other companies in the same program (the
 * service) or every other company's plan of the same template (training: about 1,500 per template). Ranks
 * are absolute, not shares of the pool: a program with far fewer stored plans gives lower values, so
 * fewer flags, until it fills.
 *
 * @param nearest highest similarity (rank 1)
 * @param ranks2to4 mean similarity of the 2nd to 4th most similar plans
 * @param ranks5to20 mean similarity of the 5th to 20th
 * @param ranks21to60 mean similarity of the 21st to 60th
 */
public record PlanNeighbourhood(double nearest, double ranks2to4, double ranks5to20, double ranks21to60) {

    /** Most other plans compared: the most recently stored ones of the program, in the service. */
    public static final int POOL = 2000;

    public static final PlanNeighbourhood NONE = new PlanNeighbourhood(0, 0, 0, 0);

    /**
     * Compares the query with every plan of the pool once (several rows of one plan count once), the query's
     * own company excluded.
     */
    public static PlanNeighbourhood of(String ownCompany, PlanSignature query, Collection<PlanReuse.Stored> pool) {
        if (query.isEmpty()) {
            return NONE;
        }
        double[] similarities = new double[pool.size()];
        Set<String> seen = new HashSet<>();
        int n = 0;
        for (PlanReuse.Stored other : pool) {
            if (!other.company().equals(ownCompany) && seen.add(other.plan())) {
                similarities[n++] = query.similarity(other.signature());
            }
        }
        return of(Arrays.copyOf(similarities, n));
    }

    /** The rank means of these similarities (in any order). */
    public static PlanNeighbourhood of(double[] similarities) {
        double[] sorted = similarities.clone();
        Arrays.sort(sorted);
        return new PlanNeighbourhood(
                rankMean(sorted, 1, 1), rankMean(sorted, 2, 4), rankMean(sorted, 5, 20), rankMean(sorted, 21, 60));
    }

    /** Mean of ranks from..to (1 = most similar) of ascending values; ranks beyond the pool count 0. */
    private static double rankMean(double[] ascending, int from, int to) {
        double sum = 0;
        for (int rank = from; rank <= to && rank <= ascending.length; rank++) {
            sum += ascending[ascending.length - rank];
        }
        return sum / (to - from + 1);
    }
}

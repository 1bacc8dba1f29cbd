package io.planscreen.ml.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

class PlanNeighbourhoodTests {

    @Test
    void rank_means_of_the_most_similar_plans_with_missing_ranks_counted_zero() {
        // 70 similarities 0.70, 0.69, ..., 0.01 in shuffled order
        List<Double> values = new ArrayList<>();
        for (int i = 70; i >= 1; i--) {
            values.add(i / 100.0);
        }
        java.util.Collections.shuffle(values, new Random(1));
        PlanNeighbourhood n = PlanNeighbourhood.of(
                values.stream().mapToDouble(Double::doubleValue).toArray());
        assertThat(n.nearest()).isEqualTo(0.70);
        assertThat(n.ranks2to4()).isCloseTo((0.69 + 0.68 + 0.67) / 3, within(1e-12));
        assertThat(n.ranks5to20()).isCloseTo(mean(0.66, 0.51), within(1e-12));
        assertThat(n.ranks21to60()).isCloseTo(mean(0.50, 0.11), within(1e-12));

        // three plans only: rank 4 and everything beyond count 0
        PlanNeighbourhood few = PlanNeighbourhood.of(new double[] {0.2, 0.5, 0.3});
        assertThat(few).isEqualTo(new PlanNeighbourhood(0.5, (0.3 + 0.2) / 3, 0, 0));
        assertThat(PlanNeighbourhood.of(new double[0])).isEqualTo(PlanNeighbourhood.NONE);
    }

    @Test
    void compares_each_other_companys_plan_once_and_never_the_own_company() {
        Random random = new Random(7);
        List<String> plan = PlanSignatureTests.paragraphs(random, 8);
        PlanSignature query = PlanSignature.of(plan);
        PlanSignature copy = PlanSignature.of(plan);
        PlanSignature other = PlanSignature.of(PlanSignatureTests.paragraphs(random, 8));
        List<PlanReuse.Stored> pool = List.of(
                new PlanReuse.Stored("own-earlier", "c-own", copy),
                new PlanReuse.Stored("copy", "c-1", copy),
                new PlanReuse.Stored("copy", "c-1", copy),
                new PlanReuse.Stored("other", "c-2", other));
        PlanNeighbourhood n = PlanNeighbourhood.of("c-own", query, pool);
        assertThat(n.nearest()).isEqualTo(1.0);
        assertThat(n.ranks2to4()).isEqualTo(query.similarity(other) / 3);
        assertThat(n.ranks5to20()).isZero();
        assertThat(PlanNeighbourhood.of("c-own", PlanSignature.of(List.of()), pool))
                .isEqualTo(PlanNeighbourhood.NONE);
    }

    @Test
    void the_training_index_takes_the_last_added_plans_of_other_companies_up_to_the_pool_size() {
        Random random = new Random(11);
        List<String> source = PlanSignatureTests.paragraphs(random, 6);
        PlanIndex index = new PlanIndex();
        List<PlanReuse.Stored> added = new ArrayList<>();
        // the pool's size plus 5 plans; the 5 added first are exact copies, so only a pool that wrongly
        // included them would see similarity 1
        for (int i = 0; i < PlanNeighbourhood.POOL + 5; i++) {
            PlanSignature s =
                    i < 5 ? PlanSignature.of(source) : PlanSignature.of(PlanSignatureTests.paragraphs(random, 2));
            index.add("p" + i, "c" + i, s);
            added.add(new PlanReuse.Stored("p" + i, "c" + i, s));
        }
        index.add("own", "c-own", PlanSignature.of(source));
        PlanSignature query = PlanSignature.of(source);
        PlanNeighbourhood n = index.neighbourhood(query, "c-own");
        assertThat(n).isEqualTo(PlanNeighbourhood.of("c-own", query, added.subList(5, added.size())));
        assertThat(n.nearest()).isLessThan(0.5);
    }

    private static double mean(double from, double to) {
        return DoubleStream.iterate(from, v -> v >= to - 1e-9, v -> v - 0.01)
                .average()
                .orElseThrow();
    }
}

package io.planscreen.ml.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusRolesTests {

    /** A corpus of hand-made plans (splits train / validation / test, four agencies) under a corpus prefix. */
    private static CorpusRoles.Corpus corpus(String ref, CorpusRoles.Role role) {
        CorpusRef r = CorpusRef.parse(ref);
        List<BrokerDataset.Row> rows = HandMadePlans.generate(60, r.seed()).stream()
                .map(p -> new BrokerDataset.Row(
                        new LabeledPlan(
                                r.prefix() + p.id(),
                                r.prefix() + p.company(),
                                p.broker() == null ? null : r.prefix() + p.broker(),
                                p.split(),
                                p.plan(),
                                p.fields(),
                                p.region(),
                                p.size(),
                                p.industry()),
                        new double[] {p.brokerWritten() ? 1 : 0}))
                .toList();
        return new CorpusRoles.Corpus(r, role, rows);
    }

    /** g1 trains; g2 has a training, a selection and a final corpus. */
    private static List<CorpusRoles.Corpus> twoGenerators() {
        return List.of(
                corpus("g1:1", CorpusRoles.Role.TRAIN),
                corpus("g2:2", CorpusRoles.Role.TRAIN),
                corpus("g2:3", CorpusRoles.Role.SELECT),
                corpus("g2:4", CorpusRoles.Role.FINAL));
    }

    @Test
    void first_generator_corpora_train_on_the_splits_given_and_other_roles_read_all_their_plans() {
        List<CorpusRoles.Corpus> all = twoGenerators();
        CorpusRoles.Corpus g1 = all.get(0);
        CorpusRoles.Corpus g2train = all.get(1);
        CorpusRoles.Corpus g2select = all.get(2);
        CorpusRoles.Corpus g2final = all.get(3);

        CorpusRoles.Split split = CorpusRoles.split(all, List.of("train"));

        long g1Train =
                g1.rows().stream().filter(r -> r.plan().split().equals("train")).count();
        assertThat(split.train()).hasSize((int) g1Train + g2train.rows().size());
        assertThat(split.train())
                .filteredOn(r -> r.plan().id().startsWith("g1"))
                .allMatch(r -> r.plan().split().equals("train"));
        assertThat(split.select()).containsExactlyElementsOf(g2select.rows());
        assertThat(split.last()).containsExactlyElementsOf(g2final.rows());
    }

    @Test
    void leaving_a_generator_out_tests_on_all_of_it_and_never_reads_the_final_corpora() {
        List<CorpusRoles.Corpus> all = twoGenerators();
        CorpusRoles.Corpus g1 = all.get(0);
        CorpusRoles.Corpus g2train = all.get(1);
        CorpusRoles.Corpus g2select = all.get(2);
        CorpusRoles.Corpus g2final = all.get(3);

        CorpusRoles.Split withoutG2 = CorpusRoles.leaveOut(all, "g2");
        assertThat(withoutG2.train())
                .allMatch(r ->
                        r.plan().id().startsWith("g1s1-") && !r.plan().split().equals("validation"));
        assertThat(withoutG2.select())
                .isNotEmpty()
                .allMatch(r -> r.plan().split().equals("validation"));
        assertThat(withoutG2.last())
                .hasSize(g2train.rows().size() + g2select.rows().size());

        CorpusRoles.Split withoutG1 = CorpusRoles.leaveOut(all, "g1");
        assertThat(withoutG1.train()).containsExactlyElementsOf(g2train.rows());
        assertThat(withoutG1.select()).containsExactlyElementsOf(g2select.rows());
        assertThat(withoutG1.last()).hasSize(g1.rows().size());
        for (CorpusRoles.Split s : List.of(withoutG1, withoutG2)) {
            assertThat(s.train()).doesNotContainAnyElementsOf(g2final.rows());
            assertThat(s.select()).doesNotContainAnyElementsOf(g2final.rows());
            assertThat(s.last()).doesNotContainAnyElementsOf(g2final.rows());
        }
    }

    @Test
    void an_agency_trained_on_cannot_be_chosen_or_finally_measured_on() {
        CorpusRoles.Corpus train = corpus("g2:2", CorpusRoles.Role.TRAIN);
        // the same agencies under another corpus's role: what a generator reusing agency ids across seeds would do
        CorpusRoles.Corpus leaky =
                new CorpusRoles.Corpus(CorpusRef.parse("g2:3"), CorpusRoles.Role.SELECT, train.rows());

        assertThatThrownBy(() -> CorpusRoles.split(List.of(train, leaky), List.of("train")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("was trained on");
    }
}

package io.planscreen.similarity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.parsing.FileProvenance;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import io.planscreen.similarity.ReuseReport;
import io.planscreen.similarity.WriterEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A new call of 8 plans, one company each: an agency wrote 5 (four reuse its house paragraphs with the client's
 * name swapped; the fifth is paraphrased throughout but saved on the same machine, its file naming the same
 * author as the first); 3 companies wrote their own, each copying the same two official guidance lines. The
 * agency's 5 plans form one writer cluster of 5 companies, flagged; the own-voice plans are in none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WriterClusterIntegrationTests {

    @Autowired
    TextReuseService reuse;

    @Autowired
    WriterService writers;

    @Test
    void a_five_plan_writer_cluster_in_a_call_of_eight_is_flagged_and_own_voice_plans_are_not() {
        ProgramId program = new ProgramId("call-" + Long.toString(System.nanoTime(), 36));
        Random random = new Random(System.nanoTime());
        List<String> house = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            house.add("{client}은 " + TextReuseIntegrationTests.own(random));
        }
        List<String> guidance = List.of(
                "사업화 계획은 " + TextReuseIntegrationTests.own(random),
                "자금 소요 계획은 " + TextReuseIntegrationTests.own(random));
        // unique to the run: the test database keeps earlier runs' files, and the same author would link them
        String author = "김대필 " + program.value();
        FileProvenance agencyMachine = provenance(author);
        List<ApplicationId> agency = new ArrayList<>();
        List<ApplicationId> ownVoice = new ArrayList<>();
        for (int plan = 0; plan < 8; plan++) {
            List<String> paragraphs = new ArrayList<>();
            paragraphs.add(TextReuseIntegrationTests.own(random));
            if (plan < 4) {
                String client = "고객사" + plan;
                house.forEach(h -> paragraphs.add(h.replace("{client}", client)));
            } else if (plan == 4) {
                paragraphs.add(TextReuseIntegrationTests.own(random));
            } else {
                paragraphs.addAll(guidance);
            }
            paragraphs.add(TextReuseIntegrationTests.own(random));
            ApplicationId id = ApplicationId.random();
            CompanyId company = TextReuseIntegrationTests.company();
            ReuseReport report = reuse.compute(id, company, program, TextReuseIntegrationTests.plan(paragraphs));
            writers.record(
                    id,
                    company,
                    program,
                    plan == 0 || plan == 4 ? agencyMachine : FileProvenance.NONE,
                    report,
                    String.join("\n", paragraphs));
            (plan < 5 ? agency : ownVoice).add(id);
        }

        List<ApplicationId> call = new ArrayList<>(agency);
        call.addAll(ownVoice);
        Map<ApplicationId, WriterEvidence.Size> sizes = writers.clusterSizes(call);
        for (ApplicationId id : agency) {
            assertThat(sizes.get(id)).isEqualTo(new WriterEvidence.Size(5, 5, true));
        }
        assertThat(sizes).doesNotContainKeys(ownVoice.toArray(ApplicationId[]::new));

        // the second plan's cluster as a viewer who may not read the fourth: counted, not named
        ApplicationId hidden = agency.get(3);
        WriterEvidence.Cluster cluster =
                writers.cluster(agency.get(1), id -> !id.equals(hidden)).orElseThrow();
        assertThat(cluster.applications()).isEqualTo(5);
        assertThat(cluster.companies()).isEqualTo(5);
        assertThat(cluster.flagged()).isTrue();
        assertThat(cluster.withheld()).isEqualTo(1);
        assertThat(cluster.shared()).contains("PASSAGES", "AUTHOR");
        assertThat(cluster.members())
                .extracting(WriterEvidence.Member::application)
                .containsExactlyInAnyOrder(agency.get(0), agency.get(2), agency.get(4));
        assertThat(cluster.members())
                .filteredOn(m -> m.application().equals(agency.get(0)))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.links()).containsExactly("PASSAGES");
                    assertThat(m.sharedParagraphs()).isEqualTo(5);
                });
        // linked only through the first plan's file author
        assertThat(cluster.members())
                .filteredOn(m -> m.application().equals(agency.get(4)))
                .singleElement()
                .satisfies(m -> assertThat(m.links()).isEmpty());
        assertThat(cluster.author()).isNull();

        WriterEvidence.Cluster first =
                writers.cluster(agency.get(0), id -> true).orElseThrow();
        assertThat(first.author()).isEqualTo(author);
        assertThat(first.authorCompanies()).isEqualTo(2);
        assertThat(first.members())
                .filteredOn(m -> m.application().equals(agency.get(4)))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.links()).containsExactly("AUTHOR");
                    assertThat(m.sameTemplate()).isTrue();
                });
        assertThat(first.withheld()).isZero();
        assertThat(writers.cluster(ownVoice.get(0), id -> true)).isEmpty();
        assertThat(writers.provenance(agency.get(0))).contains(agencyMachine);

        // re-running the stage replaces the links, never duplicates them
        ReuseReport again = reuse.report(agency.get(1)).orElseThrow();
        writers.record(agency.get(1), TextReuseIntegrationTests.company(), program, FileProvenance.NONE, again, "");
        assertThat(writers.clusterSizes(List.of(agency.get(1)))
                        .get(agency.get(1))
                        .applications())
                .isEqualTo(5);
    }

    private static FileProvenance provenance(String author) {
        return new FileProvenance(
                author,
                author,
                null,
                null,
                "Hwp 2022",
                null,
                null,
                null,
                3,
                null,
                List.of("바탕글"),
                List.of("함초롬바탕"),
                null,
                "0123456789abcdef");
    }
}

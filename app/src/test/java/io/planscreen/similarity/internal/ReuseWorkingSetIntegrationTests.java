package io.planscreen.similarity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.reuse.MinHashSignature;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The working set names relations of the migrated schema, and the service's own database role loads every
 * one of them into the buffer pool (the test database has pg_prewarm: scripts/postgres.sh creates it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReuseWorkingSetIntegrationTests {

    @Autowired
    ReuseWorkingSetPrewarm startup;

    @Autowired
    TextReuseService reuse;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    private final Random random = new Random(System.nanoTime());

    @Test
    void the_service_prewarms_every_part_of_the_working_set_when_it_is_ready() throws Exception {
        ReuseWorkingSet.Outcome outcome =
                startup.startupRun().get(60, TimeUnit.SECONDS).orElseThrow();

        assertThat(outcome.skipped()).isNull();
        assertThat(outcome.parts())
                .extracting(ReuseWorkingSet.Prewarmed::part)
                .containsExactlyElementsOf(new ReuseWorkingSet(dataSource, false).parts());
        assertThat(outcome.parts()).allSatisfy(p -> assertThat(p.blocks()).isEqualTo(p.bytes() / 8192));
    }

    @Test
    void every_part_is_a_relation_of_the_reuse_schema_and_every_stored_one_is_loaded_whole() {
        // a stored plan gives every table of the lookup rows (the test database may be fresh)
        CompanyId company = new CompanyId(UUID.randomUUID());
        reuse.compute(
                ApplicationId.random(),
                company,
                new ProgramId("working-set-" + Long.toString(System.nanoTime(), 36)),
                plan(paragraphs(4)));
        ReuseWorkingSet workingSet = new ReuseWorkingSet(dataSource, true);

        ReuseWorkingSet.Outcome outcome = workingSet.prewarm();

        assertThat(outcome.skipped()).isNull();
        for (ReuseWorkingSet.Prewarmed p : outcome.parts()) {
            String relation = p.part().relation();
            assertThat(jdbc.queryForObject(
                            "select c.relkind::text from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                                    + "where c.oid = to_regclass(?) and n.nspname = 'public' and c.relname like 'reuse\\_%'",
                            String.class, relation))
                    .as(relation)
                    .isIn("r", "i");
            if (p.part().fork().equals("main")) {
                assertThat(p.bytes()).as(relation).isPositive();
            }
            assertThat(p.blocks()).as(relation + " " + p.part().fork()).isEqualTo(p.bytes() / 8192);
        }
        assertThat(outcome.blocks() * 8192).isEqualTo(outcome.bytes());
    }

    @Test
    void counts_the_blocks_a_lookup_reads_of_the_working_set() throws Exception {
        List<String> paragraphs = paragraphs(4);
        reuse.compute(
                ApplicationId.random(),
                new CompanyId(UUID.randomUUID()),
                new ProgramId("working-set-" + Long.toString(System.nanoTime(), 36)),
                plan(paragraphs));
        long[] keys = MinHashSignature.of(paragraphs.get(0)).bandKeys();
        try (Connection c = dataSource.getConnection()) {
            // one connection: the counts read include this backend's own, flushed on demand
            SingleConnectionDataSource one = new SingleConnectionDataSource(c, true);
            ReuseWorkingSet workingSet = new ReuseWorkingSet(one, false);
            ReuseWorkingSet.BlockCounts before = workingSet.blockCounts();

            assertThat(new ReuseStore(one).bandCandidates(keys, new CompanyId(UUID.randomUUID()).value()))
                    .isNotEmpty();
            ReuseWorkingSet.BlockCounts read = workingSet.blockCounts().since(before);

            assertThat(read.hit() + read.read()).isPositive();
        }
    }

    private List<String> paragraphs(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(TextReuseIntegrationTests.own(random));
        }
        return out;
    }

    private static PlanText plan(List<String> paragraphs) {
        return new PlanText(
                "ko", "PSST", List.of(new PlanText.Section("1. 문제 인식", "PSST_PROBLEM", paragraphs)), List.of());
    }
}

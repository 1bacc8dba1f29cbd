package io.planscreen.similarity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.ml.plan.PlanText;
import io.planscreen.ml.reuse.PlanIndex;
import io.planscreen.ml.reuse.PlanNeighbourhood;
import io.planscreen.ml.reuse.PlanReuse;
import io.planscreen.ml.reuse.PlanSignature;
import io.planscreen.ml.reuse.TemplateRule;
import io.planscreen.shared.ApplicationId;
import io.planscreen.shared.CompanyId;
import io.planscreen.shared.ProgramId;
import io.planscreen.similarity.ReuseReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanNeighbourhoodIntegrationTests {

    @Autowired
    TextReuseService reuse;

    @Autowired
    DataSource dataSource;

    private final Random random = new Random(System.nanoTime());

    @Test
    void the_neighbourhood_compares_the_plan_with_every_other_companys_plan_of_its_program_and_nothing_else() {
        // unique programs: the test database keeps earlier runs' plans
        ProgramId program = new ProgramId("neighbourhood-" + Long.toString(System.nanoTime(), 36));
        ProgramId elsewhere = new ProgramId("neighbourhood-other-" + Long.toString(System.nanoTime(), 36));
        List<String> base = paragraphs(8);
        CompanyId newcomer = company();
        // the newcomer's own earlier plan and another program's plan are copies: either would be rank 1
        store(newcomer, program, base);
        store(company(), elsewhere, base);
        store(company(), elsewhere, sharing(base, 7));
        List<PlanReuse.Stored> expectedPool = new ArrayList<>();
        PlanIndex training = new PlanIndex();
        for (int c = 0; c < 7; c++) {
            CompanyId other = company();
            // plans sharing 1..7 of the 8 paragraphs; the first company holds two plans of the program
            for (int plan = 0; plan < (c == 0 ? 2 : 1); plan++) {
                List<String> paragraphs = sharing(base, 1 + (c + plan) % 7);
                ApplicationId app = store(other, program, paragraphs);
                expectedPool.add(new PlanReuse.Stored(app.toString(), other.toString(), PlanSignature.of(paragraphs)));
                training.add(app.toString(), other.toString(), PlanSignature.of(paragraphs));
            }
        }

        ReuseReport report = reuse.compute(ApplicationId.random(), newcomer, program, plan(base));

        PlanNeighbourhood expected = PlanNeighbourhood.of(newcomer.toString(), PlanSignature.of(base), expectedPool);
        assertThat(served(report)).isEqualTo(expected);
        // as training computes it over the same plans (fewer than the pool holds: all of them)
        assertThat(served(report)).isEqualTo(training.neighbourhood(PlanSignature.of(base), newcomer.toString()));
        assertThat(expected.nearest()).isLessThan(1.0).isGreaterThan(0.5);
        assertThat(expected.ranks5to20()).isPositive();
        assertThat(expected.ranks21to60()).isZero(); // 8 other plans: ranks 21-60 count 0
        // another application of the newcomer: its first one (its own company) still takes no place; the
        // report is stored as JSON and read back exactly (the broker features read it)
        ApplicationId second = ApplicationId.random();
        ReuseReport again = reuse.compute(second, newcomer, program, plan(base));
        assertThat(served(again)).isEqualTo(expected);
        assertThat(reuse.report(second).map(PlanNeighbourhoodIntegrationTests::served))
                .contains(expected);

        // a self-check without a program has no program neighbourhood
        ReuseReport anyProgram = reuse.preview(plan(base), company());
        assertThat(served(anyProgram)).isEqualTo(PlanNeighbourhood.NONE);
    }

    @Test
    void only_the_most_recently_stored_plans_of_other_companies_make_the_pool() {
        ProgramId program = new ProgramId("neighbourhood-recent-" + Long.toString(System.nanoTime(), 36));
        List<String> base = paragraphs(8);
        CompanyId newcomer = company();
        List<PlanReuse.Stored> stored = new ArrayList<>();
        // oldest first, the closest plans oldest: a pool of the newest three leaves them out
        for (int shared = 7; shared >= 1; shared--) {
            CompanyId other = company();
            List<String> paragraphs = sharing(base, shared);
            ApplicationId app = store(other, program, paragraphs);
            stored.add(new PlanReuse.Stored(app.toString(), other.toString(), PlanSignature.of(paragraphs)));
        }
        // the newcomer's own newest plan takes no place in the pool
        store(newcomer, program, sharing(base, 7));
        int pool = 3;
        ReuseFinder finder =
                new ReuseFinder(dataSource, new ReuseFinder.Settings(0, 64, TemplateRule.DEFAULT, 50, pool));

        PlanNeighbourhood served = finder.neighbourhood(finder.prepare(plan(base), program.value()), newcomer.value());

        PlanNeighbourhood newest = PlanNeighbourhood.of(
                newcomer.toString(), PlanSignature.of(base), stored.subList(stored.size() - pool, stored.size()));
        assertThat(served).isEqualTo(newest);
        assertThat(served.nearest())
                .isLessThan(PlanNeighbourhood.of(newcomer.toString(), PlanSignature.of(base), stored)
                        .nearest());
        assertThat(served.ranks5to20()).isZero();
        // the service compares with the full pool, as training does
        assertThat(served(reuse.preview(plan(base), newcomer, program)))
                .isEqualTo(PlanNeighbourhood.of(newcomer.toString(), PlanSignature.of(base), stored));
    }

    private ApplicationId store(CompanyId company, ProgramId program, List<String> paragraphs) {
        ApplicationId app = ApplicationId.random();
        reuse.compute(app, company, program, plan(paragraphs));
        return app;
    }

    private static PlanNeighbourhood served(ReuseReport report) {
        return new PlanNeighbourhood(
                report.planNeighbour1(),
                report.planNeighbours2to4(),
                report.planNeighbours5to20(),
                report.planNeighbours21to60());
    }

    private List<String> paragraphs(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(TextReuseIntegrationTests.own(random));
        }
        return out;
    }

    /** The first {@code shared} paragraphs of the base plan, then paragraphs of its own. */
    private List<String> sharing(List<String> base, int shared) {
        List<String> out = new ArrayList<>(base.subList(0, shared));
        out.addAll(paragraphs(base.size() - shared));
        return out;
    }

    private static CompanyId company() {
        return new CompanyId(UUID.randomUUID());
    }

    private static PlanText plan(List<String> paragraphs) {
        return new PlanText(
                "ko", "PSST", List.of(new PlanText.Section("1. 문제 인식", "PSST_PROBLEM", paragraphs)), List.of());
    }
}

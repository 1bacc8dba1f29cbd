package io.planscreen.ml.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.ml.plan.BusinessRegistrationNumbers;
import io.planscreen.ml.plan.FieldKeys;
import io.planscreen.ml.plan.Region;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTests {

    private static List<CorpusPlan> plans;

    @BeforeAll
    static void generate() {
        plans = new CorpusGenerator().generate(CorpusGenerator.Settings.of(42, 1500));
    }

    @Test
    void same_seed_writes_the_same_bytes_and_another_seed_does_not(@TempDir Path dir) throws IOException {
        CorpusCommand.write(new CorpusGenerator().generate(CorpusGenerator.Settings.of(42, 300)), dir.resolve("a"));
        CorpusCommand.write(new CorpusGenerator().generate(CorpusGenerator.Settings.of(42, 300)), dir.resolve("b"));
        CorpusCommand.write(new CorpusGenerator().generate(CorpusGenerator.Settings.of(43, 300)), dir.resolve("c"));
        for (String split : CorpusGenerator.SPLITS) {
            byte[] a = Files.readAllBytes(dir.resolve("a").resolve(split + ".jsonl"));
            assertThat(a).isNotEmpty();
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(split + ".jsonl")))
                    .isEqualTo(a);
            assertThat(Files.readAllBytes(dir.resolve("c").resolve(split + ".jsonl")))
                    .isNotEqualTo(a);
        }
    }

    @Test
    void every_company_has_a_valid_unique_brn_and_gold_says_what_the_plan_says() {
        assertThat(plans.stream().map(p -> p.company().brn()).distinct().count())
                .isEqualTo(plans.size());
        for (CorpusPlan p : plans) {
            assertThat(BusinessRegistrationNumbers.isValid(p.company().brn())).isTrue();
            assertThat(FieldKeys.ALL).containsAll(p.gold().keySet());
            String text = p.plan().fullText() + "\n"
                    + p.plan().tables().stream()
                            .flatMap(List::stream)
                            .flatMap(List::stream)
                            .collect(Collectors.joining("\n"));
            p.surface()
                    .forEach((key, written) ->
                            assertThat(text).as(p.id() + " " + key).contains(written));
            if (p.gold().containsKey(FieldKeys.BRN)) {
                assertThat(p.gold().get(FieldKeys.BRN)).isEqualTo(p.company().brn());
            }
            long total = (long) p.gold().get(FieldKeys.TOTAL_BUDGET_KRW);
            long parts = (long) p.gold().get(FieldKeys.GOV_GRANT_KRW)
                    + (long) p.gold().get(FieldKeys.PRIVATE_CASH_KRW)
                    + (long) p.gold().get(FieldKeys.PRIVATE_IN_KIND_KRW);
            assertThat(parts).isEqualTo(total);
            assertThat(p.gold().get(FieldKeys.REGION))
                    .isEqualTo(p.company().region().name());
            assertThat(Region.fromText((String) p.surface().get(FieldKeys.REGION))
                            .orElse(null))
                    .as(p.id())
                    .isEqualTo(p.language().equals("ko") ? p.company().region() : null);
        }
    }

    @Test
    void validation_and_test_agencies_never_appear_in_training() {
        Map<String, Set<String>> bySplit = plans.stream()
                .filter(CorpusPlan::broker)
                .collect(Collectors.groupingBy(
                        CorpusPlan::split, Collectors.mapping(CorpusPlan::agency, Collectors.toSet())));
        assertThat(bySplit.get("train")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(bySplit.get("test"))
                .hasSizeGreaterThanOrEqualTo(2)
                .doesNotContainAnyElementsOf(bySplit.get("train"));
        assertThat(bySplit.get("validation")).doesNotContainAnyElementsOf(bySplit.get("train"));
        assertThat(bySplit.get("test")).doesNotContainAnyElementsOf(bySplit.get("validation"));
        assertThat(bySplit.values().stream().flatMap(Set::stream).collect(Collectors.toSet()))
                .hasSizeGreaterThanOrEqualTo(8);
        assertThat(plans.stream()
                        .filter(p -> !p.broker())
                        .map(CorpusPlan::agency)
                        .filter(Objects::nonNull))
                .isEmpty();
    }

    @Test
    void regions_follow_the_real_shares_with_the_capital_area_about_half() {
        double capital =
                plans.stream().filter(p -> p.company().region().capitalArea()).count() / (double) plans.size();
        assertThat(capital).isBetween(RegionShares.capitalAreaShare() - 0.04, RegionShares.capitalAreaShare() + 0.04);
        assertThat(RegionShares.capitalAreaShare()).isBetween(0.45, 0.55);
        Set<Region> seen = plans.stream().map(p -> p.company().region()).collect(Collectors.toSet());
        assertThat(seen).containsExactlyInAnyOrder(Region.values());
        assertThat(Arrays.stream(Region.values())
                        .mapToDouble(RegionShares::share)
                        .sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void mixes_languages_templates_and_labels_in_every_split() {
        for (String split : CorpusGenerator.SPLITS) {
            List<CorpusPlan> in =
                    plans.stream().filter(p -> p.split().equals(split)).toList();
            assertThat(in.stream().map(CorpusPlan::label).distinct()).containsExactlyInAnyOrder("own", "broker");
            assertThat(in.stream().map(CorpusPlan::language).distinct()).containsExactlyInAnyOrder("ko", "en");
            assertThat(in.stream().map(CorpusPlan::template).distinct()).containsExactlyInAnyOrder("PSST", "SMTECH");
        }
        assertThat(plans.stream()
                        .filter(p -> p.split().equals("drift"))
                        .map(CorpusPlan::templateYear)
                        .distinct())
                .containsExactly(2026);
        assertThat(plans.stream().filter(p -> p.broker() && p.brokerSections().size() < 6))
                .isNotEmpty();
    }

    @Test
    void no_single_surface_cue_separates_the_classes_but_together_they_do() {
        SurfaceCues.surfaceCues().forEach((name, cue) -> {
            double auc = SurfaceCues.auc(plans, cue);
            assertThat(Math.max(auc, 1 - auc)).as(name).isLessThan(0.85);
        });
        assertThat(SurfaceCues.combinedTestAuc(plans)).isGreaterThan(0.85);
    }

    @Test
    void a_line_reads_back_into_the_same_plan_text() {
        CorpusPlan p = plans.get(0);
        assertThat(CorpusJson.planText(CorpusJson.parse(CorpusJson.line(p)).get("plan")))
                .isEqualTo(p.plan());
    }
}

package io.planscreen.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.planscreen.ml.plan.FieldKeys;
import org.junit.jupiter.api.Test;

class FieldComparisonTests {

    @Test
    void compares_after_normalisation() {
        assertThat(FieldComparison.matches(FieldKeys.COMPANY_NAME, "㈜한빛랩스", "한빛랩스"))
                .isTrue();
        assertThat(FieldComparison.matches(FieldKeys.COMPANY_NAME, "Hanbit Labs Co., Ltd.", "Hanbit Labs"))
                .isTrue();
        assertThat(FieldComparison.matches(FieldKeys.TOTAL_BUDGET_KRW, "350,000,000", "350000000"))
                .isTrue();
        assertThat(FieldComparison.matches(FieldKeys.BRN, "2208162517", "220-81-62517"))
                .isTrue();
        assertThat(FieldComparison.matches(FieldKeys.FOUNDED_ON, "2024-03-01", "2024-03-01"))
                .isTrue();
    }

    @Test
    void different_values_do_not_match() {
        assertThat(FieldComparison.matches(FieldKeys.TOTAL_BUDGET_KRW, "350000000", "35000000"))
                .isFalse();
        assertThat(FieldComparison.matches(FieldKeys.COMPANY_NAME, "한빛랩스", "한빛바이오"))
                .isFalse();
        assertThat(FieldComparison.matches(FieldKeys.FOUNDED_ON, "2024-03-01", "2024-03-15"))
                .isFalse();
        assertThat(FieldComparison.matches(FieldKeys.CONTACT_PHONE, "02-1234-5678", "031-234-5678"))
                .isFalse();
    }

    @Test
    void a_repeated_gold_key_is_right_when_any_of_its_values_is_read() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("kleister");
        java.nio.file.Files.writeString(dir.resolve("a.pdf"), "%PDF-1.4");
        java.nio.file.Path gold = dir.resolve("gold.tsv");
        java.nio.file.Files.writeString(gold, "a.pdf\tparty=Acme_Inc party=Beta_LLC jurisdiction=Delaware\n");

        EvalItem item = Datasets.documents(dir, gold, "nda", 0).get(0);

        assertThat(FieldComparison.matches("party", "Beta LLC", item.gold().get("party")))
                .isTrue();
        assertThat(FieldComparison.matches("party", "Acme Inc", item.gold().get("party")))
                .isTrue();
        assertThat(FieldComparison.matches("party", "Gamma Ltd", item.gold().get("party")))
                .isFalse();
        assertThat(item.gold()).containsEntry("jurisdiction", "Delaware");
    }
}

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
}

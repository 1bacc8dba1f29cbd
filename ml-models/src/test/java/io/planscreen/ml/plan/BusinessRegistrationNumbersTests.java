package io.planscreen.ml.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BusinessRegistrationNumbersTests {

    @Test
    void accepts_the_design_examples_and_rejects_a_wrong_check_digit() {
        assertThat(BusinessRegistrationNumbers.isValid("220-81-62517")).isTrue();
        assertThat(BusinessRegistrationNumbers.isValid("124-81-00998")).isTrue();
        assertThat(BusinessRegistrationNumbers.isValid("123-45-67890")).isFalse();
        assertThat(BusinessRegistrationNumbers.isValid("220-81-62518")).isFalse();
        assertThat(BusinessRegistrationNumbers.isValid("220-81-6251")).isFalse();
    }

    @Test
    void random_numbers_are_valid_and_carry_the_entity_type() {
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            boolean corporation = i % 2 == 0;
            String brn = BusinessRegistrationNumbers.random(random, corporation);
            assertThat(brn).matches("\\d{3}-\\d{2}-\\d{5}");
            assertThat(BusinessRegistrationNumbers.isValid(brn)).as(brn).isTrue();
            int middle = Integer.parseInt(brn.substring(4, 6));
            if (corporation) {
                assertThat(middle).isIn(81, 86, 87, 88);
            } else {
                assertThat(middle).isBetween(1, 79);
            }
        }
    }
}

package io.planscreen.similarity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReuseWorkingSetTests {

    private static final long MB = 1048576;

    @Test
    void prewarms_a_working_set_that_leaves_a_tenth_of_shared_buffers_free() {
        assertThat(ReuseWorkingSet.tooLarge(900 * MB, 1000 * MB)).isNull();
        assertThat(ReuseWorkingSet.tooLarge(2514 * MB, 4096 * MB)).isNull();
    }

    @Test
    void says_how_large_shared_buffers_must_be_when_the_working_set_does_not_fit() {
        assertThat(ReuseWorkingSet.tooLarge(901 * MB, 1000 * MB)).isNotNull();
        assertThat(ReuseWorkingSet.tooLarge(2514 * MB, 128 * MB))
                .contains("it takes 2514 MB")
                .contains("shared_buffers (128 MB)")
                .contains("at least 2794 MB");
    }
}

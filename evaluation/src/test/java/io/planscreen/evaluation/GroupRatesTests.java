package io.planscreen.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupRatesTests {

    private static List<GroupRates.Observation> group(
            String name, int own, int ownFlagged, int broker, int brokerFlagged) {
        List<GroupRates.Observation> out = new ArrayList<>();
        for (int i = 0; i < own; i++) {
            out.add(new GroupRates.Observation(name, i < ownFlagged, 0));
        }
        for (int i = 0; i < broker; i++) {
            out.add(new GroupRates.Observation(name, i < brokerFlagged, 1));
        }
        return out;
    }

    @Test
    void compares_own_voice_flag_rates_with_the_reference_group() {
        List<GroupRates.Observation> all = new ArrayList<>();
        all.addAll(group("capital area", 100, 10, 50, 40));
        all.addAll(group("other regions", 100, 15, 50, 45));
        List<GroupRates.Group> groups = GroupRates.compute(all, "capital area");
        GroupRates.Group other = groups.stream()
                .filter(g -> g.name().equals("other regions"))
                .findFirst()
                .orElseThrow();
        assertThat(other.ownFlagRate()).isCloseTo(0.15, within(1e-12));
        assertThat(other.ratioToReference()).isCloseTo(1.5, within(1e-12));
        assertThat(other.withinFourFifths()).isFalse();
        assertThat(other.precision()).isCloseTo(45.0 / 60, within(1e-12));
        assertThat(other.flagRate()).isCloseTo(60.0 / 150, within(1e-12));
        GroupRates.Group capital = groups.stream()
                .filter(g -> g.name().equals("capital area"))
                .findFirst()
                .orElseThrow();
        assertThat(capital.ratioToReference()).isEqualTo(1.0);
        assertThat(capital.withinFourFifths()).isTrue();
    }

    @Test
    void four_fifths_bounds_are_inclusive() {
        assertThat(GroupRates.fourFifths(0.08, 0.10)).isTrue();
        assertThat(GroupRates.fourFifths(0.125, 0.10)).isTrue();
        assertThat(GroupRates.fourFifths(0.079, 0.10)).isFalse();
        assertThat(GroupRates.fourFifths(0.0, 0.0)).isTrue();
        assertThat(GroupRates.fourFifths(0.01, 0.0)).isFalse();
    }
}

package io.planscreen.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SvgTests {

    @Test
    void wilson_interval_matches_the_textbook_value_and_stays_inside_zero_and_one() {
        double[] eight = Svg.wilson(8, 10, 1.959964);
        assertThat(eight[0]).isCloseTo(0.4902, within(1e-4));
        assertThat(eight[1]).isCloseTo(0.9433, within(1e-4));
        double[] none = Svg.wilson(0, 20, 1.959964);
        assertThat(none[0]).isZero();
        assertThat(none[1]).isCloseTo(0.1611, within(1e-4));
        assertThat(Svg.wilson(0, 0, 1.96)).containsExactly(0, 0);
    }

    @Test
    void bars_escape_labels_and_draw_one_bar_and_whisker_per_rate() {
        String svg = Svg.bars(
                "t",
                List.of("flag", "refer"),
                List.of(
                        new Svg.Group("<서울>", Arrays.asList(Svg.Rate.of("a", 1, 4), null)),
                        new Svg.Group("부산", List.of(Svg.Rate.of("b", 3, 4), Svg.Rate.of("c", 0, 2)))));
        assertThat(svg)
                .contains("&lt;서울&gt;", "25.0% (1/4)", "75.0% (3/4)", "0.0% (0/2)")
                .doesNotContain("<서울>");
        assertThat(svg.split("<rect class=\"bar", -1)).hasSize(4);
        assertThat(svg.split("class=\"interval\"", -1)).hasSize(1 + 3 * 3);
        assertThat(svg).doesNotContain("style=");
    }

    @Test
    void a_square_plot_draws_curves_as_paths_and_points_as_dots() {
        String svg = Svg.square(
                "roc", "x", "y", List.of(List.of(new double[] {0, 0}, new double[] {0.5, 1})), List.of(new double[] {
                    0.1, 0.8
                }));
        assertThat(svg).contains("<path class=\"curve\" d=\"M50 314 L200 14\"", "<circle class=\"point\"");
    }
}
